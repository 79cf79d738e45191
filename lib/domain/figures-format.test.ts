import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QUALIFIERS } from "@/lib/schemas/claim";
import {
  formatClaimValue,
  formatDay,
  formatDecimal,
  formatPeriod,
  qualifierLabel,
  type ClaimValueForDisplay,
} from "./figures-format";

describe("formatDecimal", () => {
  it.each([
    ["2500", "2,500"],
    ["38000", "38,000"],
    ["0.25", "0.25"],
    ["-3", "-3"],
    ["-1234567.5", "-1,234,567.5"],
    ["1234.500", "1,234.500"],
    ["0", "0"],
    ["007", "7"],
    ["-0.5", "-0.5"],
    ["12345678901234567890123", "12,345,678,901,234,567,890,123"],
    ["0.1234567890123456789012345", "0.1234567890123456789012345"],
  ])("%s → %s", (input, expected) => {
    expect(formatDecimal(input)).toBe(expected);
  });

  it("uses the locale's grouping and decimal mark but keeps western digits", () => {
    expect(formatDecimal("-2500.250", "de-DE")).toBe("-2.500,250");
    expect(formatDecimal("1234567.5", "en-IN")).toBe("12,34,567.5");
    expect(formatDecimal("1234.5", "ar-EG")).toBe("1,234.5"); // not "١٬٢٣٤٫٥"
  });

  it.each(["", "1,000", "1e3", "1.", ".5", " 1", "NaN", "+1"])("rejects %j", (input) => {
    expect(() => formatDecimal(input)).toThrow(RangeError);
  });

  it("only adds separators to the digits, exactly, at any size (property)", () => {
    const decimal = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 40n }), fc.option(fc.stringMatching(/^\d{1,30}$/)))
      .map(([negative, integer, fraction]) => `${negative ? "-" : ""}${integer}${fraction === null ? "" : "." + fraction}`);
    fc.assert(
      fc.property(decimal, (value) => {
        const formatted = formatDecimal(value);
        expect(formatted.replace(/,/g, "")).toBe(value);
        const integerPart = formatted.replace(/^-/, "").split(".")[0]!;
        expect(integerPart).toMatch(/^\d{1,3}(,\d{3})*$/);
      }),
    );
  });
});

describe("qualifierLabel", () => {
  it("gives a readable label for every qualifier", () => {
    expect(QUALIFIERS.map(qualifierLabel)).toEqual([
      "exact",
      "approximately",
      "at least",
      "more than",
      "at most",
      "fewer than",
      "range",
      "vague",
    ]);
  });
});

describe("formatClaimValue", () => {
  const value = (v: Partial<ClaimValueForDisplay> & Pick<ClaimValueForDisplay, "qualifier">): ClaimValueForDisplay => ({
    low: null,
    best: null,
    high: null,
    vagueTerm: null,
    ...v,
  });

  it.each([
    [value({ qualifier: "exact", best: "2500" }), undefined, "2,500"],
    [value({ qualifier: "approximately", best: "2500", low: "2000", high: "3000" }), undefined, "≈ 2,500"],
    [value({ qualifier: "at_least", low: "12" }), undefined, "≥ 12"],
    [value({ qualifier: "more_than", low: "100000" }), undefined, "> 100,000"],
    [value({ qualifier: "at_most", high: "5" }), undefined, "≤ 5"],
    [value({ qualifier: "fewer_than", high: "5" }), undefined, "< 5"],
    [value({ qualifier: "range", low: "5000", high: "7000" }), undefined, "5,000–7,000"],
    [value({ qualifier: "range", low: "-5", high: "-3" }), "°C", "-5 – -3 °C"],
    [value({ qualifier: "exact", best: "38000" }), "km²", "38,000 km²"],
    [value({ qualifier: "range", low: "5000", high: "7000" }), "people", "5,000–7,000 people"],
    [value({ qualifier: "vague", vagueTerm: "thousands" }), undefined, "thousands"],
    [value({ qualifier: "vague", vagueTerm: "thousands" }), "people", "thousands of people"],
    [value({ qualifier: "vague", vagueTerm: "hundreds", best: "243" }), undefined, "hundreds (≈ 243)"],
    [value({ qualifier: "vague", vagueTerm: "dozens", low: "24", high: "144" }), "homes", "dozens of homes (24–144)"],
    [value({ qualifier: "vague", vagueTerm: "thousands", low: "2000" }), undefined, "thousands (≥ 2,000)"],
    [value({ qualifier: "vague", vagueTerm: "a few", high: "5" }), undefined, "a few (≤ 5)"],
    // Only plural nouns of quantity take "of": never "numerous of strikes".
    [value({ qualifier: "vague", vagueTerm: "numerous" }), "strikes", "numerous strikes"],
    [value({ qualifier: "vague", vagueTerm: "a few hundred" }), "fighters", "a few hundred fighters"],
    [value({ qualifier: "vague", vagueTerm: "tens of thousands" }), "people", "tens of thousands of people"],
  ])("%o %s → %s", (input, unit, expected) => {
    expect(formatClaimValue(input, unit)).toBe(expected);
  });

  it.each([
    [value({ qualifier: "exact", best: "0.25" }), "25%"],
    [value({ qualifier: "approximately", best: "0.3333" }), "≈ 33.33%"],
    [value({ qualifier: "exact", best: "1" }), "100%"],
    [value({ qualifier: "exact", best: "12.5" }), "1,250%"],
    [value({ qualifier: "exact", best: "0.005" }), "0.5%"],
    [value({ qualifier: "exact", best: "0.2500" }), "25.00%"],
    [value({ qualifier: "exact", best: "-0.1" }), "-10%"],
    [value({ qualifier: "range", low: "0.25", high: "0.3" }), "25–30%"],
    [value({ qualifier: "more_than", low: "0.5" }), "> 50%"],
    [value({ qualifier: "vague", vagueTerm: "a third", best: "0.3333" }), "a third (≈ 33.33%)"],
    [value({ qualifier: "vague", vagueTerm: "most" }), "most"],
  ])("shows a share %o as %s", (input, expected) => {
    expect(formatClaimValue(input, "share")).toBe(expected);
  });

  it("computes shares exactly, for any value (property)", () => {
    // Oracle: scale to an integer with BigInt, multiply by 100, and place the point back.
    const share = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.nat(8)).map(([units, scale]) => ({ units, scale }));
    fc.assert(
      fc.property(share, ({ units, scale }) => {
        const digits = units.toString().padStart(scale + 1, "0");
        const asText = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
        const percentScale = Math.max(0, scale - 2);
        const hundredfold = (units * 100n) / 10n ** BigInt(scale - percentScale);
        const expected = hundredfold.toString().padStart(percentScale + 1, "0");
        const expectedText = percentScale === 0 ? expected : `${expected.slice(0, -percentScale)}.${expected.slice(-percentScale)}`;
        const shown = formatClaimValue(value({ qualifier: "exact", best: asText }), "share");
        expect(shown.replace(/,/g, "")).toBe(`${expectedText}%`);
      }),
    );
  });

  it("refuses a figure without the value its qualifier needs", () => {
    expect(() => formatClaimValue(value({ qualifier: "exact", low: "3" }))).toThrow(RangeError);
    expect(() => formatClaimValue(value({ qualifier: "range", low: "3" }))).toThrow(/range.*high/);
    expect(() => formatClaimValue(value({ qualifier: "vague", best: "3" }))).toThrow(RangeError);
    expect(() => formatClaimValue(value({ qualifier: "exact", best: "3.0.1" }))).toThrow(RangeError);
  });
});

