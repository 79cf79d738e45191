import { notFound } from "next/navigation";
import { metricExists } from "@/lib/cached-reads/reads";

/** Answers an unknown metric with a 404 status before the page starts streaming. */
export default async function Layout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  if (!(await metricExists((await params).slug))) notFound();
  return children;
}
