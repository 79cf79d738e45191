import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyseGroup, SEVERITY_CAP } from "./analyse-group";
import { intervalsOverlap } from "./claim-interval";
import { originKey } from "./origins";
import type { AnalysisClaim, AnalysisMetric, AnalysisPeriod, Interval } from "./types";

// Places as in seeds/taxonomy.json, with made-up ids; ancestors include the place itself.
const PLACES = {
  world: { id: 1, name: "World", ancestors: [1] },
  syriaAndIraq: { id: 3, name: "Syria and Iraq", ancestors: [3, 2, 1] },
  syria: { id: 4, name: "Syria", ancestors: [4, 3, 2, 1] },
  iraq: { id: 5, name: "Iraq", ancestors: [5, 3, 2, 1] },
  afghanistan: { id: 19, name: "Afghanistan", ancestors: [19, 1] },
  kabul: { id: 20, name: "Kabul", ancestors: [20, 19, 1] },
} as const;

const stated = (start: string, end: string): AnalysisPeriod => ({ start, end, certainty: "stated" });
const open = (start: string | null, end: string | null = null): AnalysisPeriod => ({ start, end, certainty: "open" });
const noValue = { low: null, best: null, high: null, vagueTerm: null };

type Fixture = Partial<AnalysisClaim> & Pick<AnalysisClaim, "id" | "value" | "period" | "origin" | "label">;
function claim(place: keyof typeof PLACES, f: Fixture): AnalysisClaim {
  const p = PLACES[place];
  return { derivedFrom: null, metricId: 1, placeId: p.id, placeName: p.name, placeAncestors: [...p.ancestors], ...f };
}

const isisFighters: AnalysisMetric = { kind: "stock", tolerance: 0.1, nonNegative: true, unit: "fighters", name: "ISIS fighters" };
const captured: AnalysisMetric = { kind: "flow", tolerance: 0.1, nonNegative: true, unit: "people", name: "ISIS members and suspects captured" };
const usKilled: AnalysisMetric = { kind: "flow", tolerance: 0.1, nonNegative: true, unit: "personnel", name: "US service members killed" };

const centcom = originKey([{ slug: "centcom", kind: "military", affiliationSlug: null, name: "CENTCOM" }], { id: 3, outletSlug: "shafaq-news", outletName: "Shafaq News" });
const sohr = originKey([{ slug: "sohr", kind: "monitor", affiliationSlug: null, name: "Syrian Observatory for Human Rights" }], { id: 60, outletSlug: null, outletName: null });

// --- The seed cases, read by eye from seeds/claims/*.json ------------------------------------

/** (a) ISIS fighters in Syria and Iraq: 2019's 15,000, the January 2024 baseline, April 2024's 2,500, "thousands". */
const isisStrength: AnalysisClaim[] = [
  claim("syriaAndIraq", {
    id: "40",
    value: { ...noValue, qualifier: "exact", best: "15000" },
    period: open("2019-03-01"),
    origin: originKey([{ slug: "unspecified-sources", kind: "unnamed", affiliationSlug: null, name: "Unspecified sources" }], { id: 4, outletSlug: null, outletName: null }),
    label: "Source 004 (undated): 15,000 fighters, “still estimated”",
  }),
  claim("syriaAndIraq", {
    id: "d7",
    derivedFrom: 32,
    derivedBy: "more than double",
    value: { ...noValue, qualifier: "fewer_than", high: "1375" },
    interval: { low: 0, high: 1375, lowOpen: false, highOpen: true },
    period: stated("2024-01-01", "2024-01-31"),
    origin: centcom,
    label: "The January 2024 estimate, derived from claim #32",
  }),
  claim("syriaAndIraq", {
    id: "32",
    value: { ...noValue, qualifier: "approximately", best: "2500" },
    period: stated("2024-04-01", "2024-04-30"),
    origin: centcom,
    label: "Shafaq News (undated): approximately 2,500 fighters, per CENTCOM",
  }),
  claim("syriaAndIraq", {
    id: "21",
    value: { ...noValue, qualifier: "vague", vagueTerm: "thousands" },
    period: open("2022-01-01"),
    origin: originKey([{ slug: "us-military-estimates", kind: "unnamed", affiliationSlug: null }], { id: 2, outletSlug: null, outletName: null }),
    label: "Source 002 (undated): thousands of fighters",
  }),
];