describe("formatDay", () => {
  it("writes the day, a fixed English month and the year", () => {
    expect(formatDay("2024-08-13")).toBe("13 Aug 2024");
    expect(formatDay("2019-03-01")).toBe("1 Mar 2019");
    expect(formatDay("2024-02-29")).toBe("29 Feb 2024");
    expect(formatDay("2000-02-29")).toBe("29 Feb 2000");
    expect(formatDay(null)).toBe("Undated");
  });

  it.each(["2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-8-13", "13 Aug 2024", ""])("rejects %j", (iso) => {
    expect(() => formatDay(iso)).toThrow(RangeError);
  });
});

describe("formatPeriod", () => {
  const period = (start: string | null, end: string | null, label = "") => formatPeriod({ start, end, label });

  it.each([
    ["2024-01-01", "2024-08-13", "1 Jan – 13 Aug 2024"],
    ["2024-08-01", "2024-08-13", "1–13 Aug 2024"],
    ["2023-12-15", "2024-01-10", "15 Dec 2023 – 10 Jan 2024"],
    ["2024-01-01", "2024-01-31", "Jan 2024"],
    ["2024-02-01", "2024-02-29", "Feb 2024"],
    ["2023-02-01", "2023-02-28", "Feb 2023"],
    ["2024-01-01", "2024-12-31", "2024"],
    ["2019-01-01", "2021-12-31", "2019–2021"],
    ["2024-01-01", "2024-06-30", "H1 2024"],
    ["2024-07-01", "2024-12-31", "H2 2024"],
    ["2024-04-01", "2024-06-30", "Q2 2024"],
    ["2024-10-01", "2024-12-31", "Q4 2024"],
    ["2024-02-01", "2024-04-30", "Feb – Apr 2024"],
    ["2023-11-01", "2024-02-29", "Nov 2023 – Feb 2024"],
    ["2024-08-13", "2024-08-13", "as of 13 Aug 2024"],
    ["2024-01-01", "2024-01-01", "as of 1 Jan 2024"],
    ["2024-01-01", "2024-06-29", "1 Jan – 29 Jun 2024"],
    ["2024-01-02", "2024-01-31", "2–31 Jan 2024"],
    ["2019-03-01", null, "from 1 Mar 2019"],
    [null, "2024-08-13", "until 13 Aug 2024"],
  ])("%s – %s → %s", (start, end, expected) => {
    expect(period(start, end)).toBe(expected);
  });

  it("says when the period is unknown, with the source's words if any", () => {
    expect(period(null, null)).toBe("Unknown period");
    expect(period(null, null, "  ")).toBe("Unknown period");
    expect(period(null, null, "On Tuesday")).toBe('Unknown period ("On Tuesday")');
  });

  it("refuses a period that ends before it starts or a malformed day", () => {
    expect(() => period("2024-08-13", "2024-08-01")).toThrow(RangeError);
    expect(() => period("2024-02-30", "2024-03-01")).toThrow(RangeError);
  });
});
