/**
 * Checks the curated seed data: the taxonomy, one claim file per article, and that every figure in
 * every article is either curated as a claim or explicitly excluded with a reason.
 * Reads the files with node:fs and validates them with the zod schemas; needs no database.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { anchorQuote, locateWithin } from "@/lib/domain/quote-selector";
import {
  seedClaimFileSchema,
  seedTaxonomySchema,
  type SeedClaim,
  type SeedClaimFile,
  type SeedTaxonomy,
} from "@/lib/schemas/seed";

const SEEDS = path.dirname(fileURLToPath(import.meta.url));
const ARTICLES = path.join(SEEDS, "articles");
const CLAIMS = path.join(SEEDS, "claims");

/** The vague-amount terms the curation uses (see seeds/README.md). */
const VAGUE_TERMS = ["dozens", "hundreds", "thousands", "tens of thousands", "numerous", "many"];

const MIN_CLAIMS = 40;

// ───────────────────────────── the number scanner ─────────────────────────────

type Span = { start: number; end: number; text: string };

const SMALL_NUMBERS = [
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
  "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const FRACTION_WORDS = ["half", "halves", "thirds?", "quarters?"];
const LARGE_WORDS = ["hundreds?", "thousands?", "millions?", "billions?", "dozens?", "scores"];
const MULTIPLIER_WORDS = ["double", "triple", "quadruple", "twice", "thrice"];

/**
 * Number-like tokens: digit runs with ",", "." or ":" inside and "-" between runs ("2,500",
 * "2012-2013", "02:20:04"), compound amounts ("tens of thousands", "one-third"), and whole number
 * words, case-insensitively. Ordinals are not scanned.
 */
const NUMBER_TOKEN = new RegExp(
  [
    String.raw`\d+(?:[.,:]\d+)*(?:-\d+(?:[.,:]\d+)*)*`,
    String.raw`\b(?:tens|hundreds) of (?:thousands|millions)\b`,
    String.raw`\b(?:${SMALL_NUMBERS.join("|")})-(?:${FRACTION_WORDS.join("|")})\b`,
    String.raw`\b(?:${[...SMALL_NUMBERS, ...FRACTION_WORDS, ...LARGE_WORDS, ...MULTIPLIER_WORDS].join("|")})\b`,
  ].join("|"),
  "gi",
);

function numberTokens(text: string): Span[] {
  const tokens: Span[] = [];
  const re = new RegExp(NUMBER_TOKEN.source, NUMBER_TOKEN.flags);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return tokens;
}

/** Starts of the non-overlapping occurrences of `needle`, as the quote anchoring counts them. */
function occurrences(text: string, needle: string): number[] {
  const starts: number[] = [];
  if (needle === "") return starts;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) starts.push(at);
  return starts;
}

type ClaimLike = Pick<SeedClaim, "key" | "quote" | "occurrence" | "surface">;
type ExclusionLike = { text: string };

/** Where a claim's surface sits in the article: inside the chosen occurrence of its quote. */
function surfaceSpan(text: string, claim: ClaimLike): Span | null {
  const quote = anchorQuote(text, claim.quote, claim.occurrence);
  if (!quote) return null;
  const span = locateWithin(text, quote, claim.surface);
  return span ? { ...span, text: claim.surface } : null;
}

function exclusionSpans(text: string, excluded: readonly ExclusionLike[]): Span[] {
  return excluded.flatMap((e) => occurrences(text, e.text).map((start) => ({ start, end: start + e.text.length, text: e.text })));
}

const inside = (token: Span, spans: readonly Span[]) => spans.some((s) => s.start <= token.start && token.end <= s.end);

/**
 * The number-like tokens of an article that no claim surface and no exclusion covers.
 * A token is covered when it lies wholly inside a claim's surface (located inside its quote)
 * or inside an occurrence of an excluded text.
 */
