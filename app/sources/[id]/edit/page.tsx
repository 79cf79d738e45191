import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SourceForm } from "@/components/forms/source-form";
import { sourceTitle } from "@/components/sources/source-name";
import { PageHeader } from "@/components/ui/page-header";
import { editorOrRedirect } from "@/lib/auth/page-guard";
import { parseId } from "@/lib/data/ids";
import { getSource } from "@/lib/data/sources";
import { editSourceAction } from "../../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit a source" };

export default async function EditSourcePage({ params }: { params: Promise<{ id: string }> }) {
  const rawId = (await params).id;
  await editorOrRedirect(`/sources/${rawId}/edit`);
  const id = parseId(rawId);
  const source = id === null ? null : await getSource(id);
  if (!source) notFound();
  const initial = {
    sourceId: String(source.id),
    expectedVersion: String(source.version),
    title: source.title ?? "",
    url: source.url ?? "",
    publishedAt: source.publishedAt ?? "",
    undated: source.publishedAt ? "" : "on",
  };
  const outlet = source.outlet ? { slug: source.outlet.slug, name: source.outlet.name, detail: "news outlet" } : null;
  return (
    <>
      <PageHeader crumbs={[{ href: "/sources", label: "Sources" }, { href: `/sources/${source.id}`, label: sourceTitle(source) }]} title="Edit the source">
        <p>Correct the title, outlet, address or date. The text and every claim’s quote stay as they are; the change is kept in the source’s history with your reason.</p>
      </PageHeader>
      <div className="max-w-3xl rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
        <SourceForm action={editSourceAction} mode="edit" initial={initial} outlet={outlet} />
      </div>
    </>
  );
}
