/**
 * Places a figure can be about, and where they are named in a text.
 *
 * `countriesGazetteer()` seeds the list from the `world-countries` package (names, official names,
 * common aliases, demonyms, ISO codes); the caller merges in the ledger's own places (the places
 * table, which editors extend) with `mergeGazetteers`, so a province or a camp the ledger knows is
 * found as well as a country.
 */
import countries from "world-countries";
import { slugify } from "@/lib/domain/slug";

export type GazetteerEntry = {
  slug: string;
  name: string;
  /** Other names the text may use: "U.S.", "Syrian Arab Republic", "Iraqi", "SYR". */
  aliases: string[];
  /** "country", "province", "city", "site", "region", … (the ledger's place kinds). */
  kind: string;
  /** ISO 3166-1 alpha-2, for countries: how a ledger place and a package country are recognised as one. */
  iso2?: string | null;
  /** Slugs of the places it lies directly inside (the ledger's places; package countries have none). */
  within?: string[];
  /** A country of the `world-countries` package that the ledger does not hold yet. */
  fromPackage?: boolean;
};

export type Gazetteer = readonly GazetteerEntry[];

export type PlaceMatch = { start: number; end: number; slug: string; name: string; viaDemonym: boolean };

/** Aliases news text uses that the package does not list. */
const EXTRA_ALIASES: Record<string, string[]> = {
  US: ["U.S.", "U.S.A.", "America"],
  GB: ["U.K.", "Britain"],
  AE: ["UAE", "U.A.E."],
  CD: ["DRC", "DR Congo", "Democratic Republic of Congo"],
  KP: ["North Korea"],
  KR: ["South Korea"],
  CI: ["Ivory Coast"],
  MM: ["Burma"],
  PS: ["Palestine", "Gaza", "West Bank"],
  CZ: ["Czech Republic"],
  TR: ["Turkey"],
};

/** Codes that news text writes as words or as other acronyms ("IS" is the Islamic State, not Iceland). */
const CODES_MATCHED = new Set(["US", "USA", "UK", "UAE", "DRC"]);

let countryList: Gazetteer | null = null;

/** Every country of the `world-countries` package as a gazetteer entry (slug from the common name). */
export function countriesGazetteer(): Gazetteer {
  countryList ??= countries.map((c) => {
    const demonym = c.demonyms?.eng;
    const aliases = new Set<string>([c.name.official, ...c.altSpellings, c.cca2, c.cca3, ...(EXTRA_ALIASES[c.cca2] ?? [])]);
    if (demonym) {
      aliases.add(demonym.m);
      aliases.add(demonym.f);
    }
    aliases.delete(c.name.common);
    return { slug: slugify(c.name.common), name: c.name.common, aliases: [...aliases].filter((a) => a.trim() !== ""), kind: "country", iso2: c.cca2, fromPackage: true };
  });
  return countryList;
}

/**
 * Later lists win: a ledger place with the slug or ISO code of a package country replaces it and
 * keeps the country's aliases, so "Syrian" still finds the ledger's "syria".
 */
export function mergeGazetteers(...lists: Gazetteer[]): Gazetteer {
  const bySlug = new Map<string, GazetteerEntry>();
  for (const list of lists) {
    for (const entry of list) {
      const same =
        bySlug.get(entry.slug) ??
        (entry.iso2 ? [...bySlug.values()].find((e) => e.iso2 === entry.iso2) : undefined);
      if (same) bySlug.delete(same.slug);
      const aliases = new Set([...(same ? [same.name, ...same.aliases] : []), ...entry.aliases]);
      aliases.delete(entry.name);
      bySlug.set(entry.slug, { ...entry, iso2: entry.iso2 ?? same?.iso2 ?? null, aliases: [...aliases] });
    }
  }
  return [...bySlug.values()];
}

/** Short forms editors do not type: "Hasakah Governorate" is named "Hasakah" in most articles. */
export function derivedAliases(name: string): string[] {
  const short = name.replace(/\s+(?:Governorate|Province|Peninsula|District|Region|Oblast|State)$/i, "").trim();
  return short !== name && short.length >= 4 ? [short] : [];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export type PlaceMatcher = { find(text: string, from?: number, to?: number): PlaceMatch[] };

/**
 * One pass over the text for all names at once, longest name first ("Syria and Iraq" before
 * "Syria"). Names match in any case but must be written as a proper noun (a capital in the match);
 * codes match only as written, and only the few that news text uses for countries.
 */
export function createPlaceMatcher(gazetteer: Gazetteer): PlaceMatcher {
  const byName = new Map<string, { entry: GazetteerEntry; demonym: boolean }>();
  const byCode = new Map<string, GazetteerEntry>();
  for (const entry of gazetteer) {
    if (entry.kind === "world") continue; // "the world" names no place
    const demonyms = new Set(entry.kind === "country" ? entry.aliases.filter((a) => /(?:an|ian|i|ese|ish|ic|ch)$/.test(a) && !/\s/.test(a)) : []);
    for (const alias of [entry.name, ...entry.aliases]) {
      if (/^[A-Z]{2,3}$/.test(alias)) {
        if (CODES_MATCHED.has(alias)) byCode.set(alias, entry);
        continue;
      }
      if (alias.length < 3) continue;
      const key = alias.toLowerCase();
      const existing = byName.get(key);
      // A name beats a demonym that spells the same; the first entry keeps a shared name.
      if (!existing || (existing.demonym && !demonyms.has(alias))) byName.set(key, { entry, demonym: demonyms.has(alias) });
    }
  }
  const names = [...byName.keys()].sort((x, y) => y.length - x.length).map(escape);
  const codes = [...byCode.keys()].sort((x, y) => y.length - x.length).map(escape);
  const nameRe = names.length > 0 ? new RegExp(String.raw`(?<![\w-])(?:${names.join("|")})(?![\w])`, "gi") : null;
  const codeRe = codes.length > 0 ? new RegExp(String.raw`(?<![\w.])(?:${codes.join("|")})(?![\w]|\.\w)`, "g") : null;

  return {
    find(text, from = 0, to = text.length) {
      const slice = text.slice(from, to);
      const out: PlaceMatch[] = [];
      for (const m of nameRe ? slice.matchAll(nameRe) : []) {
        if (!/[A-Z]/.test(m[0])) continue;
        const hit = byName.get(m[0].toLowerCase());
        if (hit) out.push({ start: from + m.index, end: from + m.index + m[0].length, slug: hit.entry.slug, name: hit.entry.name, viaDemonym: hit.demonym });
      }
      for (const m of codeRe ? slice.matchAll(codeRe) : []) {
        const entry = byCode.get(m[0]);
        if (!entry || out.some((o) => o.start <= from + m.index && from + m.index < o.end)) continue;
        out.push({ start: from + m.index, end: from + m.index + m[0].length, slug: entry.slug, name: entry.name, viaDemonym: false });
      }
      return out.sort((x, y) => x.start - y.start);
    },
  };
}
