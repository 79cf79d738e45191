import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boundedDecimal } from "@/lib/testing/arbitraries";
import { decimalSortKey, withinDecimalBound } from "./decimal-bound";

/** Exact comparison of two decimal strings without floats: by sign, then digits aligned on the point. */
function compareExact(a: string, b: string): number {
  const parts = (v: string) => {
    const negative = v.startsWith("-");
    const [int, frac = ""] = v.replace("-", "").split(".");
    const digits = int!.padStart(40, "0") + frac.padEnd(20, "0");
    const zero = /^0*$/.test(digits);
    return { negative: negative && !zero, digits };
  };
  const x = parts(a);
  const y = parts(b);
  if (x.negative !== y.negative) return x.negative ? -1 : 1;
  const c = x.digits < y.digits ? -1 : x.digits > y.digits ? 1 : 0;
  return x.negative ? -c : c;
}

describe("the bound on figures", () => {
  it("accepts 20 digits before the point and 10 after, and nothing longer", () => {
    expect(withinDecimalBound("9".repeat(20) + "." + "9".repeat(10))).toBe(true);
    expect(withinDecimalBound("1000000000000000000000")).toBe(false);
    expect(withinDecimalBound("0.12345678901")).toBe(false);
    expect(withinDecimalBound("00000000000000000000001.50000000000000")).toBe(true);
    expect(withinDecimalBound("9007199254740993")).toBe(true);
    expect(withinDecimalBound("1e5")).toBe(false);
  });
});

describe("decimalSortKey", () => {
  it("orders keys as the numbers they stand for, exactly, across signs and scales", () => {
    fc.assert(
      fc.property(boundedDecimal, boundedDecimal, (a, b) => {
        const byKey = Math.sign(decimalSortKey(a) < decimalSortKey(b) ? -1 : decimalSortKey(a) > decimalSortKey(b) ? 1 : 0);
        expect(byKey).toBe(compareExact(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it("tells apart numbers a double cannot", () => {
    expect(decimalSortKey("9007199254740993") > decimalSortKey("9007199254740992")).toBe(true);
    expect(decimalSortKey("123456789.1234567891") > decimalSortKey("123456789.123456789")).toBe(true);
    expect(decimalSortKey("-0.0")).toBe(decimalSortKey("0"));
    expect(decimalSortKey("2500")).toHaveLength(31);
  });
});
