import "server-only";
import { db } from "@/lib/db/client";
import { phraseKeys, searchKey, searchKeyUpperBound } from "@/lib/domain/search-key";
import type { LookupItem } from "@/lib/schemas/lookup";

/** Later-word matches are read a few pages deep, so that the shortest names can come first. */
const LATER_WORD_DEPTH = 3;

type KeyWhere = { searchKey: { gte: string; lt: string } | { contains: string }; id?: { notIn: number[] } };
type Keyed = { id: number; searchKey: string };

/**
 * Searches behind the place and actor pickers. Names that start with what was typed come first,
 * in order, found as one range of the searchKey index; when they are fewer than the limit, names
 * with a later word that starts with it follow, shortest first ("iraq" also finds "Northern
 * Iraq"; "sdf" finds "Syrian Democratic Forces (SDF)" before "… (SDF-allied)"). Only a page of
 * answers is returned, whatever the size of the ledger. `find` reads one table in searchKey order.
 */
async function searchByKey<T extends Keyed>(q: string, limit: number, find: (where: KeyWhere, take: number) => Promise<T[]>): Promise<T[]> {
  const key = searchKey(q);
  if (key === "") return [];
  const first = await find({ searchKey: { gte: key, lt: searchKeyUpperBound(key) } }, limit);
  if (first.length >= limit) return first;
  const later = await find({ searchKey: { contains: ` ${key}` }, id: { notIn: first.map((r) => r.id) } }, limit * LATER_WORD_DEPTH);
  const shortestFirst = later.sort((a, b) => a.searchKey.length - b.searchKey.length || (a.searchKey < b.searchKey ? -1 : a.searchKey > b.searchKey ? 1 : 0));
  return [...first, ...shortestFirst.slice(0, limit - first.length)];
}

const BY_KEY = [{ searchKey: "asc" as const }, { id: "asc" as const }];

/**
 * Fills a short page of name matches with rows known by another name that starts with what was
 * typed ("sohr" finds the Syrian Observatory for Human Rights), one range of the alias index.
 */
async function withAliasMatches<T extends { id: number }>(
  rows: T[],
  q: string,
  limit: number,
  findByAlias: (range: { gte: string; lt: string }, take: number) => Promise<Array<{ name: string; owner: T }>>,
): Promise<Array<{ row: T; alias: string | null }>> {
  const named = rows.map((row) => ({ row, alias: null as string | null }));
  const key = searchKey(q);
  if (rows.length >= limit || key === "") return named;
  const seen = new Set(rows.map((r) => r.id));
  const aliased: Array<{ row: T; alias: string | null }> = [];
  for (const a of await findByAlias({ gte: key, lt: searchKeyUpperBound(key) }, limit)) {
    if (seen.has(a.owner.id)) continue;
    seen.add(a.owner.id);
    aliased.push({ row: a.owner, alias: a.name });
  }
  return [...named, ...aliased].slice(0, limit);
}

const aka = (item: LookupItem, alias: string | null): LookupItem => (alias ? { ...item, detail: `${item.detail}; also “${alias}”` } : item);

const PLACE_KIND: Record<string, string> = { world: "world", region: "region", country: "country", province: "province", city: "city", site: "site" };
const ACTOR_KIND: Record<string, string> = {
  news_outlet: "news outlet", government: "government", military: "military", armed_group: "armed group",
  research: "research group", international: "international body", person: "person", unnamed: "unnamed source", ngo: "NGO",
};

const placeSelect = { id: true, slug: true, name: true, kind: true, searchKey: true, ancestors: { where: { depth: 1 }, take: 1, select: { ancestor: { select: { name: true } } } } } as const;

/** "province in Iraq": the kind of place and the place it lies directly inside. */
function placeItem(p: { slug: string; name: string; kind: string; ancestors: Array<{ ancestor: { name: string } }> }): LookupItem {
  const within = p.ancestors[0]?.ancestor.name;
  return { slug: p.slug, name: p.name, detail: within ? `${PLACE_KIND[p.kind]} in ${within}` : PLACE_KIND[p.kind]! };
}

