// The comparison rules analysts rely on: periods by kind of metric, series, plans, revisions, and
// numbers as people write them. Each rule has an example and, where it fits, a property.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyseGroup } from "./analyse-group";
import { figureWords } from "./figure-words";
import type { AnalysisClaim, AnalysisMetric, AnalysisPeriod, Modality } from "./types";

const SYRIA = { placeId: 4, placeName: "Syria", placeAncestors: [4, 3, 1] };
const HASAKAH = { placeId: 7, placeName: "Hasakah", placeAncestors: [7, 4, 3, 1] };
const noValue = { low: null, best: null, high: null, vagueTerm: null };
const stated = (start: string, end: string): AnalysisPeriod => ({ start, end, certainty: "stated" });
const origin = (name: string) => ({ key: `actor:${name}`, label: name, named: true });

function fig(id: string, value: Partial<AnalysisClaim["value"]> & Pick<AnalysisClaim["value"], "qualifier">, period: AnalysisPeriod, over: Partial<AnalysisClaim> = {}): AnalysisClaim {
  return {
    id,
    derivedFrom: null,
    metricId: 1,
    ...SYRIA,
    period,
    value: { ...noValue, ...value },
    origin: origin(`o${id}`),
    label: `claim ${id}`,
    ...over,
  };
}
const exact = (n: number) => ({ qualifier: "exact" as const, best: String(n) });

const strikes: AnalysisMetric = { kind: "flow", tolerance: 0.1, nonNegative: true, unit: "strikes", name: "Air strikes" };
const troops: AnalysisMetric = { kind: "stock", tolerance: 0.1, nonNegative: true, unit: "personnel", name: "US troops" };

describe("counts over periods (flows)", () => {
  it("does not call 3 strikes in Jan–Jul 2024 and dozens over Apr 2024 – Apr 2025 a conflict: the periods overlap only in part", () => {
    const result = analyseGroup(
      [fig("1", exact(3), stated("2024-01-01", "2024-07-31")), fig("2", { qualifier: "vague", vagueTerm: "dozens" }, stated("2024-04-19", "2025-04-19"))],
      strikes,
    );
    expect(result.verdict).toBe("incomparable");
    expect(result.conflicts).toEqual([]);
    expect(result.notComparable).toEqual([{ a: "1", b: "2", why: "partial-overlap" }]);
    const text = result.explanation.join(" ");
    expect(text).toContain("overlap only in part");
    expect(text).toContain("“dozens” read as 24–99 strikes");
    expect(text).not.toMatch(/numerous of|dozens of strikes of/);
  });

  it("lets a count for a sub-period sit below the containing period's count", () => {
    const result = analyseGroup([fig("1", exact(3), stated("2024-03-01", "2024-03-31")), fig("2", exact(40), stated("2024-01-01", "2024-12-31"))], strikes);
    expect(result.verdict).toBe("consistent");
    expect(result.periodFits).toEqual([{ part: "1", whole: "2" }]);
  });

  it("conflicts only when the sub-period's lower bound exceeds the containing period's upper bound", () => {
    const result = analyseGroup([fig("1", { qualifier: "at_least", low: "50" }, stated("2024-03-01", "2024-03-31")), fig("2", exact(40), stated("2024-01-01", "2024-12-31"))], strikes);
    expect(result.verdict).toBe("conflicting");
    expect(result.conflicts[0]!.partWhole).toEqual({ part: "1", whole: "2" });
    expect(result.explanation.join(" ")).toContain("counts part of the period of");
  });

  it("compares running totals only with running totals, and a later total may not be smaller", () => {
    const total = { cumulative: true };
    const since2014 = (end: string) => ({ start: "2014-01-01", end, certainty: "stated" as const });
    const mixed = analyseGroup([fig("1", exact(300), since2014("2024-08-01"), total), fig("2", exact(20), stated("2024-08-01", "2024-08-01"))], strikes);
    expect(mixed.conflicts).toEqual([]);
    expect(mixed.verdict).not.toBe("conflicting");

    const grows = analyseGroup([fig("1", exact(300), since2014("2023-01-01"), total), fig("2", exact(350), since2014("2024-08-01"), total)], strikes);
    expect(grows.verdict).toBe("consistent");
    const shrinks = analyseGroup([fig("1", exact(400), since2014("2023-01-01"), total), fig("2", exact(350), since2014("2024-08-01"), total)], strikes);
    expect(shrinks.verdict).toBe("conflicting");
  });

  it("property: a sub-period count never conflicts with a containing count at least as large", () => {
    const day = fc.integer({ min: 0, max: 360 }).map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.boolean(), (d1, d2, sub, extra, innerPlace) => {
        const [start, end] = d1 <= d2 ? [d1, d2] : [d2, d1];
        const part = fig("1", exact(sub), stated(start, end), innerPlace ? HASAKAH : {});
        const whole = fig("2", exact(sub + extra), stated("2024-01-01", "2024-12-31"));
        expect(analyseGroup([part, whole], strikes).conflicts).toEqual([]);
      }),
    );
  });
});

