import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeOrigins, originKey, type ActorDirectory, type ChainActor } from "./origins";

// Actors as in seeds/taxonomy.json.
const sdf: ChainActor = { slug: "sdf", kind: "military", affiliationSlug: null, name: "Syrian Democratic Forces (SDF)" };
const wsj: ChainActor = { slug: "wall-street-journal", kind: "news_outlet", affiliationSlug: null, name: "The Wall Street Journal" };
const jpost: ChainActor = { slug: "jerusalem-post", kind: "news_outlet", affiliationSlug: null, name: "The Jerusalem Post" };
const centcom: ChainActor = { slug: "centcom", kind: "military", affiliationSlug: null, name: "US Central Command (CENTCOM)" };
const rohilatAfrin: ChainActor = { slug: "rohilat-afrin", kind: "person", affiliationSlug: "sdf", name: "Rohilat Afrin, SDF co-commander", affiliationName: "Syrian Democratic Forces (SDF)" };
const aliAlHassan: ChainActor = { slug: "ali-al-hassan", kind: "person", affiliationSlug: "sdf-internal-security-forces" };
const unspecified: ChainActor = { slug: "unspecified-sources", kind: "unnamed", affiliationSlug: null };
const usMilitaryEstimates: ChainActor = { slug: "us-military-estimates", kind: "unnamed", affiliationSlug: null };

const shafaq001 = { id: 1, outletSlug: "shafaq-news", outletName: "Shafaq News" };
const shafaq003 = { id: 3, outletSlug: "shafaq-news", outletName: "Shafaq News" };
const undated000 = { id: 0, outletSlug: null, outletName: null };

describe("originKey", () => {
  it("traces 001's and 003's 233 captured to one origin, the SDF", () => {
    const a = originKey([sdf, wsj, jpost], shafaq001);
    const b = originKey([sdf, wsj], shafaq003);
    expect(a).toEqual({ key: "actor:sdf", label: "Syrian Democratic Forces (SDF)", named: true });
    expect(b.key).toBe(a.key);
  });

  it("tells CENTCOM and the SDF apart", () => {
    expect(originKey([centcom], shafaq003).key).not.toBe(originKey([sdf, wsj], shafaq003).key);
  });

  it("counts a person or unit with an affiliation as the organisation", () => {
    expect(originKey([rohilatAfrin], shafaq003)).toEqual({ key: "actor:sdf", label: "Syrian Democratic Forces (SDF)", named: true });
    expect(originKey([aliAlHassan], shafaq003).key).toBe("actor:sdf-internal-security-forces");
  });

  it("follows affiliations to the top when given the actor directory", () => {
    const actors: ActorDirectory = new Map([
      ["sdf", { name: "Syrian Democratic Forces (SDF)", affiliationSlug: null }],
      ["sdf-internal-security-forces", { name: "Internal Security Forces of northeast Syria", affiliationSlug: "sdf" }],
      ["ali-al-hassan", { name: "Brig. Gen. Ali al-Hassan", affiliationSlug: "sdf-internal-security-forces" }],
    ]);
    expect(originKey([aliAlHassan], shafaq003, actors)).toEqual({ key: "actor:sdf", label: "Syrian Democratic Forces (SDF)", named: true });
    expect(originKey([rohilatAfrin], shafaq003, actors).key).toBe("actor:sdf");
  });

  it("stops at a cycle in the affiliations", () => {
    const actors: ActorDirectory = new Map([
      ["a", { name: "A", affiliationSlug: "b" }],
      ["b", { name: "B", affiliationSlug: "a" }],
    ]);
    expect(originKey([{ slug: "a", kind: "military", affiliationSlug: "b" }], shafaq001, actors).key).toBe("actor:b");
  });

  it("keeps an unnamed actor an origin only within its own source", () => {
    const in002 = originKey([usMilitaryEstimates], { id: 2, outletSlug: null, outletName: null });
    const in004 = originKey([unspecified], { id: 4, outletSlug: null, outletName: null });
    const alsoIn003 = originKey([unspecified], shafaq003);
    expect(in002).toEqual({ key: "unnamed:us-military-estimates@source:2", label: "us-military-estimates in source #2", named: false });
    expect(in004.key).toBe("unnamed:unspecified-sources@source:4");
    expect(alsoIn003.key).not.toBe(in004.key);
  });

  it("makes the outlet the origin of an empty chain, or the source when the outlet is unknown", () => {
    expect(originKey([], shafaq001)).toEqual({ key: "actor:shafaq-news", label: "Shafaq News", named: true });
    expect(originKey([], undated000)).toEqual({ key: "source:0", label: "source #0", named: true });
  });

  it("names a source without an outlet by its title, with one pair of double quotation marks", () => {
    const titled = (title: string) => originKey([], { id: 7, outletSlug: null, outletName: null, title }).label;
    expect(titled("Raids in Raqqa")).toBe("the article “Raids in Raqqa”");
    expect(titled("“We will stay,” the commander said")).toBe("the article “‘We will stay,’ the commander said”");
    expect(titled("\"Raids in Raqqa\"")).toBe("the article “Raids in Raqqa”");
    expect(titled("“Raids in Raqqa”")).toBe("the article “Raids in Raqqa”");
  });

  it("gives an outlet the same key as a chain that starts with it", () => {
    expect(originKey([], { id: 9, outletSlug: "wall-street-journal", outletName: "WSJ" }).key).toBe(originKey([wsj], shafaq001).key);
  });
});