/** (b) 233 captured: 001 (this year, SDF → WSJ → Jerusalem Post) and 003 (first seven months, SDF → WSJ). */
const sdf = { slug: "sdf", kind: "military", affiliationSlug: null, name: "the SDF" };
const wsj = { slug: "wall-street-journal", kind: "news_outlet", affiliationSlug: null, name: "The Wall Street Journal" };
const jpost = { slug: "jerusalem-post", kind: "news_outlet", affiliationSlug: null, name: "The Jerusalem Post" };
const captured233: AnalysisClaim[] = [
  claim("syria", {
    id: "11",
    value: { ...noValue, qualifier: "exact", best: "233" },
    period: stated("2024-01-01", "2024-08-13"),
    origin: originKey([sdf, wsj, jpost], { id: 1, outletSlug: "shafaq-news", outletName: "Shafaq News" }),
    label: "Shafaq News (13 Aug 2024): 233 captured",
  }),
  claim("syria", {
    id: "31",
    value: { ...noValue, qualifier: "exact", best: "233" },
    period: stated("2024-01-01", "2024-07-31"),
    origin: originKey([sdf, wsj], { id: 3, outletSlug: "shafaq-news", outletName: "Shafaq News" }),
    label: "Shafaq News (undated): 233 captured",
  }),
];

/** (c) The Kabul airport blast: 000 says 11 U.S. service members, undated and unattributed; a new source says 13. */
const kabul: AnalysisClaim[] = [
  claim("kabul", {
    id: "7",
    value: { ...noValue, qualifier: "exact", best: "11" },
    period: open(null),
    origin: originKey([], { id: 0, outletSlug: null, outletName: null }),
    label: "Source 000 (undated): 11 U.S. service members killed",
  }),
  claim("kabul", {
    id: "101",
    value: { ...noValue, qualifier: "exact", best: "13" },
    period: stated("2021-08-26", "2021-08-26"),
    origin: originKey([], { id: 50, outletSlug: "associated-press", outletName: "Associated Press" }),
    label: "Associated Press (27 Aug 2021): 13 U.S. service members killed",
  }),
];