describe("levels at a time (stocks)", () => {
  it("compares levels only within the metric's window", () => {
    const near = analyseGroup([fig("1", exact(900), stated("2024-08-12", "2024-08-12")), fig("2", exact(2000), stated("2024-08-30", "2024-08-30"))], troops);
    expect(near.verdict).toBe("conflicting");
    const far = analyseGroup([fig("1", exact(900), stated("2024-08-12", "2024-08-12")), fig("2", exact(2000), stated("2024-12-30", "2024-12-30"))], troops);
    expect(far.verdict).toBe("trend");
    const wide = analyseGroup([fig("1", exact(900), stated("2024-08-12", "2024-08-12")), fig("2", exact(2000), stated("2024-12-30", "2024-12-30"))], { ...troops, windowDays: 365 });
    expect(wide.verdict).toBe("conflicting");
  });
});

describe("series", () => {
  const fighters: AnalysisMetric = { ...troops, unit: "fighters", name: "ISIS fighters" };

  it("reads a rise, with its size", () => {
    const result = analyseGroup([fig("1", exact(1000), stated("2023-01-01", "2023-01-31")), fig("2", exact(2500), stated("2024-04-01", "2024-04-30"))], fighters);
    expect(result.explanation[0]).toBe("Trend: ISIS fighters rose from 1,000 (Jan 2023) to 2,500 (Apr 2024), about 2.5 times as many.");
    expect(result.direction?.change).toBe("rose");
  });

  it("says no change is certain when the first and last figures overlap", () => {
    const result = analyseGroup([fig("1", { qualifier: "approximately", best: "2500" }, stated("2023-01-01", "2023-01-31")), fig("2", exact(2600), stated("2024-04-01", "2024-04-30"))], fighters);
    expect(result.direction).toBeNull();
    expect(result.explanation[0]).toContain("no change is certain");
  });

  it("calls identical figures from different origins corroborated, not a trend", () => {
    const result = analyseGroup([fig("1", exact(2500), stated("2024-04-01", "2024-04-30")), fig("2", exact(2500), { start: null, end: "2024-09-01", certainty: "open" })], fighters);
    expect(result.verdict).toBe("corroborated");
    expect(result.explanation[0]).not.toContain("→");
  });

  it("places an undated figure at the earliest time it can describe, and says it is undated", () => {
    const undated = fig("1", exact(15000), { start: null, end: null, certainty: "open", notBefore: "2019-03-01" });
    const result = analyseGroup([fig("2", exact(2500), stated("2024-04-01", "2024-04-30")), undated], fighters);
    expect(result.series.map((s) => [s.id, s.time, s.undated])).toEqual([["1", "2019-03-01", true], ["2", "2024-04-30", false]]);
    expect(result.direction?.change).toBe("fell");
  });

  it("names a figure that breaks the series", () => {
    const months = ["2024-01-31", "2024-02-29", "2024-03-31"];
    const result = analyseGroup(
      [fig("1", exact(2400), stated("2024-01-01", months[0]!)), fig("2", exact(25000), stated("2024-02-01", months[1]!)), fig("3", exact(2500), stated("2024-03-01", months[2]!))],
      { ...fighters, windowDays: 7 },
    );
    expect(result.outliers).toEqual(["2"]);
    expect(result.explanation.join(" ")).toContain("25,000 (Feb 2024) breaks the series");
  });
});

