import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { GroupsOfView } from "@/components/agreement/groups-of-view";
import { ClaimsBrowser } from "@/components/claims/claims-browser";
import { PageHeader } from "@/components/ui/page-header";
import { getPlace } from "@/lib/cached-reads/reads";
import { filtersFromParams, withoutEmptyParams } from "@/lib/schemas/claim-filters";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const place = await getPlace((await params).slug);
  return { title: place ? `Everything on ${place.name}` : "Place not found" };
}

/** Every figure for a place and the places inside it, with the groups they form and their verdicts. */
export default async function PlacePage({ params, searchParams }: Props) {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const clean = withoutEmptyParams(`/places/${slug}`, raw);
  if (clean) redirect(clean);
  const place = await getPlace(slug);
  if (!place) notFound();
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
      </PageHeader>
      <GroupsOfView filters={filters} title={`Groups of comparable figures on ${place.name}`} />
      <ClaimsBrowser basePath={`/places/${slug}`} filters={filters} fixed={["place"]} problems={problems} cursor={cursor} />
    </>
  );
}
