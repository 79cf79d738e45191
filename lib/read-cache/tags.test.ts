import { describe, expect, it } from "vitest";
import { tagsForWrite, type ClaimFootprint } from "./tags";

const before: ClaimFootprint = {
  claimId: 7,
  sourceId: 3,
  metricSlug: "deaths",
  topicSlug: "conflict",
  placeSlug: "syria",
  actorSlugs: ["un-ocha"],
  groupId: 11,
  baselineMetricSlugs: [],
};

describe("tagsForWrite", () => {
  it("expires a claim's own page, its source, metric, topic, place, actors and group, and the lists", () => {
    expect(tagsForWrite({ kind: "claims", footprints: [before] })).toEqual(
      ["actor:un-ocha", "claim:7", "claims", "group:11", "metric:deaths", "place:syria", "source:3", "sources", "topic:conflict"].sort(),
    );
  });

  it("expires what a claim moved away from as well as where it is now", () => {
    const after = { ...before, metricSlug: "injuries", placeSlug: "aleppo", actorSlugs: ["who"], groupId: 12 };
    const tags = tagsForWrite({ kind: "claims", footprints: [before, after] });
    for (const t of ["metric:deaths", "metric:injuries", "place:syria", "place:aleppo", "actor:un-ocha", "actor:who", "group:11", "group:12"]) expect(tags).toContain(t);
  });

  it("expires the metric a derived claim's baseline lies in, and no group when the claim has none", () => {
    const tags = tagsForWrite({ kind: "claims", footprints: [{ ...before, groupId: null, baselineMetricSlugs: ["population"] }] });
    expect(tags).toContain("metric:population");
    expect(tags.some((t) => t.startsWith("group:"))).toBe(false);
  });

  it("changes nothing when a write touched no claim", () => {
    expect(tagsForWrite({ kind: "claims", footprints: [] })).toEqual([]);
  });

  it("expires a new source's page and the sources list, not the claim lists", () => {
    expect(tagsForWrite({ kind: "source-added", sourceId: 9 })).toEqual(["source:9", "sources"]);
  });

  it("expires an edited source everywhere its name shows, with its claims", () => {
    const tags = tagsForWrite({ kind: "source-edited", sourceId: 3, footprints: [before] });
    for (const t of ["source:3", "sources", "names", "claims", "claim:7", "metric:deaths", "group:11"]) expect(tags).toContain(t);
  });

  it("expires only the source's page for the review tally", () => {
    expect(tagsForWrite({ kind: "source-review", sourceId: 3 })).toEqual(["source:3"]);
  });

  it("expires a renamed actor or place under its old and new address, and every page that prints names", () => {
    expect(tagsForWrite({ kind: "actor", slugs: ["who", "world-health-organization"] })).toEqual(["actor:who", "actor:world-health-organization", "names"]);
    expect(tagsForWrite({ kind: "place", slugs: ["aleppo"] })).toEqual(["names", "place:aleppo"]);
  });

  it("expires every entry for an import, through the tag each entry carries", () => {
    expect(tagsForWrite({ kind: "ledger" })).toEqual(["ledger"]);
  });
});
