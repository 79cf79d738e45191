// The filtered claims list on both databases: each filter of the URL against the same filter done
// by hand over every claim, places inside places, cursor pages that add up to the whole, refused
// cursors, and facet counts that match the list.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useDb } from "@/lib/db/client";
import { claimFacets, listClaims } from "@/lib/data/claim-list";
import { claimFiltersSchema, type ClaimFilters } from "@/lib/schemas/claim-filters";
import { loadSeeds } from "@/lib/seed/load-seeds";
import { readSeeds } from "@/lib/seed/read-seeds";
import { createPostgresTestDb, createSqliteTestDb, type TestDb } from "@/lib/testing/test-db";

type Row = { id: number; qualifier: string; modality: string; status: string; metric: string; topic: string; placeAncestors: string[]; outlet: string | null; origin: string | null; periodStart: string | null; periodEnd: string | null; published: string | null; verdict: string | null };

describe.each([
  ["SQLite", createSqliteTestDb],
  ["PostgreSQL", createPostgresTestDb],
] as const)("claims list on %s", (_name, create) => {
  let t: TestDb;
  let all: Row[];
  beforeAll(async () => {
    t = await create();
    useDb(t.db);
    await loadSeeds(t.db, readSeeds());
    // The seeds state observed figures only: two become plans, for the modality filter to find.
    const syrian = await t.db.claim.findMany({ where: { place: { slug: "syria" } }, orderBy: { id: "asc" }, take: 2, select: { id: true } });
    await t.db.claim.updateMany({ where: { id: { in: syrian.map((c) => c.id) } }, data: { modality: "planned" } });
    const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
    all = (
      await t.db.claim.findMany({
        select: {
          id: true, qualifier: true, modality: true, status: true, periodStart: true, periodEnd: true,
          metric: { select: { slug: true, topic: { select: { slug: true } } } },
          place: { select: { ancestors: { select: { ancestor: { select: { slug: true } } } } } },
          source: { select: { publishedAt: true, outlet: { select: { slug: true } } } },
          originActor: { select: { slug: true } },
          membership: { select: { group: { select: { verdict: true } } } },
        },
      })
    ).map((c) => ({
      id: c.id, qualifier: c.qualifier, modality: c.modality, status: c.status, metric: c.metric.slug, topic: c.metric.topic.slug,
      placeAncestors: c.place.ancestors.map((a) => a.ancestor.slug), outlet: c.source.outlet?.slug ?? null, origin: c.originActor?.slug ?? null,
      periodStart: day(c.periodStart), periodEnd: day(c.periodEnd), published: day(c.source.publishedAt), verdict: c.membership?.group.verdict ?? null,
    }));
  }, 120_000);
  afterAll(async () => {
    await t?.drop();
  });

  /** Every page of the list, following the cursors. */
  async function everything(filters: ClaimFilters, limit = 7) {
    const ids: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await listClaims(filters, { cursor, limit });
      expect(page.rows.length).toBeLessThanOrEqual(limit);
      ids.push(...page.rows.map((r) => r.id));
      cursor = page.next ?? undefined;
    } while (cursor);
    return ids;
  }

  const byHand = (keep: (r: Row) => boolean) => all.filter(keep).map((r) => r.id).sort((a, b) => a - b);
  const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

  it("pages through every claim once, newest first", async () => {
    const ids = await everything({}, 5);
    expect(sorted(ids)).toEqual(byHand(() => true));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each<[string, ClaimFilters, (r: Row) => boolean]>([
    ["a place includes the places inside it", { place: "syria" }, (r) => r.placeAncestors.includes("syria")],
    ["a topic", { topic: "isis-strength" }, (r) => r.topic === "isis-strength"],
    ["a metric", { metric: "isis-fighters" }, (r) => r.metric === "isis-fighters"],
    ["an outlet", { outlet: "shafaq-news" }, (r) => r.outlet === "shafaq-news"],
    ["an origin", { origin: "sdf" }, (r) => r.origin === "sdf"],
    ["a qualifier", { qualifier: "approximately" }, (r) => r.qualifier === "approximately"],
    ["a modality", { modality: "planned" }, (r) => r.modality === "planned"],
    ["a modality in a place", { modality: "observed", place: "syria" }, (r) => r.modality === "observed" && r.placeAncestors.includes("syria")],
    ["a status", { status: "active" }, (r) => r.status === "active"],
    ["a verdict", { verdict: "trend" }, (r) => r.verdict === "trend"],
    ["publication dates", { publishedFrom: "2024-01-01", publishedTo: "2024-12-31" }, (r) => r.published !== null && r.published >= "2024-01-01" && r.published <= "2024-12-31"],
    [
      "a reference period",
      { periodFrom: "2024-01-01", periodTo: "2024-06-30" },
      (r) => (r.periodEnd ?? r.periodStart) !== null && (r.periodEnd ?? r.periodStart)! >= "2024-01-01" && (r.periodStart ?? r.periodEnd)! <= "2024-06-30",
    ],
    ["a metric in a place and a date range", { metric: "isis-fighters", place: "syria-and-iraq", publishedFrom: "2019-01-01" }, (r) => r.metric === "isis-fighters" && r.placeAncestors.includes("syria-and-iraq") && (r.published ?? "") >= "2019-01-01"],
  ])("filters by %s", async (_what, filters, keep) => {
    const expected = byHand(keep);
    expect(sorted(await everything(filters))).toEqual(expected);
    const { total, facets } = await claimFacets(filters);
    expect(total).toBe(expected.length);
    expect(facets.status.reduce((n, v) => n + v.count, 0)).toBe(expected.length);
  });

  it("has seed claims for the filters it tests", () => {
    for (const keep of [(r: Row) => r.placeAncestors.includes("syria"), (r: Row) => r.origin === "sdf", (r: Row) => r.outlet === "shafaq-news", (r: Row) => r.verdict === "trend"]) {
      expect(byHand(keep).length).toBeGreaterThan(0);
    }
  });

  it("counts facets as the list has them", async () => {
    const { facets } = await claimFacets({ place: "syria" });
    for (const v of facets.metric) expect(v.count).toBe(byHand((r) => r.placeAncestors.includes("syria") && r.metric === v.value).length);
    for (const v of facets.origin) expect(v.count).toBe(byHand((r) => r.placeAncestors.includes("syria") && r.origin === v.value).length);
    expect(facets.verdict.length).toBeGreaterThan(0);
    for (const v of facets.verdict) expect(v.count).toBe(byHand((r) => r.placeAncestors.includes("syria") && r.verdict === v.value).length);
    expect(facets.verdict.reduce((n, v) => n + v.count, 0)).toBe(byHand((r) => r.placeAncestors.includes("syria") && r.verdict !== null).length);
    expect(facets.modality).toEqual(
      expect.arrayContaining([
        { value: "planned", label: "planned", count: 2 },
        { value: "observed", label: "observed", count: byHand((r) => r.placeAncestors.includes("syria") && r.modality === "observed").length },
      ]),
    );
  });

  it("counts facets over the newest claims only when there are more than the sample, and says so", async () => {
    const newest = await everything({ place: "syria" }, 100);
    const facets = await claimFacets({ place: "syria" }, 3);
    expect(facets.sampled).toBe(3);
    expect(facets.total).toBe(newest.length);
    const sample = new Set(newest.slice(0, 3));
    expect(facets.facets.status.reduce((n, v) => n + v.count, 0)).toBe(3);
    for (const v of facets.facets.metric) expect(v.count).toBe(byHand((r) => sample.has(r.id) && r.metric === v.value).length);
    expect((await claimFacets({ place: "syria" }, newest.length)).sampled).toBeNull();
  });

  it("refuses unknown slugs, bad cursors and cursors of other filters, naming the field", async () => {
    await expect(listClaims({ place: "atlantis" }, { limit: 5 })).rejects.toMatchObject({ issues: [{ path: ["place"], message: "There is no place “atlantis”." }] });
    await expect(listClaims({}, { cursor: "not-a-cursor", limit: 5 })).rejects.toMatchObject({ issues: [{ path: ["cursor"] }] });
    const page = await listClaims({ place: "syria" }, { limit: 2 });
    await expect(listClaims({ place: "iraq" }, { cursor: page.next!, limit: 2 })).rejects.toMatchObject({ issues: [{ path: ["cursor"], message: "The cursor belongs to other filters; start again without it." }] });
  });

  it("refuses impossible filter values in the schema", () => {
    expect(claimFiltersSchema.safeParse({ periodFrom: "2024-02-30" }).success).toBe(false);
    expect(claimFiltersSchema.safeParse({ publishedFrom: "2024-05-01", publishedTo: "2024-01-01" }).success).toBe(false);
    expect(claimFiltersSchema.safeParse({ qualifier: "roughly" }).success).toBe(false);
    expect(claimFiltersSchema.safeParse({ modality: "hoped" }).success).toBe(false);
  });
});
