import { notFound } from "next/navigation";
import { groupExists } from "@/lib/data/exists";

/** Answers an unknown group with a 404 status before the page starts streaming. */
export default async function Layout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  if (!(await groupExists((await params).id))) notFound();
  return children;
}
