import { notFound } from "next/navigation";
import { topicExists } from "@/lib/cached-reads/reads";

/** Answers an unknown topic with a 404 status before the page starts streaming. */
export default async function Layout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  if (!(await topicExists((await params).slug))) notFound();
  return children;
}