describe("analyseGroup on the seed cases", () => {
  it("(a) reads ISIS's strength over time as a trend, not a conflict", () => {
    const result = analyseGroup(isisStrength, isisFighters);
    expect(result.verdict).toBe("trend");
    expect(result.conflicts).toEqual([]);
    expect(result.agreements).toEqual([]);
    expect(result.severity).toBe(0);
    expect(result.intervals).toEqual({
      "21": { low: 2000, high: 9999, lowOpen: false, highOpen: false },
      "32": { low: 2250, high: 2750, lowOpen: false, highOpen: false },
      "40": { low: 15000, high: 15000, lowOpen: false, highOpen: false },
      d7: { low: 0, high: 1375, lowOpen: false, highOpen: true },
    });
    // Open periods sort by their known bound: 2019, 2022, then January and April 2024.
    expect(result.series).toEqual([
      { id: "40", cluster: 0 },
      { id: "21", cluster: 1 },
      { id: "d7", cluster: 2 },
      { id: "32", cluster: 3 },
    ]);
    const [first, ...rest] = result.explanation;
    expect(first).toMatch(/^Trend: the figures describe different times and form a series: /);
    expect(first).toContain("15,000 fighters (undated, not before Mar 2019)");
    expect(first).toContain("< 1,375 fighters (Jan 2024, derived)");
    expect(first).toContain("2,250–2,750 fighters (Apr 2024)");
    expect(first).toContain("2,000–9,999 fighters (undated, not before Jan 2022)");
    expect(rest).toEqual([
      "5 pairs were not compared: a period is undated, and “ISIS fighters” is a level that changes over time, so the figures may describe different times.",
    ]);
    expect(result.explanation.join(" ")).not.toMatch(/\bsays\b/);
  });

  it("(b) counts 001 and 003's 233 captured once: consistent, from one origin", () => {
    const result = analyseGroup(captured233, captured);
    expect(result.verdict).toBe("consistent");
    expect(result.originCount).toBe(1);
    expect(result.agreements).toEqual([{ a: "11", b: "31" }]);
    expect(result.series.map((s) => s.cluster)).toEqual([0, 0]);
    expect(result.explanation[0]).toBe(
      "Consistent from one origin: Shafaq News (13 Aug 2024): 233 captured (1 Jan – 13 Aug 2024; 233 people) and " +
        "Shafaq News (undated): 233 captured (Jan – Jul 2024; 233 people) agree, but both trace back to the SDF, so they count once.",
    );
  });

  it("(c) surfaces the Kabul blast's 11 against 13 as a conflict, though 000 is undated", () => {
    const result = analyseGroup(kabul, usKilled);
    expect(result.verdict).toBe("conflicting");
    expect(result.conflicts).toHaveLength(1);
    const [conflict] = result.conflicts;
    expect(conflict).toMatchObject({ a: "7", b: "101", gap: 2, periodUncertain: true });
    expect(conflict!.gapRatio).toBeCloseTo(13 / 11);
    expect(result.severity).toBeCloseTo(1.18, 2);
    expect(result.originCount).toBe(2);
    const text = result.explanation.join(" ");
    expect(text).toContain("Source 000 (undated): 11 U.S. service members killed (unknown period; 11 personnel)");
    expect(text).toContain("Associated Press (27 Aug 2021): 13 U.S. service members killed (26 Aug 2021; 13 personnel)");
    expect(text).toContain("13 is 1.18× 11");
    expect(text).toContain("Origins differ: source #0 vs Associated Press.");
    expect(text).toContain("The first is undated, so they may describe different events.");
  });

  it("(d) calls two independent origins that agree corroborated", () => {
    const result = analyseGroup(
      [
        claim("syriaAndIraq", { id: "32", value: { ...noValue, qualifier: "approximately", best: "2500" }, period: stated("2024-04-01", "2024-04-30"), origin: centcom, label: "CENTCOM: approximately 2,500" }),
        claim("syriaAndIraq", { id: "61", value: { ...noValue, qualifier: "approximately", best: "2600" }, period: stated("2024-04-01", "2024-04-30"), origin: sohr, label: "SOHR: about 2,600" }),
      ],
      isisFighters,
    );
    expect(result.verdict).toBe("corroborated");
    expect(result.originCount).toBe(2);
    expect(result.explanation[0]).toBe(
      "Corroborated: CENTCOM: approximately 2,500 (Apr 2024; 2,250–2,750 fighters) and SOHR: about 2,600 (Apr 2024; 2,340–2,860 fighters) agree, " +
        "from 2 independent origins: CENTCOM and Syrian Observatory for Human Rights.",
    );
  });

  it("(e) keeps a figure given only as “numerous” unknown", () => {
    const result = analyseGroup(
      [claim("world", { id: "45", value: { ...noValue, qualifier: "vague", vagueTerm: "numerous" }, period: open(null), origin: sohr, label: "Source 004: numerous strikes" })],
      { ...usKilled, name: "Air and drone strikes", unit: "strikes" },
    );
    expect(result.verdict).toBe("unknown");
    expect(result.originCount).toBe(0);
    expect(result.intervals).toEqual({ "45": null });
    expect(result.series).toEqual([{ id: "45", cluster: 0 }]);
    expect(result.explanation).toEqual([
      "Unknown: no figure here has a numeric reading, so none could be compared.",
      "Source 004: numerous strikes: “numerous” has no numeric reading in the vague-amount table, so it is not compared.",
    ]);
  });
});