describe("mergeOrigins", () => {
  it("gives claims linked by same_report one origin, whatever their own keys", () => {
    const own = new Map([
      ["1", "actor:wall-street-journal"],
      ["3", "actor:sdf"],
      ["7", "actor:sdf"],
      ["9", "actor:centcom"],
    ]);
    const canonical = mergeOrigins([["3", "1"]], own);
    expect(canonical("1")).toBe(canonical("3"));
    // Another SDF claim is the same origin as the merged report; CENTCOM stays apart.
    expect(canonical("7")).toBe(canonical("3"));
    expect(canonical("9")).toBe("actor:centcom");
  });

  it("prefers a named key to an unnamed one", () => {
    const own = new Map([
      ["10", "unnamed:unspecified-sources@source:4"],
      ["11", "actor:sdf"],
    ]);
    expect(mergeOrigins([["10", "11"]], own)("10")).toBe("actor:sdf");
  });

  it("follows chains of pairs", () => {
    const own = new Map([
      ["1", "actor:c"],
      ["2", "actor:b"],
      ["3", "actor:a"],
    ]);
    const canonical = mergeOrigins([["1", "2"], ["2", "3"]], own);
    expect(new Set(["1", "2", "3"].map((id) => canonical(id)))).toEqual(new Set(["actor:a"]));
  });

  it("without all keys up front, gives a linked group the first key it is told", () => {
    const canonical = mergeOrigins([["3", "1"]]);
    expect(canonical("1", "actor:wall-street-journal")).toBe("actor:wall-street-journal");
    expect(canonical("3", "actor:sdf")).toBe("actor:wall-street-journal");
    expect(canonical("5", "actor:centcom")).toBe("actor:centcom");
    expect(() => canonical("6")).toThrow(RangeError);
  });

  it("does not depend on the order of the pairs or of the keys", () => {
    const ids = ["1", "2", "3", "4", "5", "6"];
    const arb = fc.record({
      keys: fc.array(fc.constantFrom("actor:a", "actor:b", "actor:c", "unnamed:x@source:1"), { minLength: 6, maxLength: 6 }),
      pairs: fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)), { maxLength: 6 }),
      seed: fc.integer(),
    });
    fc.assert(
      fc.property(arb, ({ keys, pairs, seed }) => {
        const own = new Map(ids.map((id, i) => [id, keys[i]!]));
        const shuffled = [...pairs].reverse().map(([a, b]) => (seed % 2 === 0 ? ([b, a] as const) : ([a, b] as const)));
        const reversedKeys = new Map([...own].reverse());
        const x = mergeOrigins(pairs, own);
        const y = mergeOrigins(shuffled, reversedKeys);
        return ids.every((id) => x(id) === y(id)) && pairs.every(([a, b]) => x(a) === x(b));
      }),
    );
  });
});
