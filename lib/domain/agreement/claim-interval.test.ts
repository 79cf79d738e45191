import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QUALIFIERS } from "@/lib/schemas/claim";
import {
  claimInterval,
  closedInterval,
  formatInterval,
  formatNumber,
  intersectIntervals,
  intervalContains,
  intervalGap,
  intervalInWords,
  intervalsOverlap,
  type StatedValue,
} from "./claim-interval";
import type { Interval } from "./types";

const counts = { tolerance: 0.1, nonNegative: true };
const signed = { tolerance: 0.1, nonNegative: false };

const value = (v: Partial<StatedValue> & Pick<StatedValue, "qualifier">): StatedValue => ({ low: null, best: null, high: null, vagueTerm: null, ...v });
const open = (low: number | null, high: number | null, lowOpen = false, highOpen = false): Interval => ({ low, high, lowOpen, highOpen });

describe("claimInterval", () => {
  it("reads an exact figure as a point", () => {
    expect(claimInterval(value({ qualifier: "exact", best: "233" }), counts)).toEqual(closedInterval(233, 233));
  });

  it("widens an approximate figure by the tolerance", () => {
    expect(claimInterval(value({ qualifier: "approximately", best: "2500" }), counts)).toEqual(closedInterval(2250, 2750));
  });

  it("keeps bounds the source states for an approximate figure", () => {
    expect(claimInterval(value({ qualifier: "approximately", best: "2500", low: "2400" }), counts)).toEqual(closedInterval(2400, 2750));
    expect(claimInterval(value({ qualifier: "approximately", best: "2500", low: "2000", high: "3000" }), counts)).toEqual(closedInterval(2000, 3000));
  });

  it("clamps an approximate figure at 0 only for a non-negative metric", () => {
    expect(claimInterval(value({ qualifier: "approximately", best: "1" }), { tolerance: 2, nonNegative: true })).toEqual(closedInterval(0, 3));
    expect(claimInterval(value({ qualifier: "approximately", best: "1" }), { tolerance: 2, nonNegative: false })).toEqual(closedInterval(-1, 3));
    expect(claimInterval(value({ qualifier: "approximately", best: "-10" }), signed)).toEqual(closedInterval(-11, -9));
  });

  it("reads lower bounds as open-ended above", () => {
    expect(claimInterval(value({ qualifier: "at_least", low: "12" }), counts)).toEqual(open(12, null));
    expect(claimInterval(value({ qualifier: "more_than", low: "100000" }), counts)).toEqual(open(100000, null, true));
  });

  it("reads upper bounds down to 0 for counts, to −∞ otherwise", () => {
    expect(claimInterval(value({ qualifier: "at_most", high: "50" }), counts)).toEqual(open(0, 50));
    expect(claimInterval(value({ qualifier: "fewer_than", high: "50" }), counts)).toEqual(open(0, 50, false, true));
    expect(claimInterval(value({ qualifier: "fewer_than", high: "50" }), signed)).toEqual(open(null, 50, false, true));
  });

  it("reads a range", () => {
    expect(claimInterval(value({ qualifier: "range", low: "5000", high: "7000" }), counts)).toEqual(closedInterval(5000, 7000));
  });

  it("reads a vague term through the table", () => {
    expect(claimInterval(value({ qualifier: "vague", vagueTerm: "thousands" }), counts)).toEqual(closedInterval(2000, 9999));
    expect(claimInterval(value({ qualifier: "vague", vagueTerm: "Dozens" }), counts)).toEqual(closedInterval(24, 99));
  });

  it("narrows a vague term by stated bounds, and lets the bounds win when they contradict the table", () => {
    expect(claimInterval(value({ qualifier: "vague", vagueTerm: "thousands", low: "5000" }), counts)).toEqual(closedInterval(5000, 9999));
    expect(claimInterval(value({ qualifier: "vague", vagueTerm: "thousands", high: "1500" }), counts)).toEqual(closedInterval(0, 1500));
  });

  it("never invents a number for a word without one", () => {
    expect(claimInterval(value({ qualifier: "vague", vagueTerm: "numerous" }), counts)).toBeNull();
    expect(claimInterval(value({ qualifier: "vague", vagueTerm: "many" }), counts)).toBeNull();
    expect(claimInterval(value({ qualifier: "vague", vagueTerm: "oodles" }), counts)).toBeNull();
    expect(claimInterval(value({ qualifier: "vague", vagueTerm: null }), counts)).toBeNull();
  });

  it("gives null when the value the qualifier needs is missing or unreadable", () => {
    expect(claimInterval(value({ qualifier: "exact" }), counts)).toBeNull();
    expect(claimInterval(value({ qualifier: "exact", best: "" }), counts)).toBeNull();
    expect(claimInterval(value({ qualifier: "at_least" }), counts)).toBeNull();
    expect(claimInterval(value({ qualifier: "range", low: "5" }), counts)).toBeNull();
    expect(claimInterval(value({ qualifier: "approximately", best: "abc" }), counts)).toBeNull();
  });
});

