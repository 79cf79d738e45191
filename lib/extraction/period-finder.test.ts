import { describe, expect, it } from "vitest";
import { findPeriod, presentTense, resolveExtended } from "./period-finder";

describe("resolveExtended: spans and relative phrases against the publication day", () => {
  it.each([
    ["between 3-9 May", "2024-05-16", { start: "2024-05-03", end: "2024-05-09" }],
    ["3-9 May", "2024-04-20", { start: "2023-05-03", end: "2023-05-09" }],
    ["May 3-9, 2022", "2024-05-16", { start: "2022-05-03", end: "2022-05-09" }],
    ["since early June", "2025-07-10", { start: "2025-06-01", end: "2025-07-10" }],
    ["since late November", "2025-02-06", { start: "2024-11-21", end: "2025-02-06" }],
    ["since February 2022", "2025-03-20", { start: "2022-02-01", end: "2025-03-20" }],
    ["since 2020", "2025-02-06", { start: "2020-01-01", end: "2025-02-06" }],
    ["since the start of the year", "2025-03-20", { start: "2025-01-01", end: "2025-03-20" }],
    ["over the past two years", "2025-07-10", { start: "2023-07-10", end: "2025-07-10" }],
    ["in the past three decades", "2024-09-19", { start: "1994-09-19", end: "2024-09-19" }],
    ["over the past year", "2025-02-06", { start: "2024-02-06", end: "2025-02-06" }],
    ["last quarter", "2024-05-16", { start: "2024-01-01", end: "2024-03-31" }],
    ["last quarter", "2024-02-10", { start: "2023-10-01", end: "2023-12-31" }],
    ["in the last quarter of 2024", "2025-02-06", { start: "2024-10-01", end: "2024-12-31" }],
    ["through the first quarter of next year", "2024-12-12", { start: "2025-01-01", end: "2025-03-31" }],
    ["in the coming weeks", "2025-02-06", { start: "2025-02-06", end: "2025-03-06" }],
    ["in the coming months", "2025-07-10", { start: "2025-07-10", end: "2025-10-10" }],
    ["over the next six months", "2024-11-28", { start: "2024-11-28", end: "2025-05-28" }],
    ["within a month", "2025-01-30", { start: "2025-01-30", end: "2025-02-28" }],
    ["by the end of the year", "2024-05-16", { start: "2024-05-16", end: "2024-12-31" }],
    ["until the end of 2026", "2024-09-19", { start: "2024-09-19", end: "2026-12-31" }],
    ["by March", "2024-11-28", { start: "2024-11-28", end: "2025-03-31" }],
    ["overnight", "2025-03-20", { start: "2025-03-19", end: "2025-03-20" }],
    ["from January through March", "2024-04-05", { start: "2024-01-01", end: "2024-03-31" }],
    ["from October through December", "2024-04-05", { start: "2023-10-01", end: "2023-12-31" }],
    ["between November and February", "2025-03-20", { start: "2024-11-01", end: "2025-02-28" }],
    ["between August 2014 and the end of August 2019", "2019-09-26", { start: "2014-08-01", end: "2019-08-31" }],
    ["October 2016 to July 2017", "2017-09-29", { start: "2016-10-01", end: "2017-07-31" }],
  ])("%s (published %s)", (label, publishedOn, expected) => {
    expect(resolveExtended(label, publishedOn)).toEqual(expected);
  });

  it("leaves relative phrases unresolved without a publication day", () => {
    expect(resolveExtended("since early June", null)).toBeNull();
    expect(resolveExtended("last quarter", null)).toBeNull();
  });
});

describe("findPeriod", () => {
  const period = (text: string, surface: string, publishedOn: string | null) => {
    const start = text.indexOf(surface);
    return findPeriod(text, text, { start: 0, end: text.length }, { start, end: start + surface.length }, publishedOn);
  };

  it("reads 'in the first half of 2023' and 'since … in April 2023'", () => {
    expect(period("In the first half of 2023, 153 attacks were claimed.", "153", "2024-08-13")).toMatchObject({ start: "2023-01-01", end: "2023-06-30" });
    expect(period("More than 11 million people have fled since fighting broke out in April 2023.", "11 million", "2024-11-28")).toMatchObject({ start: "2023-04-01", end: "2024-11-28" });
  });

  it("reads a year followed by a comma, and a span of months", () => {
    expect(period("Since the beginning of operations in 2014, the coalition has freed 7.7 million people.", "7.7 million", "2019-09-26")).toMatchObject({ start: "2014-01-01", end: "2019-09-26" });
    expect(period("The October 2016 to July 2017 battle cost 1,200 lives.", "1,200", "2017-09-29")).toMatchObject({ start: "2016-10-01", end: "2017-07-31" });
  });

  it("leaves 'during this period' to the period named before", () => {
    expect(period("During this period, at least 1,335 civilians were killed.", "1,335", "2019-09-26")).toMatchObject({ start: null, label: "During this period" });
  });

  it("takes the phrase of the figure's own clause", () => {
    const text = "The mission has about 14,000 troops, but a plan agreed in 2023 will cut that.";
    expect(period(text, "14,000", "2025-01-30")).toMatchObject({ start: null, label: "" });
  });

  it("does not take a hedge's 'than' for a baseline", () => {
    expect(period("Attacks more than doubled in the past three decades.", "more than doubled", "2024-09-19")).toMatchObject({ start: "1994-09-19" });
  });
});

describe("presentTense", () => {
  const present = (text: string, surface: string) => {
    const start = text.indexOf(surface);
    return presentTense(text, { start: 0, end: text.length }, { start, end: start + surface.length });
  };
  it("reads the figure's clause", () => {
    expect(present("About 900 American troops remain in the country.", "900")).toBe(true);
    expect(present("The mission has about 14,000 troops.", "14,000")).toBe(true);
    expect(present("Gunmen killed 23 civilians.", "23")).toBe(false);
    expect(present("The army has killed 40 fighters.", "40")).toBe(false);
  });
});
