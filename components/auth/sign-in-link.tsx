"use client";

import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";

/** "Sign in", coming back to the page the reader is on. */
export function SignInLink() {
  const pathname = usePathname();
  const href = pathname && pathname !== "/" && pathname !== "/login" ? `/login?next=${encodeURIComponent(pathname)}` : "/login";
  return (
    <Link href={href} className="font-medium text-indigo-800 hover:underline">
      Sign in
    </Link>
  );
}