describe("intervalsOverlap and intervalGap", () => {
  it("respects open ends: (100, ∞) and [0, 100] share nothing", () => {
    expect(intervalsOverlap(open(100, null, true), closedInterval(0, 100))).toBe(false);
    expect(intervalsOverlap(open(100, null), closedInterval(0, 100))).toBe(true);
    expect(intervalGap(open(100, null, true), closedInterval(0, 100))).toEqual({ gap: 0, ratio: 1 });
  });

  it("measures the gap from the lower interval's high to the higher one's low", () => {
    const gap = intervalGap(closedInterval(13, 13), closedInterval(11, 11));
    expect(gap?.gap).toBe(2);
    expect(gap?.ratio).toBeCloseTo(13 / 11);
    expect(intervalGap(closedInterval(2250, 2750), closedInterval(2340, 2860))).toBeNull();
  });

  it("gives an infinite ratio when the lower interval reaches 0", () => {
    expect(intervalGap(closedInterval(0, 0), closedInterval(5, 5))).toEqual({ gap: 5, ratio: Infinity });
  });

  it("mirrors the ratio for negative values", () => {
    expect(intervalGap(closedInterval(-20, -20), closedInterval(-10, -10))).toEqual({ gap: 10, ratio: 2 });
    expect(intervalGap(closedInterval(-5, -5), closedInterval(5, 5))?.ratio).toBe(Infinity);
  });

  it("intersects intervals", () => {
    expect(intersectIntervals(closedInterval(0, 10), open(5, null, true))).toEqual(open(5, 10, true));
    expect(intersectIntervals(closedInterval(0, 5), open(5, null, true))).toBeNull();
  });
});

describe("formatInterval", () => {
  it.each<[Interval, string]>([
    [closedInterval(2250, 2750), "2,250–2,750"],
    [open(12, null), "≥ 12"],
    [open(100000, null, true), "> 100,000"],
    [open(0, 1375, false, true), "< 1,375"],
    [open(null, 50), "≤ 50"],
    [closedInterval(12, 12), "12"],
    [closedInterval(117.2844, 143.3476), "117.3–143.3"],
    [closedInterval(-5, -3), "-5 – -3"],
    [open(5, 10, true), "> 5 and ≤ 10"],
    [open(null, null), "any value"],
  ])("formats %j as %s", (interval, text) => {
    expect(formatInterval(interval)).toBe(text);
  });

  it("can show a zero floor", () => {
    expect(formatInterval(closedInterval(0, 5), { zeroFloorImplicit: false })).toBe("0–5");
    expect(formatInterval(closedInterval(0, 5))).toBe("≤ 5");
  });

  it("says intervals in words", () => {
    expect(intervalInWords(open(0, 1375, false, true))).toBe("fewer than 1,375");
    expect(intervalInWords(open(12, null))).toBe("at least 12");
    expect(intervalInWords(closedInterval(117.2844, 143.3476))).toBe("between 117.3 and 143.3");
  });

  it("rounds to at most 4 significant decimals and never rounds a whole part", () => {
    expect(formatNumber(116.66667)).toBe("116.7");
    expect(formatNumber(0.333333)).toBe("0.3333");
    expect(formatNumber(12345.678)).toBe("12,346");
    expect(formatNumber(-0)).toBe("0");
    expect(formatNumber(1.181818)).toBe("1.182");
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const bound = fc.option(fc.integer({ min: -1_000_000, max: 1_000_000 }), { nil: null });
const arbInterval: fc.Arbitrary<Interval> = fc
  .record({ a: bound, b: bound, lowOpen: fc.boolean(), highOpen: fc.boolean() })
  .map(({ a, b, lowOpen, highOpen }) => {
    const [low, high] = a !== null && b !== null && a > b ? [b, a] : [a, b];
    // A point must be closed to be non-empty.
    const point = low !== null && low === high;
    return { low, high, lowOpen: point ? false : lowOpen && low !== null, highOpen: point ? false : highOpen && high !== null };
  });

describe("interval properties", () => {
  it("overlap is symmetric", () => {
    fc.assert(fc.property(arbInterval, arbInterval, (a, b) => intervalsOverlap(a, b) === intervalsOverlap(b, a)));
  });

  it("an interval overlaps itself", () => {
    fc.assert(fc.property(arbInterval, (a) => intervalsOverlap(a, a)));
  });

  it("the gap is null exactly when the intervals overlap, and is symmetric otherwise", () => {
    fc.assert(
      fc.property(arbInterval, arbInterval, (a, b) => {
        const gap = intervalGap(a, b);
        if (intervalsOverlap(a, b)) return gap === null;
        const back = intervalGap(b, a);
        return gap !== null && back !== null && gap.gap >= 0 && gap.ratio >= 1 && gap.gap === back.gap && gap.ratio === back.ratio;
      }),
    );
  });

  it("overlapping intervals share a value; an intersection lies in both", () => {
    fc.assert(
      fc.property(arbInterval, arbInterval, fc.integer({ min: -1_000_001, max: 1_000_001 }), (a, b, x) => {
        const both = intervalContains(a, x) && intervalContains(b, x);
        if (both && !intervalsOverlap(a, b)) return false;
        const meet = intersectIntervals(a, b);
        return meet === null ? !intervalsOverlap(a, b) : intervalContains(meet, x) === both;
      }),
    );
  });

  it("a widened approximate interval contains its best value", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.boolean(),
        (best, tolerance, nonNegative) => {
          fc.pre(!nonNegative || best >= 0);
          const interval = claimInterval(value({ qualifier: "approximately", best: String(best) }), { tolerance, nonNegative });
          return interval !== null && intervalContains(interval, best);
        },
      ),
    );
  });

  it("reads “fewer than 0” of a count as impossible, so unknown, never as a number", () => {
    expect(claimInterval(value({ qualifier: "fewer_than", high: "0" }), counts)).toBeNull();
  });

  it("every stated value lies in its own interval", () => {
    fc.assert(
      // From 1: "fewer than 0" of a count is empty (tested above).
      fc.property(fc.constantFrom(...QUALIFIERS), fc.integer({ min: 1, max: 1_000_000 }), (qualifier, n) => {
        const stated = value({ qualifier, best: String(n), low: String(n), high: String(n), vagueTerm: "thousands" });
        const interval = claimInterval(stated, counts);
        if (qualifier === "more_than" || qualifier === "fewer_than") return interval !== null && !intervalContains(interval, n);
        return interval !== null && intervalContains(interval, n);
      }),
    );
  });
});
