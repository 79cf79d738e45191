import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EntityEditForm } from "@/components/forms/entity-edit-form";
import { PageHeader } from "@/components/ui/page-header";
import { editorOrRedirect } from "@/lib/auth/page-guard";
import { getPlace } from "@/lib/data/directory";
import { editPlaceAction } from "../../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit a place" };

export default async function EditPlacePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await editorOrRedirect(`/places/${slug}/edit`);
  const place = await getPlace(slug);
  if (!place) notFound();
  const initial = {
    slug: place.slug,
    expectedVersion: String(place.version),
    name: place.name,
    aliases: place.aliases.join(", "),
    wikidataId: place.wikidataId ?? "",
  };
  const parent = place.within.at(-1);
  const within = `A ${place.kind}${parent ? ` inside ${place.within.map((w) => w.name).join(" › ")}` : ""}`;
  return (
    <>
      <PageHeader crumbs={[{ href: `/places/${place.slug}`, label: place.name }]} title={`Edit ${place.name}`}>
        <p>Correct its name, other names or Wikidata id. Its address and its figures stay; the change is kept in its history with your reason.</p>
      </PageHeader>
      <div className="max-w-3xl rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
        <EntityEditForm kind="place" action={editPlaceAction} initial={initial} within={within} />
      </div>
    </>
  );
}
