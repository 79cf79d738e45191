import { describe, expect, it } from "vitest";
import type { StoredAnalysis } from "@/lib/domain/agreement/stored-analysis";
import { analysisClaim } from "@/lib/testing/analysis-fixtures";
import { groupPoints, pointVerdict } from "./group-points";

const claim = analysisClaim;

const analysis = (over: Partial<StoredAnalysis>): StoredAnalysis => ({
  verdict: "conflicting",
  severity: 2,
  originCount: 2,
  intervals: { "1": { low: 10, high: 10, lowOpen: false, highOpen: false }, "2": { low: 20, high: 20, lowOpen: false, highOpen: false }, "3": null },
  series: [],
  explanation: [],
  claims: [claim("1"), claim("2"), claim("3")],
  conflicts: [],
  conflictTotal: 1,
  conflictingIds: ["1", "2"],
  agreeingIds: [],
  partWholeIds: [],
  ...over,
});

describe("pointVerdict", () => {
  it("marks figures in a conflict, and unknown values as unknown", () => {
    const a = analysis({});
    expect(pointVerdict(a, "1")).toBe("conflicting");
    expect(pointVerdict(a, "3")).toBe("unknown");
  });

  it("gives agreeing figures the group's agreement verdict, and lone figures of a series the trend", () => {
    expect(pointVerdict(analysis({ verdict: "corroborated", conflictingIds: [], agreeingIds: ["1", "2"] }), "2")).toBe("corroborated");
    expect(pointVerdict(analysis({ verdict: "consistent", conflictingIds: [], agreeingIds: ["1", "2"] }), "1")).toBe("consistent");
    expect(pointVerdict(analysis({ verdict: "trend", conflictingIds: [] }), "1")).toBe("trend");
    expect(pointVerdict(analysis({ verdict: "single", conflictingIds: [] }), "1")).toBe("single");
  });
});

describe("groupPoints", () => {
  it("links stated figures to their claim and derived ones to the claim they come from, and starts undated figures at the proven date", () => {
    const a = analysis({
      claims: [
        claim("1"),
        claim("d7", { derivedFrom: 1, period: { start: null, end: "2026-11-21", certainty: "open", notBefore: "2019-03-01" } }),
      ],
      intervals: { "1": { low: 10, high: 10, lowOpen: false, highOpen: false }, d7: { low: 0, high: 5, lowOpen: false, highOpen: true } },
    });
    const [stated, derived] = groupPoints(4, a);
    expect(stated).toMatchObject({ href: "/claims/1", derived: false, group: "4", best: 10 });
    expect(derived).toMatchObject({ href: "/claims/1", derived: true, period: { start: "2019-03-01", end: null, certainty: "open" } });
  });
});
