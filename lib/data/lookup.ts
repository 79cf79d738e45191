import "server-only";
import { db } from "@/lib/db/client";
import { searchKey, searchKeyUpperBound } from "@/lib/domain/search-key";
import type { LookupItem } from "@/lib/schemas/lookup";

/**
 * Searches behind the place and actor pickers. Names that start with what was typed come first,
 * in order, found as one range of the searchKey index; when they are fewer than the limit, names
 * with a later word that starts with it follow, shortest first ("iraq" also finds "Northern
 * Iraq"; "sdf" finds "Syrian Democratic Forces (SDF)" before "… (SDF-allied)"). Only a page of
 * answers is returned, whatever the size of the ledger.
 */
function keyRange(q: string) {
  const key = searchKey(q);
  return { key, prefix: { searchKey: { gte: key, lt: searchKeyUpperBound(key) } }, laterWord: { searchKey: { contains: ` ${key}` } } };
}

/** Later-word matches are read a few pages deep, so that the shortest names can come first. */
const LATER_WORD_DEPTH = 3;
const shortestFirst = <T extends { searchKey: string }>(rows: T[], take: number) =>
  [...rows].sort((a, b) => a.searchKey.length - b.searchKey.length || (a.searchKey < b.searchKey ? -1 : a.searchKey > b.searchKey ? 1 : 0)).slice(0, take);

const PLACE_KIND: Record<string, string> = { world: "world", region: "region", country: "country", province: "province", city: "city", site: "site" };
const ACTOR_KIND: Record<string, string> = {
  news_outlet: "news outlet", government: "government", military: "military", armed_group: "armed group",
  research: "research group", international: "international body", person: "person", unnamed: "unnamed source",
};

const placeSelect = { id: true, slug: true, name: true, kind: true, searchKey: true, ancestors: { where: { depth: 1 }, take: 1, select: { ancestor: { select: { name: true } } } } } as const;

/** "province in Iraq": the kind of place and the place it lies directly inside. */
function placeItem(p: { slug: string; name: string; kind: string; ancestors: Array<{ ancestor: { name: string } }> }): LookupItem {
  const within = p.ancestors[0]?.ancestor.name;
  return { slug: p.slug, name: p.name, detail: within ? `${PLACE_KIND[p.kind]} in ${within}` : PLACE_KIND[p.kind]! };
}

export async function searchPlaces(q: string, limit: number): Promise<LookupItem[]> {
  const { key, prefix, laterWord } = keyRange(q);
  if (key === "") return [];
  const select = placeSelect;
  const first = await db().place.findMany({ where: prefix, orderBy: [{ searchKey: "asc" }, { id: "asc" }], take: limit, select });
  const more =
    first.length < limit
      ? shortestFirst(await db().place.findMany({ where: { ...laterWord, id: { notIn: first.map((p) => p.id) } }, orderBy: [{ searchKey: "asc" }, { id: "asc" }], take: limit * LATER_WORD_DEPTH, select }), limit - first.length)
      : [];
  return [...first, ...more].map(placeItem);
}

export async function searchActors(q: string, limit: number): Promise<LookupItem[]> {
  const { key, prefix, laterWord } = keyRange(q);
  if (key === "") return [];
  const select = { id: true, slug: true, name: true, kind: true, searchKey: true, affiliation: { select: { name: true } } } as const;
  const first = await db().actor.findMany({ where: prefix, orderBy: [{ searchKey: "asc" }, { id: "asc" }], take: limit, select });
  const more =
    first.length < limit
      ? shortestFirst(await db().actor.findMany({ where: { ...laterWord, id: { notIn: first.map((a) => a.id) } }, orderBy: [{ searchKey: "asc" }, { id: "asc" }], take: limit * LATER_WORD_DEPTH, select }), limit - first.length)
      : [];
  return [...first, ...more].map((a) => ({
    slug: a.slug,
    name: a.name,
    detail: a.affiliation ? `${ACTOR_KIND[a.kind]}, ${a.affiliation.name}` : ACTOR_KIND[a.kind]!,
  }));
}

/** The picker's answer for a slug already chosen (a prefilled or edited claim), or null. */
export async function placeBySlug(slug: string): Promise<LookupItem | null> {
  if (slug === "") return null;
  const p = await db().place.findUnique({ where: { slug }, select: placeSelect });
  return p ? placeItem(p) : null;
}