describe("modality", () => {
  const plan = (over: Partial<AnalysisClaim> = {}) =>
    fig("9", { qualifier: "fewer_than", high: "1000" }, stated("2025-04-18", "2025-07-31"), { modality: "planned", change: "down", reportedOn: "2025-04-18", ...over });

  it("shows a plan apart and never compares it with what was observed", () => {
    const result = analyseGroup([fig("1", exact(2000), stated("2025-07-01", "2025-07-01")), plan({ change: null })], troops);
    expect(result.verdict).toBe("single");
    expect(result.apart).toEqual(["9"]);
    expect(result.explanation.join(" ")).toContain("planned: fewer than 1,000 personnel");
  });

  it("derives the level before a reduction, and compares it", () => {
    const agrees = analyseGroup([fig("1", exact(2000), stated("2025-04-10", "2025-04-10")), plan()], troops);
    expect(agrees.derived).toHaveLength(1);
    expect(agrees.intervals.p9).toEqual({ low: 1000, lowOpen: false, high: null, highOpen: false });
    // The implied level and the observed one agree, from two origins.
    expect(agrees.verdict).toBe("corroborated");
    expect(agrees.explanation.join(" ")).toContain("derived at least 1,000 personnel");

    const contradicts = analyseGroup([fig("1", exact(900), stated("2025-04-10", "2025-04-10")), plan()], troops);
    expect(contradicts.verdict).toBe("conflicting");
  });

  it("property: a planned or projected figure never creates a conflict", () => {
    const modality = fc.constantFrom<Modality>("planned", "projected");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }), modality, fc.constantFrom(strikes, troops), (observed, planned, m, metric) => {
        const obs = fig("1", exact(observed), stated("2025-04-10", "2025-04-10"));
        const before = analyseGroup([obs], metric);
        const after = analyseGroup([obs, fig("2", exact(planned), stated("2025-04-10", "2025-04-10"), { modality: m })], metric);
        expect(after.conflicts).toEqual(before.conflicts);
        expect(after.verdict === "conflicting").toBe(before.verdict === "conflicting");
      }),
    );
  });
});

describe("revisions by one origin", () => {
  const killed: AnalysisMetric = { ...strikes, unit: "personnel", name: "US service members killed" };
  const day = stated("2021-08-26", "2021-08-26");
  const cc = origin("CENTCOM");

  it("says revised when one origin gives 11 and later 13", () => {
    const result = analyseGroup([fig("5", exact(13), day, { origin: cc, reportedOn: "2021-08-27" }), fig("4", exact(11), day, { origin: cc, reportedOn: "2021-08-26" })], killed);
    expect(result.verdict).toBe("revised");
    expect(result.revisions).toEqual([{ origin: "CENTCOM", current: "5", earlier: ["4"] }]);
    expect(result.explanation[0]).toContain("CENTCOM gave 11 (26 Aug 2021), then 13 (26 Aug 2021)");
  });

  it("still calls different origins that disagree a conflict", () => {
    const result = analyseGroup([fig("5", exact(13), day, { origin: cc, reportedOn: "2021-08-27" }), fig("4", exact(11), day, { origin: origin("AP"), reportedOn: "2021-08-26" })], killed);
    expect(result.verdict).toBe("conflicting");
  });
});

describe("any order gives the same verdict", () => {
  it("property: reordering claims never changes the analysis", () => {
    const value = fc.constantFrom(exact(3), exact(30), { qualifier: "vague" as const, vagueTerm: "dozens" }, { qualifier: "fewer_than" as const, high: "1000" });
    const period = fc.constantFrom(stated("2024-01-01", "2024-07-31"), stated("2024-04-19", "2025-04-19"), stated("2024-03-01", "2024-03-31"), { start: null, end: "2024-09-01", certainty: "open" as const });
    const arb = fc.array(
      fc.record({ value, period, o: fc.constantFrom("a", "b"), m: fc.constantFrom<Modality>("observed", "observed", "planned"), rep: fc.constantFrom("2024-08-01", "2024-09-01") }),
      { maxLength: 7 },
    );
    fc.assert(
      fc.property(arb, fc.constantFrom(strikes, troops), (rows, metric) => {
        const claims = rows.map((r, i) => fig(String(i + 1), r.value, r.period, { origin: origin(r.o), modality: r.m, reportedOn: r.rep, change: r.m === "planned" ? "down" : null }));
        const forward = analyseGroup(claims, metric);
        const backward = analyseGroup([...claims].reverse(), metric);
        expect(backward).toEqual(forward);
      }),
    );
  });
});

describe("numbers as people write them", () => {
  it("reads one-sided bounds as written", () => {
    expect(figureWords(fig("1", { qualifier: "fewer_than", high: "1000" }, stated("2024-01-01", "2024-01-01")), { low: 0, high: 1000, lowOpen: false, highOpen: true })).toBe("fewer than 1,000");
    expect(figureWords(fig("1", { qualifier: "at_least", low: "13" }, stated("2024-01-01", "2024-01-01")), null)).toBe("at least 13");
  });
});
