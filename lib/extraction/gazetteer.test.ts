import { describe, expect, it } from "vitest";
import { slugify } from "@/lib/domain/slug";
import { countriesGazetteer, createPlaceMatcher, mergeGazetteers } from "./gazetteer";

describe("countriesGazetteer", () => {
  const countries = countriesGazetteer();
  it("lists the world's countries with names, aliases, demonyms and codes", () => {
    expect(countries.length).toBeGreaterThan(200);
    const syria = countries.find((c) => c.iso2 === "SY")!;
    expect(syria).toMatchObject({ slug: "syria", name: "Syria", kind: "country" });
    expect(syria.aliases).toEqual(expect.arrayContaining(["Syrian Arab Republic", "Syrian", "SY", "SYR"]));
    expect(countries.find((c) => c.iso2 === "US")!.aliases).toEqual(expect.arrayContaining(["U.S.", "USA", "American"]));
  });
});

describe("mergeGazetteers", () => {
  it("lets the ledger's places replace a country by slug or ISO code and keep its aliases", () => {
    const merged = mergeGazetteers(countriesGazetteer(), [
      { slug: "syria", name: "Syria", aliases: [], kind: "country", iso2: "SY" },
      { slug: "iraq-country", name: "Iraq", aliases: [], kind: "country", iso2: "IQ" },
      { slug: "hasakah", name: "Hasakah Governorate", aliases: ["Hasakah"], kind: "province" },
    ]);
    expect(merged.filter((e) => e.iso2 === "IQ").map((e) => e.slug)).toEqual(["iraq-country"]);
    expect(merged.find((e) => e.slug === "iraq-country")!.aliases).toContain("Iraqi");
    expect(merged.find((e) => e.slug === "hasakah")).toBeDefined();
  });
});

describe("createPlaceMatcher", () => {
  const matcher = createPlaceMatcher(
    mergeGazetteers(countriesGazetteer(), [
      { slug: "syria-and-iraq", name: "Syria and Iraq", aliases: [], kind: "region" },
      { slug: "world", name: "World", aliases: [], kind: "world" },
    ]),
  );
  const found = (text: string) => matcher.find(text).map((m) => [text.slice(m.start, m.end), m.slug, m.viaDemonym]);

  it("prefers the longest name and matches names in any case but as proper nouns", () => {
    expect(found("ISIS in Syria and Iraq and in SYRIA")).toEqual([["Syria and Iraq", "syria-and-iraq", false], ["SYRIA", "syria", false]]);
    expect(found("a turkey dinner for the world")).toEqual([]);
  });
  it("matches demonyms and the codes news text uses, not every two-letter word", () => {
    expect(found("Iraqi hunters and US forces")).toEqual([["Iraqi", "iraq", true], ["US", "united-states", false]]);
    expect(found("a big blow to IS in the U.S.")).toEqual([["U.S.", "united-states", false]]);
  });
  it("gives offsets into the whole text when searching part of it", () => {
    const text = "Mali and Niger";
    expect(matcher.find(text, 5).map((m) => [m.start, m.slug])).toEqual([[9, "niger"]]);
  });
  it("slugs names", () => {
    expect(slugify("Côte d'Ivoire")).toBe("cote-d-ivoire");
  });
});
