import { notFound } from "next/navigation";
import { claimExists } from "@/lib/cached-reads/reads";

/** Answers an unknown claim with a 404 status before the page starts streaming. */
export default async function Layout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  if (!(await claimExists((await params).id))) notFound();
  return children;
}
