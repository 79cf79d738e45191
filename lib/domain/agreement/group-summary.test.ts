import { describe, expect, it } from "vitest";
import { analysisClaim } from "@/lib/testing/analysis-fixtures";
import { sampleFigureIds, summariseAnalysis } from "./group-summary";
import type { StoredAnalysis } from "@/lib/domain/agreement/stored-analysis";

const claim = (id: string, origin: string) =>
  analysisClaim(id, { period: { start: "2024-01-01", end: "2024-01-31", certainty: "stated" }, value: { qualifier: "exact", low: null, best: id, high: null, vagueTerm: null }, origin: { key: origin, label: origin, named: true } });

/** Figures with values 1…n (id = value), origins cycling through three. */
function analysis(n: number, conflict: [string, string] | null): StoredAnalysis {
  const ids = Array.from({ length: n }, (_, i) => String(i + 1));
  return {
    verdict: conflict ? "conflicting" : "trend",
    severity: conflict ? 2 : 0,
    originCount: 3,
    intervals: Object.fromEntries(ids.map((id) => [id, { low: Number(id), high: Number(id), lowOpen: false, highOpen: false }])),
    series: ids.map((id, i) => ({ id, cluster: i })),
    explanation: ["Because."],
    claims: ids.reverse().map((id, i) => claim(id, `origin ${i % 3}`)),
    conflicts: conflict ? [{ a: conflict[0], b: conflict[1], gapRatio: 2, gap: 5, periodUncertain: false }] : [],
    conflictTotal: conflict ? 1 : 0,
    conflictingIds: conflict ? [...conflict] : [],
    agreeingIds: ["1", "2"],
    partWholeIds: [],
  };
}

describe("group summaries", () => {
  it("keeps every figure of a small group, lowest first", () => {
    expect(sampleFigureIds(analysis(4, null))).toEqual(["1", "2", "3", "4"]);
  });

  it("keeps the lowest, the highest, the widest conflict and figures spread between, in value order", () => {
    const ids = sampleFigureIds(analysis(400, ["37", "290"]));
    expect(ids).toHaveLength(6);
    expect(ids[0]).toBe("1");
    expect(ids.at(-1)).toBe("400");
    expect(ids).toEqual(expect.arrayContaining(["37", "290"]));
    expect(ids.map(Number)).toEqual([...ids.map(Number)].sort((a, b) => a - b));
  });

  it("cuts every list of the analysis down to the sample and counts the whole", () => {
    const summary = summariseAnalysis(analysis(400, ["37", "290"]));
    const kept = new Set(summary.claims.map((c) => c.id));
    expect(kept.size).toBe(6);
    expect(Object.keys(summary.intervals).every((id) => kept.has(id))).toBe(true);
    expect(summary.series.every((s) => kept.has(s.id))).toBe(true);
    expect(summary.conflicts).toHaveLength(1);
    expect(summary.conflictingIds).toEqual(["37", "290"]);
    expect(summary.agreeingIds).toEqual(["1"]);
    expect([summary.figureTotal, summary.originTotal, summary.explanation]).toEqual([400, 3, ["Because."]]);
    expect(JSON.stringify(summary).length * 20).toBeLessThan(JSON.stringify(analysis(400, ["37", "290"])).length);
  });
});
