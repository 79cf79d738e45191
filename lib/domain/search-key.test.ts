import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { phraseKeys, searchKey, searchKeyUpperBound } from "./search-key";

describe("search keys", () => {
  it.each([
    ["Côte d'Ivoire", "cote d ivoire"],
    ["  Northern   Iraq ", "northern iraq"],
    ["Şırnak Province", "şırnak province".normalize("NFKD").replace(/\p{M}+/gu, "")],
    ["Al-Hasakah", "al hasakah"],
    ["SDF (Syrian Democratic Forces)", "sdf syrian democratic forces"],
    ["الموصل", "الموصل"],
    ["Réunion", "reunion"],
  ])("%s → %s", (name, key) => {
    expect(searchKey(name)).toBe(key);
  });

  it("finds a name by any prefix of its key, and only names that start with it", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 12 }), fc.string({ maxLength: 12 }), (name, other) => {
        const key = searchKey(name);
        const prefix = key.slice(0, Math.max(1, Math.floor(key.length / 2)));
        if (prefix === "") return;
        const within = (k: string) => k >= prefix && k < searchKeyUpperBound(prefix);
        expect(within(key)).toBe(true);
        expect(within(searchKey(other))).toBe(searchKey(other).startsWith(prefix));
      }),
    );
  });
});

describe("phraseKeys", () => {
  it("gives every run of consecutive words as a search key, up to the longest name looked for", () => {
    expect(phraseKeys("according to the SDF’s media", 2)).toEqual(["according", "according to", "to", "to the", "the", "the sdf", "sdf", "sdf s", "s", "s media", "media"]);
    expect(phraseKeys("Syrian Democratic Forces (SDF) said")).toContain("syrian democratic forces sdf");
    expect(phraseKeys("  ")).toEqual([]);
  });

  it("finds a name only as whole words", () => {
    expect(phraseKeys("Iranian officials")).not.toContain("iran");
  });
});
