import { describe, expect, it } from "vitest";
import { analysisClaim } from "@/lib/testing/analysis-fixtures";
import { summariseAnalysis } from "./group-summary";
import { parseGroupSummary, parseStoredAnalysis, storedAnalysis } from "./stored-analysis";
import type { GroupAnalysis } from "./types";

const claims = [
  analysisClaim("1", { value: { qualifier: "exact", low: null, best: "0", high: null, vagueTerm: null } }),
  analysisClaim("2", { period: { start: null, end: "2024-04-30", certainty: "open", notBefore: "2024-03-01" } }),
  analysisClaim("d3", { derivedFrom: 2, interval: { low: 5, high: null, lowOpen: true, highOpen: false }, derivedBy: "more than double" }),
];
const analysis: GroupAnalysis = {
  verdict: "conflicting",
  severity: 1e9,
  originCount: 2,
  intervals: { "1": { low: 0, high: 0, lowOpen: false, highOpen: false }, "2": null, d3: { low: 5, high: null, lowOpen: true, highOpen: false } },
  conflicts: [{ a: "1", b: "d3", gapRatio: Infinity, gap: 5, periodUncertain: true }],
  agreements: [],
  partWholeFits: [],
  series: [{ id: "1", cluster: 0 }],
  explanation: ["They disagree."],
};

describe("the stored analysis", () => {
  it("reads back what the writer stored, an infinite gap ratio included", () => {
    const stored = storedAnalysis(analysis, claims);
    expect(parseStoredAnalysis(JSON.stringify(stored))).toEqual(stored);
    expect(parseStoredAnalysis(JSON.stringify(stored)).conflicts[0]!.gapRatio).toBe(Infinity);
  });

  it("reads back a summary with the whole group's counts", () => {
    const summary = summariseAnalysis(storedAnalysis(analysis, claims));
    expect(parseGroupSummary(JSON.stringify(summary))).toEqual(summary);
  });

  it("refuses a column that does not hold one", () => {
    const stored = storedAnalysis(analysis, claims);
    expect(() => parseStoredAnalysis(JSON.stringify({ ...stored, verdict: "maybe" }))).toThrow();
    expect(() => parseStoredAnalysis(JSON.stringify({ ...stored, claims: [{ id: 1 }] }))).toThrow();
    expect(() => parseGroupSummary(JSON.stringify(stored))).toThrow();
    expect(() => parseStoredAnalysis("not json")).toThrow();
  });
});
