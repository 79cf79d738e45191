import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EntityEditForm } from "@/components/forms/entity-edit-form";
import { PageHeader } from "@/components/ui/page-header";
import { editorOrRedirect } from "@/lib/auth/page-guard";
import { getActor } from "@/lib/data/directory";
import { ACTOR_KIND_LABELS } from "@/lib/schemas/entities";
import { editActorAction } from "../../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit an actor" };

export default async function EditActorPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await editorOrRedirect(`/actors/${slug}/edit`);
  const actor = await getActor(slug);
  if (!actor) notFound();
  const initial = {
    slug: actor.slug,
    expectedVersion: String(actor.version),
    name: actor.name,
    aliases: actor.aliases.join(", "),
    kind: actor.kind,
    wikidataId: actor.wikidataId ?? "",
  };
  const affiliation = actor.affiliation ? { slug: actor.affiliation.slug, name: actor.affiliation.name, detail: ACTOR_KIND_LABELS[actor.affiliation.kind] } : null;
  return (
    <>
      <PageHeader crumbs={[{ href: `/actors/${actor.slug}`, label: actor.name }]} title={`Edit ${actor.name}`}>
        <p>Correct its name, other names, kind, the body it belongs to or its Wikidata id. Its address and its figures stay; the change is kept in its history with your reason.</p>
      </PageHeader>
      <div className="max-w-3xl rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
        <EntityEditForm kind="actor" action={editActorAction} initial={initial} affiliation={affiliation} />
      </div>
    </>
  );
}
