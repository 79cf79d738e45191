import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KeyedUnionFind, UnionFind } from "./union-find";

describe("UnionFind", () => {
  it("links positions through chains of unions, the smallest position being the root", () => {
    const sets = new UnionFind(6);
    sets.union(4, 2);
    sets.union(2, 5);
    sets.union(1, 0);
    expect([0, 1, 2, 3, 4, 5].map((i) => sets.find(i))).toEqual([0, 0, 2, 3, 2, 2]);
    expect(sets.add()).toBe(6);
    expect(sets.find(6)).toBe(6);
  });

  it("finds the same sets whatever the order of the unions", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(19), fc.nat(19)), { maxLength: 40 }), (pairs) => {
        const forward = new UnionFind(20);
        const backward = new UnionFind(20);
        pairs.forEach(([a, b]) => forward.union(a, b));
        [...pairs].reverse().forEach(([a, b]) => backward.union(b, a));
        for (let i = 0; i < 20; i += 1) expect(forward.find(i)).toBe(backward.find(i));
      }),
    );
  });
});

describe("KeyedUnionFind", () => {
  it("links keys, each set named by the first of its keys seen", () => {
    const sets = new KeyedUnionFind<string>();
    sets.union("b", "c");
    sets.union("a", "c");
    expect([sets.find("a"), sets.find("b"), sets.find("c"), sets.find("d")]).toEqual(["b", "b", "b", "d"]);
  });
});
