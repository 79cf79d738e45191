import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { currentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { SignInLink } from "./sign-in-link";

/** The header's account corner: "Sign in" for readers; the email, role and "Sign out" for a signed-in user. */
export async function UserMenu({ signOut }: { signOut: () => Promise<void> }) {
  const user = await currentUser();
  if (!user) {
    return (
      <div className="text-sm">
        <SignInLink />
      </div>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm text-stone-700" aria-label="Account" role="group">
      <span className="font-medium text-stone-900" data-testid="user-email">
        {user.email}
      </span>
      <Badge tone={user.role === "admin" ? "accent" : "neutral"}>{user.role}</Badge>
      <Link href="/account/tokens" className="hover:text-indigo-800 hover:underline">
        API tokens
      </Link>
      {hasRole(user, "admin") && (
        <Link href="/admin/users" className="hover:text-indigo-800 hover:underline">
          Users
        </Link>
      )}
      <form action={signOut}>
        <button type="submit" className="rounded-md border border-stone-300 px-2.5 py-1 text-sm font-medium text-stone-800 hover:bg-stone-100">
          Sign out
        </button>
      </form>
    </div>
  );
}
