import { describe, expect, it } from "vitest";
import { compareDecimals, fromResolvedNumber, parseDigits, shiftDecimal } from "./decimal";

describe("exact decimals", () => {
  it.each([
    ["2,500", "2500"],
    ["1.50", "1.5"],
    ["007", "7"],
    ["0.25", "0.25"],
    ["2,5", null],
  ])("parseDigits(%s) = %s", (input, expected) => expect(parseDigits(input)).toBe(expected));

  it.each([
    ["1.5", 6, "1500000"],
    ["5.9", 6, "5900000"],
    ["45", -2, "0.45"],
    ["4", -2, "0.04"],
    ["100", -2, "1"],
    ["0.5", 6, "500000"],
  ])("shiftDecimal(%s, %i) = %s", (value, places, expected) => expect(shiftDecimal(value, places)).toBe(expected));

  it("writes recognizer floats as the seeds do", () => {
    expect(fromResolvedNumber("0.333333333333333")).toBe("0.3333");
    expect(fromResolvedNumber("0.666666666666667")).toBe("0.6667");
    expect(fromResolvedNumber("0.25")).toBe("0.25");
    expect(fromResolvedNumber("0.125")).toBe("0.125");
    expect(fromResolvedNumber("1500000")).toBe("1500000");
    expect(fromResolvedNumber("INFINITY")).toBeNull();
  });

  it("compares decimals as numbers", () => {
    expect(compareDecimals("5000", "7000")).toBe(-1);
    expect(compareDecimals("10", "9.99")).toBe(1);
    expect(compareDecimals("0.5", "0.50")).toBe(0);
  });
});