function uncoveredTokens(text: string, claims: readonly ClaimLike[], excluded: readonly ExclusionLike[]): Span[] {
  const surfaces = claims.map((c) => surfaceSpan(text, c)).filter((s): s is Span => s !== null);
  const exclusions = exclusionSpans(text, excluded);
  return numberTokens(text).filter((t) => !inside(t, surfaces) && !inside(t, exclusions));
}

// ───────────────────────────── loading ─────────────────────────────

type LoadedFile = { name: string; stem: string; raw: unknown; data: SeedClaimFile | null; text: string | null };

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

const taxonomyParse = seedTaxonomySchema.safeParse(readJson(path.join(SEEDS, "taxonomy.json")));
const taxonomy: SeedTaxonomy | null = taxonomyParse.success ? taxonomyParse.data : null;

const articleNames = fs.readdirSync(ARTICLES).filter((f) => f.endsWith(".txt")).sort();
const claimFiles: LoadedFile[] = fs
  .readdirSync(CLAIMS)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((name) => {
    const raw = readJson(path.join(CLAIMS, name));
    const parsed = seedClaimFileSchema.safeParse(raw);
    const data = parsed.success ? parsed.data : null;
    const articlePath = data ? path.join(ARTICLES, data.source.file) : null;
    const text = articlePath && fs.existsSync(articlePath) ? fs.readFileSync(articlePath, "utf8") : null;
    return { name, stem: name.replace(/\.json$/, ""), raw, data, text };
  });

/** The parsed files with their article text; the parse tests report the ones missing here. */
const files = claimFiles.filter((f): f is LoadedFile & { data: SeedClaimFile; text: string } => f.data !== null && f.text !== null);
const allClaims = files.flatMap((f) => f.data.claims.map((claim) => ({ claim, file: f })));

function slugs(list: ReadonlyArray<{ slug: string }>): Set<string> {
  return new Set(list.map((x) => x.slug));
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const v of values) (seen.has(v) ? dups : seen).add(v);
  return [...dups];
}

/** The nodes of a directed graph that lie on a cycle (or lead into one). */
function nodesOnCycles(edges: ReadonlyMap<string, readonly string[]>): string[] {
  const state = new Map<string, "visiting" | "done">();
  const bad = new Set<string>();
  const visit = (node: string, trail: string[]): void => {
    const s = state.get(node);
    if (s === "done") return;
    if (s === "visiting") {
      for (const n of trail.slice(trail.indexOf(node))) bad.add(n);
      return;
    }
    state.set(node, "visiting");
    for (const next of edges.get(node) ?? []) visit(next, [...trail, node]);
    state.set(node, "done");
  };
  for (const node of edges.keys()) visit(node, []);
  return [...bad].sort();
}

/** The numbers a surface states, for checking it against the recorded value. */
const WORD_VALUES: Record<string, string> = {
  one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9", ten: "10",
  eleven: "11", twelve: "12", thirteen: "13", fourteen: "14", fifteen: "15", sixteen: "16", seventeen: "17",
  eighteen: "18", nineteen: "19", twenty: "20", "a dozen": "12", "one-quarter": "0.25", "one-third": "0.3333", "one-half": "0.5",
};
function statedNumber(surface: string): string | null {
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(surface);
  if (digits) return digits[0].replace(/,/g, "");
  const lower = surface.toLowerCase();
  const words = Object.keys(WORD_VALUES).sort((a, b) => b.length - a.length);
  const word = words.find((w) => new RegExp(String.raw`(?:^|[^a-z-])${w}(?:$|[^a-z-])`).test(lower));
  return word === undefined ? null : (WORD_VALUES[word] ?? null);
}

// ───────────────────────────── the scanner itself ─────────────────────────────

