import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { carryGroupIds } from "./group-identity";

describe("carryGroupIds", () => {
  it("keeps a group's address when a figure joins it", () => {
    const { keep, successor } = carryGroupIds([{ id: 40, members: ["1", "2"] }], [["1", "2", "3"]]);
    expect(keep).toEqual([40]);
    expect(successor.get(40)).toBe(0);
  });

  it("gives a merged group the address of the larger part, and leads the other there", () => {
    const { keep, successor } = carryGroupIds(
      [
        { id: 7, members: ["1"] },
        { id: 9, members: ["2", "3"] },
      ],
      [["1", "2", "3"]],
    );
    expect(keep).toEqual([9]);
    expect(successor.get(7)).toBe(0);
  });

  it("keeps a split group's address on the part with most of its members", () => {
    const { keep, successor } = carryGroupIds([{ id: 5, members: ["1", "2", "3"] }], [["1"], ["2", "3"]]);
    expect(keep).toEqual([null, 5]);
    expect(successor.get(5)).toBe(1);
  });

  it("has no successor for a group whose figures all left", () => {
    expect(carryGroupIds([{ id: 5, members: ["1"] }], [["2"]]).successor.get(5)).toBeNull();
  });

  it("property: every address is kept at most once, and by a group holding its members", () => {
    const member = fc.integer({ min: 1, max: 12 }).map(String);
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(member, { maxLength: 5 }), { maxLength: 5 }), fc.array(fc.uniqueArray(member, { maxLength: 5 }), { maxLength: 5 }), (oldSets, nextSets) => {
        // Members belong to one group at a time on each side.
        const seen = new Set<string>();
        const next = nextSets.map((s) => s.filter((m) => !seen.has(m) && seen.add(m)));
        const old = oldSets.map((members, i) => ({ id: i + 1, members }));
        const { keep, successor } = carryGroupIds(old, next);
        const kept = keep.filter((k) => k !== null);
        expect(new Set(kept).size).toBe(kept.length);
        keep.forEach((id, index) => {
          if (id !== null) expect(successor.get(id)).toBe(index);
        });
      }),
    );
  });
});
