import type { Metadata } from "next";
import { feedAlternates } from "@/components/feeds/feed-link";
import { siteOrigin } from "@/lib/site-origin";
import Link from "@/components/ui/link";
import { notFound, redirect } from "next/navigation";
import { GroupsOfView } from "@/components/agreement/groups-of-view";
import { ClaimsBrowser } from "@/components/claims/claims-browser";
import { RevisionHistory } from "@/components/entities/revision-history";
import { PageHeader } from "@/components/ui/page-header";
import { currentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { getPlace } from "@/lib/cached-reads/reads";
import { filtersFromParams, withoutEmptyParams } from "@/lib/schemas/claim-filters";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [place, origin] = await Promise.all([getPlace((await params).slug), siteOrigin()]);
  if (!place) return { title: "Place not found" };
  return { title: `Everything on ${place.name}`, alternates: feedAlternates(origin, `/feeds/claims.atom?place=${place.slug}`, `New figures: ${place.name}`) };
}

/** Every figure for a place and the places inside it, with the groups they form and their verdicts. */
export default async function PlacePage({ params, searchParams }: Props) {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const clean = withoutEmptyParams(`/places/${slug}`, raw);
  if (clean) redirect(clean);
  const [place, user] = await Promise.all([getPlace(slug), currentUser()]);
  if (!place) notFound();
  const canEdit = hasRole(user, "editor");
  const { filters, problems } = filtersFromParams({ ...raw, place: slug });
  const cursor = typeof raw.cursor === "string" ? raw.cursor : undefined;
  return (
    <>
      <PageHeader eyebrow={place.kind} title={`Everything on ${place.name}`}>
        {place.within.length > 0 && (
          <p className="text-sm">
            Inside{" "}
            {place.within.map((w, i) => (
              <span key={w.slug}>
                {i > 0 && " › "}
                <Link href={`/places/${w.slug}`} className="text-indigo-800 hover:underline">
                  {w.name}
                </Link>
              </span>
            ))}
          </p>
        )}
        {place.inside.length > 0 && (
          <p className="mt-1 text-sm">
            Includes the figures for{" "}
            {place.inside.map((p, i) => (
              <span key={p.slug}>
                {i > 0 && ", "}
                <Link href={`/places/${p.slug}`} className="text-indigo-800 hover:underline">
                  {p.name}
                </Link>
              </span>
            ))}
            .
          </p>
        )}
        {(place.aliases.length > 0 || place.wikidataId) && (
          <p className="mt-1 text-sm text-stone-700">
            {place.aliases.length > 0 && <>Also known as {place.aliases.join(", ")}. </>}
            {place.wikidataId && <>Wikidata {place.wikidataId}.</>}
          </p>
        )}
        {canEdit && (
          <p className="mt-2 text-sm">
            <Link href={`/places/${slug}/edit`} className="font-medium text-indigo-900 underline">
              Edit this place
            </Link>
          </p>
        )}
      </PageHeader>
      <RevisionHistory revisions={place.revisions} />
      <GroupsOfView filters={filters} title={`Groups of comparable figures on ${place.name}`} />
      <ClaimsBrowser basePath={`/places/${slug}`} filters={filters} fixed={["place"]} problems={problems} cursor={cursor} />
    </>
  );
}
