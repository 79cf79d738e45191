import { describe, expect, it } from "vitest";
import { resolveRelativePeriod } from "./period-phrases";

describe("resolveRelativePeriod, against a source published on 2024-08-13", () => {
  const published = "2024-08-13";

  it.each([
    ["this year", "2024-01-01", "2024-08-13"],
    ["so far this year", "2024-01-01", "2024-08-13"],
    ["the first half of 2024", "2024-01-01", "2024-06-30"],
    ["In the first half of 2024", "2024-01-01", "2024-06-30"],
    ["the first half of the year", "2024-01-01", "2024-06-30"],
    ["the first seven months of the year", "2024-01-01", "2024-07-31"],
    ["during the first seven months of the year", "2024-01-01", "2024-07-31"],
    ["the first 7 months of 2023", "2023-01-01", "2023-07-31"],
    ["in April", "2024-04-01", "2024-04-30"],
    ["In April", "2024-04-01", "2024-04-30"],
    ["in August", "2024-08-01", "2024-08-13"],
    ["in September", "2023-09-01", "2023-09-30"],
    ["last month", "2024-07-01", "2024-07-31"],
    ["in 2023", "2023-01-01", "2023-12-31"],
    ["since January", "2024-01-01", "2024-08-13"],
    ["since 2022", "2022-01-01", "2024-08-13"],
    ["this week", "2024-08-12", "2024-08-13"],
    ["last year", "2023-01-01", "2023-12-31"],
    ["the past three months", "2024-05-13", "2024-08-13"],
    ["the past 6 months", "2024-02-13", "2024-08-13"],
    ["the last two years", "2022-08-13", "2024-08-13"],
    ["the past month", "2024-07-13", "2024-08-13"],
    ["January 2024", "2024-01-01", "2024-01-31"],
    ["in March 2019", "2019-03-01", "2019-03-31"],
    ["2012-2013", "2012-01-01", "2013-12-31"],
    ["present tense", "2024-08-13", "2024-08-13"],
  ])("resolves %j to %s … %s", (label, start, end) => {
    expect(resolveRelativePeriod(label, published)).toEqual({ start, end });
  });

  it.each(["not stated", "earlier this year", "by September 2026", "recent months", "at its peak", "the first seven weeks of the year", ""])(
    "leaves %j unresolved rather than guess",
    (label) => {
      expect(resolveRelativePeriod(label, published)).toBeNull();
    },
  );

  it("never ends a period after the publication day", () => {
    expect(resolveRelativePeriod("this year", "2024-02-29")).toEqual({ start: "2024-01-01", end: "2024-02-29" });
    expect(resolveRelativePeriod("in 2025", published)).toBeNull();
  });

  it("rejects a publication day that is not a calendar day", () => {
    expect(resolveRelativePeriod("this year", "13 Aug 2024")).toBeNull();
  });
});
