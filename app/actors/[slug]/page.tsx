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
import { getActor } from "@/lib/cached-reads/reads";
import { filtersFromParams, withoutEmptyParams } from "@/lib/schemas/claim-filters";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [actor, raw, origin] = await Promise.all([getActor((await params).slug), searchParams, siteOrigin()]);
  if (!actor) return { title: "Actor not found" };
  const role = actorRole(raw.role, actor);
  return {
    title: actor.name,
    alternates: feedAlternates(origin, `/feeds/claims.atom?${ROLES[role].filter}=${actor.slug}`, `New figures: ${role === "origin" ? "origin" : "published by"} ${actor.name}`),
  };
}

const ROLES = {
  origin: { label: "Origin of", filter: "origin" },
  outlet: { label: "Published", filter: "outlet" },
} as const;

/** The role in the URL, else the one the actor has more figures in. */
function actorRole(raw: string | string[] | undefined, actor: { published: number; originOf: number }): keyof typeof ROLES {
  return raw === "outlet" || raw === "origin" ? raw : actor.published > actor.originOf ? "outlet" : "origin";
}

/**
 * An actor's figures in one of two roles: those it is the origin of (first in the attribution
 * chain), and, for an outlet, those its articles published. The role is in the URL (?role=).
 */
export default async function ActorPage({ params, searchParams }: Props) {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const clean = withoutEmptyParams(`/actors/${slug}`, raw);
  if (clean) redirect(clean);
  const [actor, user] = await Promise.all([getActor(slug), currentUser()]);
  if (!actor) notFound();
  const role = actorRole(raw.role, actor);
  const canEdit = hasRole(user, "editor");
  const filter = ROLES[role].filter;
  const { filters, problems } = filtersFromParams({ ...raw, [filter]: slug });
  const cursor = typeof raw.cursor === "string" ? raw.cursor : undefined;
  const number = new Intl.NumberFormat("en-US");
  const title = role === "origin" ? `Every figure ${actor.name} is the origin of` : `Every figure ${actor.name} published`;
  return (
    <>
      <PageHeader eyebrow={actor.kind.replace("_", " ")} title={title}>
        {actor.affiliation && (
          <p className="text-sm">
            Part of{" "}
            <Link href={`/actors/${actor.affiliation.slug}`} className="text-indigo-800 hover:underline">
              {actor.affiliation.name}
            </Link>
          </p>
        )}
        <nav aria-label="Role" className="mt-3 flex gap-2 text-sm">
          {(Object.keys(ROLES) as Array<keyof typeof ROLES>).map((r) => (
            <Link
              key={r}
              href={`/actors/${slug}?role=${r}`}
              aria-current={r === role ? "page" : undefined}
              className={`rounded-md border px-3 py-1 ${r === role ? "border-indigo-900 bg-indigo-900 text-white" : "border-stone-300 bg-white text-indigo-800 hover:bg-stone-50"}`}
            >
              {ROLES[r].label} <span className="figures">({number.format(r === "origin" ? actor.originOf : actor.published)})</span>
            </Link>
          ))}
        </nav>
        {(actor.aliases.length > 0 || actor.wikidataId) && (
          <p className="mt-1 text-sm text-stone-700">
            {actor.aliases.length > 0 && <>Also known as {actor.aliases.join(", ")}. </>}
            {actor.wikidataId && <>Wikidata {actor.wikidataId}.</>}
          </p>
        )}
        {canEdit && (
          <p className="mt-2 text-sm">
            <Link href={`/actors/${slug}/edit`} className="font-medium text-indigo-900 underline">
              Edit this actor
            </Link>
          </p>
        )}
      </PageHeader>
      <RevisionHistory revisions={actor.revisions} />
      <GroupsOfView filters={filters} title="Groups of comparable figures these belong to" />
      <ClaimsBrowser basePath={`/actors/${slug}`} filters={filters} fixed={[filter]} problems={problems} cursor={cursor} keep={{ role }} />
    </>
  );
}
