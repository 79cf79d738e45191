// The names of the read cache's tags, and which tags a write expires. Pure: no Next.js, no database.
//
// A cached read carries the tag of each thing whose change alters it: its subject (`claim:12`,
// `metric:deaths`), and one of the ledger-wide tags when it shows more than one subject:
// - `claims`: anything listing claims across subjects or counting them (home, the claims list,
//   Conflicts, place and actor pages, search, the list API);
// - `sources`: the sources list and what counts sources;
// - `names`: anything that shows the name of an outlet, actor, place or source other than its
//   subject, so a rename reaches every page that prints the name;
// - `ledger`: every entry, for a write that can touch any page (a bulk import).

export type Tag = string;

export const LEDGER_TAGS = { claims: "claims", sources: "sources", names: "names", all: "ledger" } as const;

export const tag = {
  claim: (id: number): Tag => `claim:${id}`,
  source: (id: number): Tag => `source:${id}`,
  group: (id: number): Tag => `group:${id}`,
  metric: (slug: string): Tag => `metric:${slug}`,
  topic: (slug: string): Tag => `topic:${slug}`,
  place: (slug: string): Tag => `place:${slug}`,
  actor: (slug: string): Tag => `actor:${slug}`,
};

/** What a claim touches in the ledger, read before and after a write (lib/commands/footprint.ts). */
export type ClaimFootprint = {
  claimId: number;
  sourceId: number;
  metricSlug: string;
  topicSlug: string;
  placeSlug: string;
  actorSlugs: string[];
  groupId: number | null;
  /** Metrics of the baselines the claim's derived relations point at: their groups count it too. */
  baselineMetricSlugs: string[];
};

/** One committed write, as the tag mapping needs it. */
export type WriteEffect =
  | { kind: "claims"; footprints: ClaimFootprint[] }
  | { kind: "source-added"; sourceId: number }
  | { kind: "source-edited"; sourceId: number; footprints: ClaimFootprint[] }
  | { kind: "source-review"; sourceId: number }
  | { kind: "actor"; slugs: string[] }
  | { kind: "place"; slugs: string[] }
  | { kind: "ledger" };

function claimTags(f: ClaimFootprint): Tag[] {
  return [
    tag.claim(f.claimId),
    tag.source(f.sourceId),
    tag.metric(f.metricSlug),
    tag.topic(f.topicSlug),
    tag.place(f.placeSlug),
    ...f.actorSlugs.map(tag.actor),
    ...(f.groupId === null ? [] : [tag.group(f.groupId)]),
    ...f.baselineMetricSlugs.map(tag.metric),
  ];
}

/**
 * The tags a committed write expires. A claim write passes the footprints of its claims before and
 * after, so that a claim moved to another metric, place or group leaves the old pages as well.
 * Any claim write changes the ledger-wide lists and counts (`claims`), and the sources list's
 * counts (`sources`).
 */
export function tagsForWrite(effect: WriteEffect): Tag[] {
  const tags = new Set<Tag>();
  const add = (list: Tag[]) => list.forEach((t) => tags.add(t));
  switch (effect.kind) {
    case "claims":
      if (effect.footprints.length > 0) add([LEDGER_TAGS.claims, LEDGER_TAGS.sources]);
      effect.footprints.forEach((f) => add(claimTags(f)));
      break;
    case "source-added":
      add([tag.source(effect.sourceId), LEDGER_TAGS.sources]);
      break;
    case "source-edited":
      // Its title, outlet and date show beside each of its claims, in every list.
      add([tag.source(effect.sourceId), LEDGER_TAGS.sources, LEDGER_TAGS.names, LEDGER_TAGS.claims]);
      effect.footprints.forEach((f) => add(claimTags(f)));
      break;
    case "source-review":
      add([tag.source(effect.sourceId)]);
      break;
    case "actor":
      add([...effect.slugs.map(tag.actor), LEDGER_TAGS.names]);
      break;
    case "place":
      add([...effect.slugs.map(tag.place), LEDGER_TAGS.names]);
      break;
    case "ledger":
      add([LEDGER_TAGS.all]);
      break;
  }
  return [...tags].sort();
}
