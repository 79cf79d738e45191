/**
 * Independence: which figures come from the same origin, so that two outlets repeating one
 * report count once. The origin is the first asserter in a claim's attribution chain.
 */
import { KeyedUnionFind } from "@/lib/domain/union-find";

/** One link of an attribution chain, origin first. Names are optional and only label the origin. */
export type ChainActor = {
  slug: string;
  kind: string;
  affiliationSlug: string | null;
  name?: string;
  affiliationName?: string | null;
};

/** The source that published the claim. */
export type SourceForOrigin = { id: number; outletSlug: string | null; outletName: string | null; title?: string | null };

/** How an explanation names a source whose outlet is unknown. */
function sourceName(source: SourceForOrigin): string {
  if (!source.title) return `source #${source.id}`;
  // A title that is wholly a quotation keeps one pair of marks, not two; quotation marks inside a
  // title become single ones, as quotes within quotes are written.
  const wrapped = /^["“”](.+)["“”]$/s.exec(source.title.trim());
  const title = (wrapped ? wrapped[1]!.trim() : source.title).replace(/“/g, "‘").replace(/”/g, "’").replace(/"/g, "'");
  const short = title.length > 60 ? `${title.slice(0, 57).trimEnd()}…` : title;
  return `the article “${short}”`;
}

export type Origin = { key: string; label: string; named: boolean };

/**
 * Every actor's name and affiliation, to follow an affiliation up to the top organisation
 * (a spokesman of the SDF-allied security forces → the SDF). Optional: without it, one step.
 */
export type ActorDirectory = ReadonlyMap<string, { name: string; affiliationSlug: string | null }>;

/** The organisation an actor speaks for: its affiliation's affiliation …, to the top. */
function topAffiliation(actor: ChainActor, actors: ActorDirectory | undefined): { slug: string; name: string } | null {
  if (actor.affiliationSlug === null) return null;
  let slug = actor.affiliationSlug;
  let name = actor.affiliationName ?? actors?.get(slug)?.name ?? slug;
  const seen = new Set([actor.slug, slug]);
  for (let next = actors?.get(slug)?.affiliationSlug ?? null; next !== null && !seen.has(next); next = actors?.get(next)?.affiliationSlug ?? null) {
    seen.add(next);
    slug = next;
    name = actors?.get(next)?.name ?? next;
  }
  return { slug, name };
}

/**
 * The origin of a claim's figure.
 * - The chain's first actor is the origin; a person or unit with an affiliation counts as the
 *   organisation (two SDF officials are one origin, "actor:sdf").
 * - An unnamed actor ("reportedly", "U.S. military estimates") is no identity: it is an origin
 *   only within its own source, so two unnamed sources are never merged into one.
 * - An empty chain means the publishing outlet asserts the figure itself, or, when the outlet is
 *   unknown, the source.
 */
export function originKey(chain: readonly ChainActor[], source: SourceForOrigin, actors?: ActorDirectory): Origin {
  const first = chain[0];
  if (first === undefined) {
    if (source.outletSlug !== null) return { key: `actor:${source.outletSlug}`, label: source.outletName ?? source.outletSlug, named: true };
    return { key: `source:${source.id}`, label: sourceName(source), named: true };
  }
  const organisation = topAffiliation(first, actors);
  if (organisation) return { key: `actor:${organisation.slug}`, label: organisation.name, named: true };
  const name = first.name ?? actors?.get(first.slug)?.name ?? first.slug;
  if (first.kind === "unnamed") return { key: `unnamed:${first.slug}@source:${source.id}`, label: `${name} in ${sourceName(source)}`, named: false };
  return { key: `actor:${first.slug}`, label: name, named: true };
}

/** Named keys first (an identity beats "reportedly"), then the smallest key. */
function preferredKey(a: string, b: string): string {
  const aNamed = !a.startsWith("unnamed:");
  const bNamed = !b.startsWith("unnamed:");
  if (aNamed !== bNamed) return aNamed ? a : b;
  return a < b ? a : b;
}

/**
 * One origin for claims that are the same report reaching the ledger more than once
 * (`same_report` relations). Returns claimId → canonical origin key.
 *
 * Pass every claim's own key in `ownKeys` for an answer that does not depend on call order: the
 * keys linked by a pair become one origin everywhere (if 001's WSJ report is 003's SDF tally, any
 * other claim keyed to either counts as that origin too). Without `ownKeys`, the returned function
 * learns keys as it is called: every claim in a linked group gets the key first given for that
 * group, so the answer depends on the order of calls (call it in a fixed order, e.g. by claim id),
 * and claims outside the pairs keep their own key even when it is one of the merged keys.
 */
export function mergeOrigins(
  pairs: ReadonlyArray<readonly [string, string]>,
  ownKeys?: ReadonlyMap<string, string>,
): (claimId: string, ownKey?: string) => string {
  const claims = new KeyedUnionFind<string>();
  for (const [a, b] of pairs) claims.union(a, b);
  const linkedIds = new Set(pairs.flat());

  if (ownKeys) {
    // Keys linked through a pair are one origin: union the keys, then pick each set's preferred key.
    const keys = new KeyedUnionFind<string>();
    const keyOfGroup = new Map<string, string>();
    for (const id of linkedIds) {
      const key = ownKeys.get(id);
      if (key === undefined) continue;
      const group = claims.find(id);
      const seen = keyOfGroup.get(group);
      if (seen === undefined) keyOfGroup.set(group, key);
      else keys.union(seen, key);
    }
    const best = new Map<string, string>();
    for (const key of ownKeys.values()) {
      const root = keys.find(key);
      const current = best.get(root);
      best.set(root, current === undefined ? key : preferredKey(current, key));
    }
    return (claimId, ownKey) => {
      const key = ownKeys.get(claimId) ?? ownKey;
      if (key === undefined) throw new RangeError(`No origin key for claim ${claimId}.`);
      return best.get(keys.find(key)) ?? key;
    };
  }

  const learned = new Map<string, string>();
  return (claimId, ownKey) => {
    if (ownKey === undefined) throw new RangeError(`No origin key for claim ${claimId}: pass it, or pass ownKeys to mergeOrigins.`);
    if (!linkedIds.has(claimId)) return ownKey;
    const group = claims.find(claimId);
    const key = learned.get(group) ?? ownKey;
    learned.set(group, key);
    return key;
  };
}