describe("analyseGroup rules", () => {
  const april = stated("2024-04-01", "2024-04-30");
  const fig = (id: string, place: keyof typeof PLACES, best: string, period: AnalysisPeriod = april, origin = centcom) =>
    claim(place, { id, value: { ...noValue, qualifier: "exact", best }, period, origin, label: `claim ${id}` });

  it("does not compare an undated stock figure with a dated one, but does compare flows", () => {
    const undatedVsDated = [fig("1", "syria", "100", open(null)), fig("2", "syria", "200")];
    expect(analyseGroup(undatedVsDated, isisFighters).verdict).toBe("trend");
    expect(analyseGroup(undatedVsDated, captured).verdict).toBe("conflicting");
  });

  it("does not compare figures whose open periods are provably apart", () => {
    expect(analyseGroup([fig("1", "syria", "100", open("2025-01-01")), fig("2", "syria", "200")], captured).verdict).toBe("trend");
  });

  it("flags a part that exceeds its whole, and lets a part below its whole fit", () => {
    const exceeds = analyseGroup([fig("1", "syria", "3000"), fig("2", "syriaAndIraq", "2500")], isisFighters);
    expect(exceeds.verdict).toBe("conflicting");
    expect(exceeds.conflicts[0]).toMatchObject({ a: "1", b: "2", partWhole: { part: "1", whole: "2" }, gap: 500 });
    expect(exceeds.explanation[1]).toContain("is for Syria, which lies inside Syria and Iraq, yet it exceeds");

    const fits = analyseGroup([fig("1", "syria", "2000"), fig("2", "syriaAndIraq", "2500", april, sohr)], isisFighters);
    expect(fits.verdict).toBe("consistent");
    expect(fits.agreements).toEqual([]);
    expect(fits.partWholeFits).toEqual([{ part: "1", whole: "2" }]);
  });

  it("does not compare nested places for a metric that does not add up over places", () => {
    const result = analyseGroup([fig("1", "syria", "0.5"), fig("2", "syriaAndIraq", "0.25")], { ...isisFighters, unit: "share", additive: false });
    expect(result.verdict).toBe("trend");
    expect(result.explanation[0]).toContain("50% (Apr 2024)");
  });

  it("never compares places that are not nested", () => {
    expect(analyseGroup([fig("1", "syria", "900"), fig("2", "iraq", "2500")], isisFighters).verdict).toBe("trend");
  });

  it("never compares a derived figure with the claim it comes from", () => {
    const source = fig("5", "syria", "2500");
    const derived = claim("syria", { id: "d1", derivedFrom: 5, value: { ...noValue, qualifier: "fewer_than", high: "1250" }, interval: { low: 0, high: 1250, lowOpen: false, highOpen: true }, period: april, origin: centcom, label: "derived baseline" });
    const result = analyseGroup([source, derived], captured);
    expect(result.conflicts).toEqual([]);
    expect(result.verdict).toBe("trend");
  });

  it("uses a derived figure's interval and calls it derived", () => {
    const derived = claim("syria", { id: "d1", derivedFrom: 9, derivedBy: "more than double", value: { ...noValue, qualifier: "fewer_than", high: "1250" }, interval: { low: 0, high: 1250, lowOpen: false, highOpen: true }, period: april, origin: centcom, label: "The baseline" });
    const result = analyseGroup([derived, fig("2", "syria", "2000", april, sohr)], captured);
    expect(result.verdict).toBe("conflicting");
    expect(result.explanation.join(" ")).toContain("The baseline (Apr 2024; derived < 1,250 people, implied by “more than double” in claim #9)");
  });

  it("never lets unnamed origins corroborate", () => {
    const unnamedA = { key: "unnamed:unspecified-sources@source:1", label: "unspecified sources in source #1", named: false };
    const unnamedB = { key: "unnamed:unspecified-sources@source:2", label: "unspecified sources in source #2", named: false };
    const twoUnnamed = analyseGroup([fig("1", "syria", "100", april, unnamedA), fig("2", "syria", "100", april, unnamedB)], captured);
    expect(twoUnnamed.verdict).toBe("consistent");
    expect(twoUnnamed.originCount).toBe(1);
    expect(twoUnnamed.explanation[0]).toContain("no named origin stands behind them");

    const namedAndUnnamed = analyseGroup([fig("1", "syria", "100", april, unnamedA), fig("2", "syria", "100", april, sohr)], captured);
    expect(namedAndUnnamed.verdict).toBe("consistent");
  });

  it("calls one usable figure single, and says why others were not compared", () => {
    const result = analyseGroup(
      [fig("1", "syria", "100"), claim("syria", { id: "2", value: { ...noValue, qualifier: "vague", vagueTerm: "many" }, period: april, origin: sohr, label: "claim 2" })],
      captured,
    );
    expect(result.verdict).toBe("single");
    expect(result.originCount).toBe(1);
    expect(result.explanation[1]).toBe("claim 2: “many” has no numeric reading in the vague-amount table, so it is not compared.");
  });

  it("caps an infinite gap ratio for severity", () => {
    const result = analyseGroup([fig("1", "syria", "0"), fig("2", "syria", "5", april, sohr)], captured);
    expect(result.conflicts[0]!.gapRatio).toBe(Infinity);
    expect(result.severity).toBe(SEVERITY_CAP);
  });

  it("orders conflicts by severity and spells out only the worst", () => {
    const claims = ["10", "20", "40", "80", "160"].map((v, i) => fig(String(i + 1), "syria", v, april, i % 2 ? sohr : centcom));
    const result = analyseGroup(claims, captured);
    expect(result.conflicts).toHaveLength(10);
    expect(result.conflicts[0]).toMatchObject({ a: "1", b: "5", gapRatio: 16 });
    expect(result.severity).toBe(16);
    expect(result.explanation).toContain("7 more conflicting pairs are not listed here.");
  });

  it("rejects duplicate ids", () => {
    expect(() => analyseGroup([fig("1", "syria", "1"), fig("1", "syria", "2")], captured)).toThrow(RangeError);
  });

  it("handles an empty group", () => {
    expect(analyseGroup([], captured)).toMatchObject({ verdict: "unknown", series: [], conflicts: [], agreements: [] });
  });
});

