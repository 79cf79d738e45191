import { notFound, redirect } from "next/navigation";
import { groupAliasTarget, groupExists } from "@/lib/cached-reads/reads";
import { parseId } from "@/lib/data/ids";

/**
 * Answers an unknown group with a 404 status before the page starts streaming, and an old group
 * address (groups merged or split since) with a redirect to the group that holds its figures now.
 */
export default async function Layout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  if (!(await groupExists(raw))) {
    const id = parseId(raw);
    const target = id === null ? null : await groupAliasTarget(id);
    if (target !== null) redirect(`/groups/${target}`);
    notFound();
  }
  return children;
}
