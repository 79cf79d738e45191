import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claimInterval, closedInterval, intervalContains, type StatedValue } from "./claim-interval";
import { deriveBaseline, derivedValueLabel, relationPhrase, type RelativeRelation } from "./relative";

const counts = { tolerance: 0.1, nonNegative: true };
const value = (v: Partial<StatedValue> & Pick<StatedValue, "qualifier">): StatedValue => ({ low: null, best: null, high: null, vagueTerm: null, ...v });

// 003: "approximately 2,500 ... more than double the previous estimates from January 2024".
const about2500 = value({ qualifier: "approximately", best: "2500" });
const moreThanDouble: RelativeRelation = { kind: "multiple_of", factor: "2", comparator: "more_than" };
// 004: 43 killed, "around one-third of the group's strength" in Libya.
const killed43 = value({ qualifier: "exact", best: "43" });
const aboutOneThird: RelativeRelation = { kind: "fraction_of", factor: "0.3333", comparator: "approximately" };

describe("deriveBaseline", () => {
  it("reads “more than double” with the widest X: the January 2024 estimate is below 1,375", () => {
    expect(deriveBaseline(about2500, moreThanDouble, counts)).toEqual({ low: 0, high: 1375, lowOpen: false, highOpen: true });
  });

  it("reads “approximately one-third” with an approximate factor, rounded outwards to whole numbers: ISIS's Libya strength is 117–144", () => {
    const strength = deriveBaseline(killed43, aboutOneThird, counts)!;
    // 117.28–143.35 before rounding: a count written in whole numbers implies whole numbers.
    expect(strength.low).toBe(117);
    expect(strength.high).toBe(144);
    expect(intervalContains(strength, 129)).toBe(true);
  });

  it("divides exactly when the relation is exact", () => {
    expect(deriveBaseline(value({ qualifier: "exact", best: "300" }), { kind: "multiple_of", factor: "3", comparator: "exact" }, counts)).toEqual(closedInterval(100, 100));
    expect(deriveBaseline(value({ qualifier: "exact", best: "50" }), { kind: "fraction_of", factor: "0.25", comparator: null }, counts)).toEqual(closedInterval(200, 200));
  });

  it("bounds the baseline from below when X is at most, or fewer than, a multiple", () => {
    expect(deriveBaseline(value({ qualifier: "exact", best: "100" }), { kind: "multiple_of", factor: "2", comparator: "fewer_than" }, counts)).toEqual({
      low: 50,
      high: null,
      lowOpen: true,
      highOpen: false,
    });
    expect(deriveBaseline(value({ qualifier: "exact", best: "100" }), { kind: "multiple_of", factor: "2", comparator: "at_most" }, counts)).toEqual({
      low: 50,
      high: null,
      lowOpen: false,
      highOpen: false,
    });
  });

  it("gives null when nothing can be derived", () => {
    expect(deriveBaseline(value({ qualifier: "vague", vagueTerm: "numerous" }), moreThanDouble, counts)).toBeNull();
    expect(deriveBaseline(about2500, { ...moreThanDouble, factor: "0" }, counts)).toBeNull();
    expect(deriveBaseline(about2500, { ...moreThanDouble, factor: "" }, counts)).toBeNull();
    expect(deriveBaseline(about2500, { ...moreThanDouble, comparator: "range" }, counts)).toBeNull();
    // "more than double" an open-ended "at least 12" bounds nothing.
    expect(deriveBaseline(value({ qualifier: "at_least", low: "12" }), moreThanDouble, counts)).toBeNull();
  });

  it("always contains the baseline that produced an exact X, and never gives a finer precision than X's", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom("2", "3", "0.5", "0.25", "0.3333", "1.5"),
        fc.constantFrom<RelativeRelation["comparator"]>("exact", "approximately", null),
        (baseline, factor, comparator) => {
          const x = baseline * Number(factor);
          const derived = deriveBaseline(value({ qualifier: "exact", best: String(x) }), { kind: Number(factor) < 1 ? "fraction_of" : "multiple_of", factor, comparator }, counts);
          // Float division may land a hair off the exact baseline.
          return derived !== null && (intervalContains(derived, baseline) || Math.abs((derived.low ?? 0) - baseline) < 1e-6 * baseline);
        },
      ),
    );
  });

  it("for “more than f×”, the bound is within one unit (the figure's precision) of X's highest reading over f", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 2, max: 10 }), (x, f) => {
        const stated = value({ qualifier: "approximately", best: String(x) });
        const xHigh = claimInterval(stated, counts)!.high!;
        const derived = deriveBaseline(stated, { kind: "multiple_of", factor: String(f), comparator: "more_than" }, counts)!;
        return derived.highOpen && derived.high! * f >= xHigh - 1e-9 && (derived.high! - 1) * f < xHigh;
      }),
    );
  });
});

describe("relationPhrase and derivedValueLabel", () => {
  it("says the relation in words", () => {
    expect(relationPhrase(moreThanDouble)).toBe("more than double");
    expect(relationPhrase(aboutOneThird)).toBe("approximately one-third");
    expect(relationPhrase({ kind: "multiple_of", factor: "5", comparator: null })).toBe("5 times");
    expect(relationPhrase({ kind: "fraction_of", factor: "0.4", comparator: "at_least" })).toBe("at least 40% of");
  });

  it("labels a derived value as derived, with the words and the claim that imply it", () => {
    const interval = deriveBaseline(about2500, moreThanDouble, counts)!;
    expect(derivedValueLabel(interval, moreThanDouble, 12)).toBe("derived: fewer than 1,375, implied by “more than double” in claim #12");
  });
});