// ---------------------------------------------------------------------------------------------
// Properties, on random groups

const placeKeys = Object.keys(PLACES).filter((k) => k !== "afghanistan" && k !== "kabul") as Array<keyof typeof PLACES>;
const periods: AnalysisPeriod[] = [
  stated("2024-01-01", "2024-01-31"),
  stated("2024-01-01", "2024-06-30"),
  stated("2024-04-01", "2024-04-30"),
  stated("2023-01-01", "2023-12-31"),
  open(null),
  open("2022-01-01"),
  open(null, "2023-06-30"),
];
const origins = [centcom, sohr, { key: "unnamed:x@source:3", label: "unnamed in source #3", named: false }];
const values: AnalysisClaim["value"][] = [
  { ...noValue, qualifier: "exact", best: "100" },
  { ...noValue, qualifier: "exact", best: "120" },
  { ...noValue, qualifier: "approximately", best: "110" },
  { ...noValue, qualifier: "at_least", low: "50" },
  { ...noValue, qualifier: "more_than", low: "500" },
  { ...noValue, qualifier: "fewer_than", high: "20" },
  { ...noValue, qualifier: "range", low: "90", high: "130" },
  { ...noValue, qualifier: "vague", vagueTerm: "dozens" },
  { ...noValue, qualifier: "vague", vagueTerm: "hundreds" },
  { ...noValue, qualifier: "vague", vagueTerm: "many" },
  { ...noValue, qualifier: "exact", best: "0" },
];

const arbClaim = (id: string) =>
  fc
    .record({ place: fc.constantFrom(...placeKeys), period: fc.constantFrom(...periods), origin: fc.constantFrom(...origins), value: fc.constantFrom(...values) })
    .map(({ place, period, origin, value }) => claim(place, { id, value, period, origin, label: `claim ${id}` }));

const arbGroup = fc.integer({ min: 0, max: 12 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbClaim(String(i + 1)))));
const arbMetric = fc.record({ kind: fc.constantFrom("stock" as const, "flow" as const), additive: fc.boolean() }).map((m) => ({ ...captured, ...m }));

describe("analyseGroup properties", () => {
  it("gives identical output for the same claims in any order", () => {
    fc.assert(
      fc.property(arbGroup, arbMetric, fc.integer(), (claims, metric, seed) => {
        const shuffled = [...claims].map((c, i) => ({ c, k: Math.sin(seed + i) })).sort((x, y) => x.k - y.k).map((x) => x.c);
        expect(JSON.stringify(analyseGroup(shuffled, metric))).toBe(JSON.stringify(analyseGroup(claims, metric)));
      }),
    );
  });

  it("puts every claim in the series once, agreements overlap, and same-place conflicts do not", () => {
    fc.assert(
      fc.property(arbGroup, arbMetric, (claims, metric) => {
        const result = analyseGroup(claims, metric);
        expect(result.series.map((s) => s.id).sort()).toEqual(claims.map((c) => c.id).sort());
        const interval = (id: string) => result.intervals[id] as Interval;
        for (const { a, b } of result.agreements) expect(intervalsOverlap(interval(a), interval(b))).toBe(true);
        for (const c of result.conflicts) {
          expect(intervalsOverlap(interval(c.a), interval(c.b))).toBe(false);
          expect(c.gapRatio).toBeGreaterThanOrEqual(1);
        }
        expect(result.verdict === "conflicting").toBe(result.conflicts.length > 0);
        expect(result.severity >= 0 && Number.isFinite(result.severity)).toBe(true);
        if (result.verdict === "corroborated") expect(result.originCount).toBeGreaterThanOrEqual(2);
        // Figures that were compared share a cluster.
        const clusterOf = new Map(result.series.map((s) => [s.id, s.cluster]));
        for (const { a, b } of [...result.agreements, ...result.conflicts]) expect(clusterOf.get(a)).toBe(clusterOf.get(b));
      }),
    );
  });

  it("analyses a 1,000-claim group whole (its speed is measured by npm run bench)", () => {
    const random = fc.sample(arbClaim("x"), { numRuns: 1000, seed: 42 }).map((c, i) => ({ ...c, id: String(i + 1), label: `claim ${i + 1}` }));
    for (const metric of [captured, isisFighters]) {
      const result = analyseGroup(random, metric);
      expect(result.series).toHaveLength(1000);
      expect(result.explanation.length).toBeLessThan(20);
    }
  });
});
