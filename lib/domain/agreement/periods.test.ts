import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparePeriods, describePeriod } from "./periods";
import type { AnalysisPeriod } from "./types";

const stated = (start: string, end: string): AnalysisPeriod => ({ start, end, certainty: "stated" });
const open = (start: string | null, end: string | null = null): AnalysisPeriod => ({ start, end, certainty: "open" });

describe("comparePeriods", () => {
  it("compares stated periods as inclusive day ranges", () => {
    // 001's "this year" and 003's "the first seven months of the year".
    expect(comparePeriods(stated("2024-01-01", "2024-08-13"), stated("2024-01-01", "2024-07-31"))).toBe("overlap");
    expect(comparePeriods(stated("2024-04-01", "2024-04-30"), stated("2024-04-30", "2024-05-31"))).toBe("overlap");
    expect(comparePeriods(stated("2024-01-01", "2024-01-31"), stated("2024-04-01", "2024-04-30"))).toBe("disjoint");
  });

  it("is uncertain when either period is open", () => {
    expect(comparePeriods(open(null), stated("2021-08-26", "2021-08-26"))).toBe("uncertain");
    expect(comparePeriods(open("2019-03-01"), stated("2024-04-01", "2024-04-30"))).toBe("uncertain");
    expect(comparePeriods(open(null), open(null))).toBe("uncertain");
  });

  it("is disjoint when the known bounds already keep an open period apart", () => {
    expect(comparePeriods(open("2022-01-01"), stated("2019-03-01", "2019-03-31"))).toBe("disjoint");
    expect(comparePeriods(stated("2019-03-01", "2019-03-31"), open("2022-01-01"))).toBe("disjoint");
    expect(comparePeriods(open(null, "2020-01-01"), open("2021-01-01"))).toBe("disjoint");
  });

  it("is symmetric", () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2018, 0, 1 + n)).toISOString().slice(0, 10));
    const period: fc.Arbitrary<AnalysisPeriod> = fc
      .record({ a: fc.option(day, { nil: null }), b: fc.option(day, { nil: null }), statedIfComplete: fc.boolean() })
      .map(({ a, b, statedIfComplete }) => {
        const [start, end] = a !== null && b !== null && a > b ? [b, a] : [a, b];
        return { start, end, certainty: statedIfComplete && start !== null && end !== null ? "stated" : "open" };
      });
    fc.assert(fc.property(period, period, (a, b) => comparePeriods(a, b) === comparePeriods(b, a)));
  });
});

describe("describePeriod", () => {
  it.each<[AnalysisPeriod, string]>([
    [stated("2024-04-01", "2024-04-30"), "Apr 2024"],
    [stated("2021-08-26", "2021-08-26"), "26 Aug 2021"],
    [stated("2024-01-01", "2024-06-30"), "H1 2024"],
    [stated("2024-01-01", "2024-08-13"), "1 Jan – 13 Aug 2024"],
    [open("2019-03-01"), "undated, not before Mar 2019"],
    [open("2024-07-31"), "undated, not before 31 Jul 2024"],
    [open(null, "2026-11-21"), "undated, not after 21 Nov 2026"],
    [open("2022-01-01", "2026-11-21"), "undated, between Jan 2022 and 21 Nov 2026"],
    [open(null), "unknown period"],
  ])("describes %j as %s", (period, text) => {
    expect(describePeriod(period)).toBe(text);
  });
});
