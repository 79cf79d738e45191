import { describe, expect, it } from "vitest";
import { placeClosure } from "./place-closure";

describe("placeClosure", () => {
  const graph = new Map<string, string[]>([
    ["world", []],
    ["middle-east", ["world"]],
    ["syria-and-iraq", ["middle-east"]],
    ["syria", ["syria-and-iraq", "middle-east"]],
    ["hasakah", ["syria"]],
  ]);

  it("lists every ancestor with its shortest depth, and the place itself", () => {
    const rows = placeClosure(graph).filter((r) => r.place === "hasakah");
    expect(rows).toEqual(
      expect.arrayContaining([
        { place: "hasakah", ancestor: "hasakah", depth: 0 },
        { place: "hasakah", ancestor: "syria", depth: 1 },
        { place: "hasakah", ancestor: "syria-and-iraq", depth: 2 },
        { place: "hasakah", ancestor: "middle-east", depth: 2 },
        { place: "hasakah", ancestor: "world", depth: 3 },
      ]),
    );
    expect(rows).toHaveLength(5);
  });

  it("refuses a cycle", () => {
    expect(() => placeClosure(new Map([["a", ["b"]], ["b", ["a"]]]))).toThrow(/cycle/);
  });
});
