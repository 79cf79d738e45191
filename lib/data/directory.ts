import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { entityRevisions } from "./revisions";

/**
 * Places, actors and metrics as things to browse and to list through the API: each with what it
 * is, where it lies or whom it belongs to, and how many figures it is tied to.
 */

async function readPlace(slug: string) {
  const place = await db().place.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, name: true, kind: true, iso2: true, wikidataId: true, version: true,
      aliases: { orderBy: { id: "asc" }, select: { name: true } },
      ancestors: { where: { depth: { gt: 0 } }, orderBy: { depth: "desc" }, select: { ancestor: { select: { slug: true, name: true } } } },
      descendants: { where: { depth: 1 }, take: 50, orderBy: { placeId: "asc" }, select: { place: { select: { slug: true, name: true } } } },
    },
  });
  if (!place) return null;
  return {
    id: place.id,
    slug: place.slug,
    name: place.name,
    kind: place.kind,
    iso2: place.iso2,
    wikidataId: place.wikidataId,
    version: place.version,
    aliases: place.aliases.map((a) => a.name),
    within: place.ancestors.map((a) => a.ancestor),
    inside: place.descendants.map((d) => d.place),
    revisions: await entityRevisions("place", place.id),
  };
}
export const getPlace = cache(readPlace);

async function readActor(slug: string) {
  const actor = await db().actor.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      wikidataId: true,
      version: true,
      affiliation: { select: { slug: true, name: true, kind: true } },
      aliases: { orderBy: { id: "asc" }, select: { name: true } },
    },
  });
  if (!actor) return null;
  const [originOf, published, revisions] = await Promise.all([
    db().claim.count({ where: { originActorId: actor.id } }),
    db().claim.count({ where: { sourceOutletId: actor.id } }),
    entityRevisions("actor", actor.id),
  ]);
  return { ...actor, aliases: actor.aliases.map((a) => a.name), originOf, published, revisions };
}
export const getActor = cache(readActor);

/** A page of a table in slug order, for the API's lists. */
async function slugPage<T extends { slug: string }>(find: (after: string | undefined, take: number) => Promise<T[]>, after: string | undefined, limit: number) {
  const rows = await find(after, limit + 1);
  const page = rows.slice(0, limit);
  return { rows: page, next: rows.length > limit ? page.at(-1)!.slug : null };
}

const afterSlug = (after: string | undefined) => (after ? { slug: { gt: after } } : {});

export async function listPlaces(after: string | undefined, limit: number) {
  return slugPage(
    async (a, take) =>
      (
        await db().place.findMany({
          where: afterSlug(a),
          orderBy: { slug: "asc" },
          take,
          select: { slug: true, name: true, kind: true, iso2: true, ancestors: { where: { depth: 1 }, take: 1, select: { ancestor: { select: { slug: true } } } } },
        })
      ).map(({ ancestors, ...p }) => ({ ...p, within: ancestors[0]?.ancestor.slug ?? null })),
    after,
    limit,
  );
}

export async function listActors(after: string | undefined, limit: number) {
  return slugPage(
    async (a, take) =>
      (await db().actor.findMany({ where: afterSlug(a), orderBy: { slug: "asc" }, take, select: { slug: true, name: true, kind: true, affiliation: { select: { slug: true } } } })).map(
        ({ affiliation, ...x }) => ({ ...x, affiliation: affiliation?.slug ?? null }),
      ),
    after,
    limit,
  );
}

export async function listMetrics(after: string | undefined, limit: number) {
  return slugPage(
    async (a, take) =>
      (
        await db().metric.findMany({
          where: afterSlug(a),
          orderBy: { slug: "asc" },
          take,
          select: { slug: true, name: true, unit: true, kind: true, description: true, claimCount: true, verdict: true, topic: { select: { slug: true } } },
        })
      ).map(({ topic, ...m }) => ({ ...m, topic: topic.slug })),
    after,
    limit,
  );
}
