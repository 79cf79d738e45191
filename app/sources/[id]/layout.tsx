import { notFound } from "next/navigation";
import { sourceExists } from "@/lib/cached-reads/reads";

/** Answers an unknown source with a 404 status before the page starts streaming. */
export default async function Layout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  if (!(await sourceExists((await params).id))) notFound();
  return children;
}
