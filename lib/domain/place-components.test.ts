import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupByNestedPlaces } from "./place-components";

// world(1) > syria-and-iraq(2) > syria(3), iraq(4); syria > hasakah(5); afghanistan(6) > kabul(7)
const ancestors = new Map<number, number[]>([
  [1, [1]],
  [2, [2, 1]],
  [3, [3, 2, 1]],
  [4, [4, 2, 1]],
  [5, [5, 3, 2, 1]],
  [6, [6, 1]],
  [7, [7, 6, 1]],
]);
const ids = (groups: Array<Array<{ id: string }>>) => groups.map((g) => g.map((i) => i.id));

describe("groupByNestedPlaces", () => {
  it("keeps sibling places apart when nothing links them", () => {
    const items = [{ id: "syria", placeId: 3 }, { id: "iraq", placeId: 4 }, { id: "hasakah", placeId: 5 }];
    expect(ids(groupByNestedPlaces(items, ancestors))).toEqual([["syria", "hasakah"], ["iraq"]]);
  });

  it("joins siblings through a figure for the place containing both", () => {
    const items = [{ id: "syria", placeId: 3 }, { id: "iraq", placeId: 4 }, { id: "both", placeId: 2 }];
    expect(ids(groupByNestedPlaces(items, ancestors))).toEqual([["syria", "iraq", "both"]]);
  });

  it("joins everything through a world-wide figure", () => {
    const items = [{ id: "kabul", placeId: 7 }, { id: "iraq", placeId: 4 }, { id: "world", placeId: 1 }];
    expect(groupByNestedPlaces(items, ancestors)).toHaveLength(1);
  });

  it("puts every item in exactly one group, whatever the input order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 30 }), (places) => {
        const items = places.map((placeId, i) => ({ id: String(i), placeId }));
        const groups = groupByNestedPlaces(items, ancestors);
        expect(groups.flat().map((i) => i.id).sort()).toEqual(items.map((i) => i.id).sort());
        const reversed = groupByNestedPlaces([...items].reverse(), ancestors);
        expect(reversed.map((g) => g.map((i) => i.id).sort())).toEqual(groups.map((g) => g.map((i) => i.id).sort()));
      }),
    );
  });
});
