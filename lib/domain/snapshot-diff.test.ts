import { describe, expect, it } from "vitest";
import { diffSnapshots } from "./snapshot-diff";

describe("diffSnapshots", () => {
  const v1 = JSON.stringify({ value: { best: "2500", qualifier: "approximately" }, placeId: 3, attribution: [1, 2], note: "" });

  it("names each changed field with its old and new value", () => {
    const v2 = JSON.stringify({ value: { best: "2600", qualifier: "approximately" }, placeId: 4, attribution: [1, 2], note: "" });
    expect(diffSnapshots(v1, v2)).toEqual([
      { path: "placeId", before: "3", after: "4" },
      { path: "value.best", before: "2500", after: "2600" },
    ]);
  });

  it("compares arrays whole and reports added and removed fields", () => {
    const v2 = JSON.stringify({ value: { best: "2500", qualifier: "approximately" }, placeId: 3, attribution: [2], status: "retracted" });
    expect(diffSnapshots(v1, v2)).toEqual([
      { path: "attribution", before: "[1,2]", after: "[2]" },
      { path: "note", before: "", after: null },
      { path: "status", before: null, after: "retracted" },
    ]);
  });

  it("treats the first revision as all new and an identical one as no change", () => {
    expect(diffSnapshots(null, v1).map((c) => c.path)).toEqual(["attribution", "note", "placeId", "value.best", "value.qualifier"]);
    expect(diffSnapshots(v1, v1)).toEqual([]);
  });
});
