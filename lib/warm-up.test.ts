import { describe, expect, it } from "vitest";
import { warmPaths } from "./warm-up";

describe("warmPaths", () => {
  it("takes one link of each kind of page from the home page", () => {
    const html = `<a href="/topics/a">A</a><a href="/topics/b">B</a><a href="/claims/12">x</a><a href="/metrics/m-1">m</a><a href="/sources/3#claim-12">s</a>`;
    expect(warmPaths(html)).toEqual(["/sources", "/conflicts", "/how-to-read", "/topics/a", "/metrics/m-1", "/claims/12", "/sources/3"]);
  });

  it("asks only for the fixed lists of an empty ledger", () => {
    expect(warmPaths("<main>No topics yet</main>")).toEqual(["/sources", "/conflicts", "/how-to-read"]);
  });
});