describe("number scanner", () => {
  it("finds digits, number words, compounds and fractions as whole words only", () => {
    const text = "Tens of thousands fled; one-third stayed; 2,500 and 2012-2013 and 3.5; fifteen; dozens. Someone often attends the tenth.";
    expect(numberTokens(text).map((t) => t.text)).toEqual([
      "Tens of thousands",
      "one-third",
      "2,500",
      "2012-2013",
      "3.5",
      "fifteen",
      "dozens",
    ]);
  });

  it("reports a figure that no claim and no exclusion covers", () => {
    const text = "In 2019 officials said 300 fighters and two dozen suspects were seen, one-quarter of them armed.";
    const claims: ClaimLike[] = [
      { key: "999-fighters", quote: "officials said 300 fighters", occurrence: 0, surface: "300" },
    ];
    const uncovered = uncoveredTokens(text, claims, [{ text: "In 2019" }]);
    expect(uncovered.map((t) => t.text)).toEqual(["two", "dozen", "one-quarter"]);
  });

  it("counts a surface only inside its own quote occurrence", () => {
    const text = "They caught 12 men. Later 12 more were caught.";
    // The surface "12" of this claim sits in the second sentence; the first "12" stays uncovered.
    const claims: ClaimLike[] = [{ key: "999-more", quote: "Later 12 more", occurrence: 0, surface: "12" }];
    expect(uncoveredTokens(text, claims, []).map((t) => t.start)).toEqual([text.indexOf("12")]);
  });

  it("accepts an article whose figures are all covered", () => {
    const text = "In 2019 officials said 300 fighters were seen.";
    const claims: ClaimLike[] = [{ key: "999-fighters", quote: "officials said 300 fighters", occurrence: 0, surface: "300" }];
    expect(uncoveredTokens(text, claims, [{ text: "In 2019" }])).toEqual([]);
  });
});

// ───────────────────────────── taxonomy ─────────────────────────────

describe("seed taxonomy", () => {
  it("parses with the taxonomy schema", () => {
    expect(taxonomyParse.success ? [] : taxonomyParse.error.issues).toEqual([]);
  });

  it("has unique slugs in each list", () => {
    const t = taxonomy!;
    expect({
      topics: duplicates(t.topics.map((x) => x.slug)),
      metrics: duplicates(t.metrics.map((x) => x.slug)),
      places: duplicates(t.places.map((x) => x.slug)),
      actors: duplicates(t.actors.map((x) => x.slug)),
    }).toEqual({ topics: [], metrics: [], places: [], actors: [] });
  });

  it("places every metric under a known topic", () => {
    const topics = slugs(taxonomy!.topics);
    expect(taxonomy!.metrics.filter((m) => !topics.has(m.topic)).map((m) => `${m.slug} → ${m.topic}`)).toEqual([]);
  });

  it("has a place containment graph with known places and no cycles", () => {
    const places = slugs(taxonomy!.places);
    const unknown = taxonomy!.places.flatMap((p) => p.within.filter((w) => !places.has(w)).map((w) => `${p.slug} → ${w}`));
    expect(unknown).toEqual([]);
    expect(nodesOnCycles(new Map(taxonomy!.places.map((p) => [p.slug, p.within])))).toEqual([]);
    // Only the world stands outside every other place.
    expect(taxonomy!.places.filter((p) => p.within.length === 0).map((p) => p.slug)).toEqual(["world"]);
  });

  it("gives countries, and only countries, an ISO code, each code once", () => {
    const t = taxonomy!;
    expect(t.places.filter((p) => (p.kind === "country") !== (p.iso2 !== null)).map((p) => p.slug)).toEqual([]);
    expect(duplicates(t.places.flatMap((p) => (p.iso2 ? [p.iso2] : [])))).toEqual([]);
  });

  it("has actor affiliations that exist and do not loop", () => {
    const actors = slugs(taxonomy!.actors);
    expect(taxonomy!.actors.filter((a) => a.affiliation !== null && !actors.has(a.affiliation)).map((a) => a.slug)).toEqual([]);
    expect(nodesOnCycles(new Map(taxonomy!.actors.map((a) => [a.slug, a.affiliation ? [a.affiliation] : []])))).toEqual([]);
  });
});

// ───────────────────────────── claim files ─────────────────────────────