export async function searchPlaces(q: string, limit: number): Promise<LookupItem[]> {
  const rows = await searchByKey(q, limit, (where, take) => db().place.findMany({ where, orderBy: BY_KEY, take, select: placeSelect }));
  const found = await withAliasMatches(rows, q, limit, async (range, take) =>
    (await db().placeAlias.findMany({ where: { searchKey: range }, orderBy: { searchKey: "asc" }, take, select: { name: true, place: { select: placeSelect } } })).map((a) => ({ name: a.name, owner: a.place })),
  );
  return found.map(({ row, alias }) => aka(placeItem(row), alias));
}

async function searchActorsOf(q: string, limit: number, kind: "news_outlet" | null): Promise<LookupItem[]> {
  const only = kind ? { kind } : {};
  const rows = await searchByKey(q, limit, (where, take) => db().actor.findMany({ where: { ...where, ...only }, orderBy: BY_KEY, take, select: actorSelect }));
  const found = await withAliasMatches(rows, q, limit, async (range, take) =>
    (await db().actorAlias.findMany({ where: { searchKey: range, actor: only }, orderBy: { searchKey: "asc" }, take, select: { name: true, actor: { select: actorSelect } } })).map((a) => ({ name: a.name, owner: a.actor })),
  );
  return found.map(({ row, alias }) => aka(actorItem(row), alias));
}

const actorSelect = { id: true, slug: true, name: true, kind: true, searchKey: true, affiliation: { select: { name: true } } } as const;

function actorItem(a: { slug: string; name: string; kind: string; affiliation: { name: string } | null }): LookupItem {
  return { slug: a.slug, name: a.name, detail: a.affiliation ? `${ACTOR_KIND[a.kind]}, ${a.affiliation.name}` : ACTOR_KIND[a.kind]! };
}

export async function searchActors(q: string, limit: number): Promise<LookupItem[]> {
  return searchActorsOf(q, limit, null);
}

/** The source form's outlet picker: news outlets only, found the same way. */
export async function searchOutlets(q: string, limit: number): Promise<LookupItem[]> {
  return searchActorsOf(q, limit, "news_outlet");
}

/** Words in the longest actor name an attribution phrase is searched for. */
const NAME_WORDS = 24;
const KEYS_PER_QUERY = 400;

/**
 * The actor an attribution phrase names ("according to the SDF" → sdf), the longest name first,
 * by its name or its slug as whole words. Each run of the phrase's words is looked up in the
 * searchKey and slug indexes, so the cost follows the phrase, not the number of actors.
 */
export async function actorNamedIn(phrase: string): Promise<string | null> {
  const keys = phraseKeys(phrase, NAME_WORDS);
  const actors: Array<{ slug: string; name: string }> = [];
  // Each key is bound twice (as a search key and as a slug), so a statement takes half as many.
  for (let i = 0; i < keys.length; i += KEYS_PER_QUERY) {
    const some = keys.slice(i, i + KEYS_PER_QUERY);
    actors.push(
      ...(await db().actor.findMany({
        where: { kind: { not: "unnamed" }, OR: [{ searchKey: { in: some } }, { slug: { in: some.map((k) => k.replaceAll(" ", "-")) } }] },
        orderBy: { id: "asc" },
        select: { slug: true, name: true },
      })),
    );
  }
  const longest = actors.sort((a, b) => b.name.length - a.name.length)[0];
  return longest?.slug ?? null;
}

/** The picker's answer for an actor already chosen (a source's outlet, a proposal's attribution), or null. */
export async function actorBySlug(slug: string): Promise<LookupItem | null> {
  if (slug === "") return null;
  const a = await db().actor.findUnique({ where: { slug }, select: actorSelect });
  return a ? actorItem(a) : null;
}

/** The picker's answer for a slug already chosen (a prefilled or edited claim), or null. */
export async function placeBySlug(slug: string): Promise<LookupItem | null> {
  if (slug === "") return null;
  const p = await db().place.findUnique({ where: { slug }, select: placeSelect });
  return p ? placeItem(p) : null;
}
