import { describe, expect, it } from "vitest";
import { readSeeds } from "@/lib/seed/read-seeds";
import { extractFigures } from "./extract-figures";
import { reducePlaces, type PlaceNode } from "./place-finder";
import { extractionContextFromTaxonomy } from "./taxonomy-context";

const context = extractionContextFromTaxonomy(readSeeds().taxonomy);
const places = (text: string) => extractFigures(text, { publishedOn: "2025-07-10", ...context }).map((p) => p.place?.name ?? null);

describe("the place where the event happened", () => {
  it("never takes the asserter's or the actor's nationality", () => {
    expect(places("Kurdish-led forces and the US-led coalition detained 14 suspects in Raqqa province, a US official said.")).toEqual(["Raqqa Governorate"]);
    expect(places("Ukraine's air force said Russia launched 112 drones over the Kharkiv, Sumy and Poltava regions.")).toEqual(["Ukraine"]);
    expect(places("US Central Command said its forces shot down six drones in the Red Sea.")).toEqual(["Red Sea"]);
  });

  it("resolves 'the country', 'in the region' and 'the area' from the sentences before", () => {
    expect(places("Attacks hit Raqqa province. A US official said about 900 American troops remain in the country.")).toEqual(["Syria"]);
    expect(places("Cells operate in northeast Syria. The SDF carried out 37 operations in the region.")).toEqual(["Northeast Syria"]);
  });

  it("keeps provinces and cities rather than their country, with the chain above a new place", () => {
    const [p] = extractFigures("Shelling killed four people in the city of Kherson in Ukraine.", { publishedOn: "2025-03-20", ...context });
    expect(p!.place).toMatchObject({ name: "Kherson", kind: "city", known: false });
    expect(p!.place!.parents.map((x) => [x.name, x.kind])).toEqual([["Ukraine", "country"], ["Kherson", "province"]]);
    const [q] = extractFigures("Gunmen killed 12 people near Manbij in Syria.", { publishedOn: "2025-03-20", ...context });
    expect(q!.place).toMatchObject({ name: "Manbij", known: false });
    expect(q!.place!.parents.map((x) => [x.name, x.known])).toEqual([["Syria", true], ["Aleppo", false]]);
  });

  it("gives side-by-side places the place that holds them, and nested places the innermost", () => {
    expect(places("They detained 14 suspects in two raids in Deir ez-Zor province and one in Hasakah province.")).toEqual(["Syria", "Deir ez-Zor Governorate", "Hasakah Governorate"]);
    expect(places("Some 5,000 troops will deploy in Niger's Tillaberi region.")).toEqual(["Tillabéri Region"]);
  });

  it("does not place the whole where a part is ('most of them in …', 'if …')", () => {
    expect(places("In Iraq, forces detained 63 suspects in August, most of them in Nineveh.")).toEqual(["Iraq"]);
    expect(places("In Goma in DR Congo, 400 people fled; the number could reach 700,000 if the fighting spreads towards Bukavu.")).toEqual(["Goma", "Goma"]);
  });

  it("finds provinces and cities only in the countries the article names, unless a division word names them", () => {
    expect(places("Police said 12 people were arrested in Mission.")).toEqual([null]);
    expect(places("Rebels displaced 400,000 people in North Kivu province.")).toEqual(["North Kivu"]);
  });
});

describe("reducePlaces", () => {
  const node = (slug: string, parents: string[]): PlaceNode => ({ slug, name: slug, kind: "province", known: true, iso2: null, parents: parents.map((p) => ({ slug: p, name: p, kind: "country", known: true })) });
  it("returns the innermost of nested places and the deepest common place of others", () => {
    expect(reducePlaces([node("syria", []), node("raqqa", ["syria"])])!.slug).toBe("raqqa");
    expect(reducePlaces([node("raqqa", ["world", "syria"]), node("hasakah", ["world", "syria"])])!.slug).toBe("syria");
    expect(reducePlaces([node("a", ["x"]), node("b", ["y"])])).toBeNull();
  });
});