describe("seed claim files", () => {
  it("has exactly one claim file per article, named after it", () => {
    expect(claimFiles.map((f) => `${f.stem}.txt`)).toEqual(articleNames);
    for (const f of claimFiles) {
      const source = (f.raw as { source?: { file?: unknown } }).source;
      expect(source?.file, f.name).toBe(`${f.stem}.txt`);
    }
  });

  it.each(claimFiles.map((f) => [f.name, f] as const))("%s parses with the claim file schema", (_name, f) => {
    const parsed = seedClaimFileSchema.safeParse(f.raw);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(f.text, "article text").not.toBeNull();
  });

  it(`holds at least ${MIN_CLAIMS} claims in total`, () => {
    expect(allClaims.length).toBeGreaterThanOrEqual(MIN_CLAIMS);
  });

  it("uses unique claim keys, prefixed with the article number", () => {
    expect(duplicates(allClaims.map(({ claim }) => claim.key))).toEqual([]);
    expect(allClaims.filter(({ claim, file }) => !claim.key.startsWith(`${file.stem.slice(0, 3)}-`)).map(({ claim }) => claim.key)).toEqual([]);
  });

  it("refers only to known metrics, places, actors and claims", () => {
    const t = taxonomy!;
    const metrics = slugs(t.metrics);
    const places = slugs(t.places);
    const actors = slugs(t.actors);
    const keys = new Set(allClaims.map(({ claim }) => claim.key));
    const problems: string[] = [];
    for (const f of files) {
      const outlet = f.data.source.outlet;
      if (outlet !== null && t.actors.find((a) => a.slug === outlet)?.kind !== "news_outlet") {
        problems.push(`${f.name}: outlet ${outlet} is not a known news outlet`);
      }
    }
    for (const { claim: c } of allClaims) {
      if (!metrics.has(c.metric)) problems.push(`${c.key}: metric ${c.metric}`);
      if (!places.has(c.place)) problems.push(`${c.key}: place ${c.place}`);
      for (const a of c.attribution) if (!actors.has(a)) problems.push(`${c.key}: actor ${a}`);
      for (const r of c.relations) {
        if (r.target !== null && !keys.has(r.target)) problems.push(`${c.key}: relation target ${r.target}`);
        if (r.target === c.key) problems.push(`${c.key}: relation to itself`);
        if (r.baseline && !metrics.has(r.baseline.metric)) problems.push(`${c.key}: baseline metric ${r.baseline.metric}`);
        if (r.baseline && !places.has(r.baseline.place)) problems.push(`${c.key}: baseline place ${r.baseline.place}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("writes attribution chains from the origin to the last relay, without the publishing outlet", () => {
    const problems: string[] = [];
    for (const { claim: c, file } of allClaims) {
      const outlet = file.data.source.outlet;
      if (outlet !== null && c.attribution.includes(outlet)) problems.push(`${c.key}: repeats the outlet ${outlet}`);
      if (duplicates(c.attribution).length > 0) problems.push(`${c.key}: an actor appears twice in the chain`);
    }
    expect(problems).toEqual([]);
  });

  it("quotes the article exactly, with a surface that lies once inside its quote", () => {
    const problems: string[] = [];
    for (const { claim: c, file } of allClaims) {
      const count = occurrences(file.text, c.quote).length;
      if (count === 0) problems.push(`${c.key}: quote not in the article`);
      else if (c.occurrence >= count) problems.push(`${c.key}: occurrence ${c.occurrence} of a quote found ${count} time(s)`);
      const inQuote = occurrences(c.quote, c.surface).length;
      if (inQuote !== 1) problems.push(`${c.key}: surface "${c.surface}" occurs ${inQuote} time(s) in the quote`);
      if (surfaceSpan(file.text, c) === null) problems.push(`${c.key}: surface cannot be anchored`);
    }
    expect(problems).toEqual([]);
  });

  it("records the number the surface states, and a vague term only for vague words", () => {
    const problems: string[] = [];
    for (const { claim: c } of allClaims) {
      const v = c.value;
      const stated = statedNumber(c.surface);
      if (v.qualifier === "vague") {
        if (stated !== null) problems.push(`${c.key}: "${c.surface}" states ${stated} but is recorded as vague`);
        if (v.vagueTerm === null || !VAGUE_TERMS.includes(v.vagueTerm)) problems.push(`${c.key}: vague term ${v.vagueTerm} is not in the vocabulary`);
        else if (!c.surface.toLowerCase().includes(v.vagueTerm)) problems.push(`${c.key}: vague term ${v.vagueTerm} is not in "${c.surface}"`);
      } else {
        if (v.vagueTerm !== null) problems.push(`${c.key}: a vague term on a ${v.qualifier} figure`);
        const recorded = [v.low, v.best, v.high].filter((x): x is string => x !== null);
        if (stated === null || !recorded.includes(stated)) problems.push(`${c.key}: "${c.surface}" vs recorded ${recorded.join("/")}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("keeps relative claims consistent", () => {
    const problems: string[] = [];
    for (const { claim: c } of allClaims) {
      for (const r of c.relations) {
        if (r.factor !== null && !(Number(r.factor) > 0)) problems.push(`${c.key}: factor ${r.factor}`);
        if (r.factor !== null && r.kind !== "multiple_of" && r.kind !== "fraction_of") problems.push(`${c.key}: a factor on ${r.kind}`);
        if (r.kind === "fraction_of" && r.factor !== null && Number(r.factor) >= 1) problems.push(`${c.key}: fraction ${r.factor}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("states a publication date only when the article text does, and dates claims no later", () => {
    const problems: string[] = [];
    for (const f of files) {
      const s = f.data.source;
      if (s.publishedAt !== null && !f.text.includes(s.publishedAt)) problems.push(`${f.name}: publishedAt ${s.publishedAt} is not in the text`);
      if (s.publishedAt !== null && s.notBefore !== null && s.notBefore > s.publishedAt) problems.push(`${f.name}: notBefore after publishedAt`);
      if (s.publishedAt === null && s.notBefore !== null && s.datingNote === "") problems.push(`${f.name}: notBefore without a dating note`);
      if (s.url !== null) problems.push(`${f.name}: the seeds carry no URL`);
      const latest = s.publishedAt;
      for (const c of f.data.claims) {
        if (latest !== null && c.period.end !== null && c.period.end > latest) problems.push(`${c.key}: period ends after publication`);
        if ((c.period.start === null) !== (c.period.end === null)) problems.push(`${c.key}: a half-open period`);
        if (c.period.label === "") problems.push(`${c.key}: period without the source's words`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("excludes only text that is in the article and covers a number-like token", () => {
    const keys = new Set(allClaims.map(({ claim }) => claim.key));
    const problems: string[] = [];
    for (const f of files) {
      const tokens = numberTokens(f.text);
      for (const e of f.data.excluded) {
        const spans = exclusionSpans(f.text, [e]);
        if (spans.length === 0) problems.push(`${f.name}: excluded "${e.text}" is not in the article`);
        else if (!tokens.some((t) => inside(t, spans))) problems.push(`${f.name}: excluded "${e.text}" covers no number-like token`);
        for (const key of e.reason.match(/\b\d{3}-[a-z0-9]+(?:-[a-z0-9]+)*\b/g) ?? []) {
          if (!keys.has(key)) problems.push(`${f.name}: excluded "${e.text}" names unknown claim ${key}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(files.map((f) => [f.name, f] as const))("%s: every number-like token is a claim or an exclusion, never both", (_name, f) => {
    const uncovered = uncoveredTokens(f.text, f.data.claims, f.data.excluded);
    expect(uncovered.map((t) => `${t.text} @${t.start}: …${f.text.slice(Math.max(0, t.start - 30), t.end + 30)}…`)).toEqual([]);

    const surfaces = f.data.claims.map((c) => surfaceSpan(f.text, c)).filter((s): s is Span => s !== null);
    const exclusions = exclusionSpans(f.text, f.data.excluded);
    const both = numberTokens(f.text).filter((t) => inside(t, surfaces) && inside(t, exclusions));
    expect(both.map((t) => `${t.text} @${t.start}`)).toEqual([]);
  });
});
