/**
 * Scoring proposals against curated truth: the annotated articles under eval/ and the seed claims.
 * A truth figure is found when a proposal's span overlaps the figure's span in the article and the
 * proposal states the same value (qualifier, low/best/high as numbers, and the vague term).
 */
import { z } from "zod";
import { anchorQuote, locateWithin, type TextSpan } from "@/lib/domain/quote-selector";
import { searchKey } from "@/lib/domain/search-key";
import { decimalString, isoDay, qualifierSchema, type Qualifier } from "@/lib/schemas/claim";
import type { SeedClaim } from "@/lib/schemas/seed";
import type { Proposal } from "./extract-figures";

export const annotatedValueSchema = z.object({
  qualifier: qualifierSchema,
  low: decimalString.nullable(),
  best: decimalString.nullable(),
  high: decimalString.nullable(),
  vagueTerm: z.string().min(1).nullable().default(null),
});

/** A name and the other spellings that count as right ("Syrian Observatory for Human Rights", "SOHR"). */
const namesSchema = z.array(z.string().min(1)).min(1);

/**
 * What an editor would record for a figure besides its value. Each field is optional: a field
 * left out is not scored for that figure (the first corpus recorded values only).
 */
export const annotatedFieldsSchema = z.object({
  /** The most specific place the figure is about, with accepted spellings; null when the text names none. */
  place: namesSchema.nullable().optional(),
  /** The ledger metric's name (seeds/taxonomy.json), or null when none fits and a new metric is due. */
  metric: z.string().min(1).nullable().optional(),
  /** The period's first and last days; both null when the text gives no period. */
  period: z.object({ start: isoDay.nullable(), end: isoDay.nullable() }).optional(),
  /** Who asserted it, origin → relay, each with accepted spellings; the source's outlet is appended. */
  attribution: z.array(namesSchema).optional(),
  modality: z.enum(["observed", "planned", "projected"]).optional(),
});
export type AnnotatedFields = z.infer<typeof annotatedFieldsSchema>;
export const FIELD_NAMES = ["place", "metric", "period", "attribution", "modality"] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** One annotated article: eval/articles/<slug>.json beside <slug>.txt. */
export const annotatedArticleSchema = z.object({
  /**
   * development: read while the grammar was written; held-out: annotated and scored before the
   * extractor had ever been run on it (eval/README.md).
   */
  split: z.enum(["development", "held-out"]).default("development"),
  source: z
    .object({
      title: z.string().min(1),
      outlet: z.string().min(1).nullable(),
      publishedOn: isoDay.nullable(),
      url: z.string().nullable().optional(),
      /** Where the text was found: a repository file ... */
      repo: z.string().min(1).optional(),
      path: z.string().min(1).optional(),
      commit: z.string().regex(/^[0-9a-f]{40}$/).optional(),
      /** ... or a field of a file in a registry package. */
      package: z
        .object({ name: z.string().min(1), version: z.string().min(1), file: z.string().min(1), field: z.string().min(1) })
        .optional(),
      /** ... or a text written for the corpus, which says so. */
      selfWritten: z.object({ note: z.string().min(1) }).optional(),
      /**
       * ... or a page published on the web under a licence that lets the text live here: its
       * address, publisher, licence, and what was taken ("the release's first four paragraphs").
       */
      page: z
        .object({ url: z.string().url(), publisher: z.string().min(1), licence: z.string().min(1), taken: z.string().min(1) })
        .optional(),
      /** SHA-256 of <slug>.txt, so that an edit to an annotated text is caught. */
      textSha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
    })
    .refine((s) => (s.repo !== undefined && s.path !== undefined) || s.package !== undefined || s.selfWritten !== undefined || s.page !== undefined, {
      message: "Name where the text comes from: repo and path, package, page, or selfWritten.",
    }),
  figures: z.array(
    z.object({
      surface: z.string().min(1),
      value: annotatedValueSchema,
      /** A passage that occurs once in the article and holds the surface, when the surface alone is not unique. */
      quoteContains: z.string().min(1).optional(),
      fields: annotatedFieldsSchema.optional(),
      note: z.string().optional(),
    }),
  ),
  excluded: z.array(z.object({ text: z.string().min(1), reason: z.string().min(1) })).default([]),
});
export type AnnotatedArticle = z.infer<typeof annotatedArticleSchema>;

export type TruthValue = { qualifier: Qualifier; low: string | null; best: string | null; high: string | null; vagueTerm: string | null };
export type TruthFigure = TextSpan & { surface: string; value: TruthValue; fields?: AnnotatedFields };

function countOf(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) n++;
  return n;
}

/** Where each annotated figure lies; throws when an annotation cannot be placed exactly once. */
export function locateAnnotations(text: string, article: AnnotatedArticle): TruthFigure[] {
  return article.figures.map((f) => {
    const passage = f.quoteContains ?? f.surface;
    const count = countOf(text, passage);
    if (count !== 1) throw new Error(`"${passage}" occurs ${count} times in the article; give a quoteContains that occurs once.`);
    const at = text.indexOf(passage);
    const span = locateWithin(text, { start: at, end: at + passage.length }, f.surface);
    if (!span) throw new Error(`The surface "${f.surface}" is not inside "${passage}".`);
    return { ...span, surface: f.surface, value: { ...f.value, vagueTerm: f.value.vagueTerm ?? null }, fields: f.fields };
  });
}

/** The seed claims as truth figures: each surface inside the chosen occurrence of its quote. */
export function truthFromSeedClaims(text: string, claims: readonly SeedClaim[]): TruthFigure[] {
  return claims.map((c) => {
    const quote = anchorQuote(text, c.quote, c.occurrence);
    const span = quote ? locateWithin(text, quote, c.surface) : null;
    if (!span) throw new Error(`Claim ${c.key}: its surface is not inside its quote in the article.`);
    return { ...span, surface: c.surface, value: { qualifier: c.value.qualifier, low: c.value.low, best: c.value.best, high: c.value.high, vagueTerm: c.value.vagueTerm } };
  });
}

const sameNumber = (x: string | null, y: string | null) => (x === null || y === null ? x === y : Number(x) === Number(y));

export function sameValue(p: Pick<Proposal, "qualifier" | "low" | "best" | "high" | "vagueTerm">, t: TruthValue): boolean {
  return (
    p.qualifier === t.qualifier &&
    sameNumber(p.low, t.low) &&
    sameNumber(p.best, t.best) &&
    sameNumber(p.high, t.high) &&
    (t.qualifier !== "vague" || p.vagueTerm === t.vagueTerm)
  );
}

const overlaps = (x: TextSpan, y: TextSpan) => x.start < y.end && y.start < x.end;

export type Score = {
  truth: number;
  proposals: number;
  found: number;
  matchedProposals: number;
  /** Truth figures no proposal states; `proposed` is the overlapping proposal with another value, if any. */
  missed: Array<{ figure: TruthFigure; proposed: Proposal | null }>;
  /** Proposals that match no truth figure. */
  falsePositives: Proposal[];
  /** Each found figure beside the proposal that found it. */
  pairs: Array<{ figure: TruthFigure; proposal: Proposal }>;
};

export function scoreProposals(truth: readonly TruthFigure[], proposals: readonly Proposal[]): Score {
  const used = new Set<Proposal>();
  const missed: Score["missed"] = [];
  const pairs: Score["pairs"] = [];
  let found = 0;
  for (const figure of truth) {
    const match = proposals.find((p) => !used.has(p) && overlaps(p, figure) && sameValue(p, figure.value));
    if (match) {
      used.add(match);
      pairs.push({ figure, proposal: match });
      found++;
    } else {
      missed.push({ figure, proposed: proposals.find((p) => overlaps(p, figure)) ?? null });
    }
  }
  return {
    truth: truth.length,
    proposals: proposals.length,
    found,
    matchedProposals: used.size,
    missed,
    falsePositives: proposals.filter((p) => !used.has(p)),
    pairs,
  };
}

/** Names compared as an editor would: accents, case, punctuation and a leading article aside. */
export function sameName(x: string, y: string): boolean {
  const key = (s: string) => searchKey(s).replace(/^(?:the|a|an)\s+/, "");
  return key(x) === key(y);
}

/** Place names also ignore the division word: "Raqqa Governorate" is "Raqqa province". */
const placeKey = (s: string) =>
  searchKey(s)
    .replace(/^(?:the|al)\s+/, "")
    .replace(/\s+(?:governorate|province|region|oblast|state|district|city|prefecture|county)$/, "");

/**
 * Whether the proposal has the annotated field right; null when the field is not annotated.
 * `outlet` is the source's, which ends every attribution chain.
 */
export function fieldRight(field: FieldName, fields: AnnotatedFields | undefined, p: Proposal, outlet: string | null): boolean | null {
  if (fields === undefined || fields[field] === undefined) return null;
  switch (field) {
    case "place": {
      const want = fields.place!;
      if (want === null) return p.place === null;
      return p.place !== null && want.some((w) => placeKey(w) === placeKey(p.place!.name) || placeKey(w) === placeKey(p.place!.mention));
    }
    case "metric":
      return fields.metric === null ? p.metric.slug === null : p.metric.name !== null && sameName(fields.metric!, p.metric.name);
    case "period":
      return p.period.start === fields.period!.start && p.period.end === fields.period!.end;
    case "attribution": {
      const want = [...fields.attribution!, ...(outlet ? [[outlet]] : [])];
      return want.length === p.attributionChain.length && want.every((names, i) => names.some((n) => sameName(n, p.attributionChain[i]!)));
    }
    case "modality":
      return p.modality === fields.modality;
  }
}

export type FieldScore = { right: number; annotated: number; wrong: Array<{ figure: TruthFigure; proposal: Proposal }> };

/** For each field, how many found figures that annotate it have it right. */
export function scoreFields(pairs: Score["pairs"], outlet: string | null): Record<FieldName, FieldScore> {
  const out = Object.fromEntries(FIELD_NAMES.map((f) => [f, { right: 0, annotated: 0, wrong: [] } as FieldScore])) as Record<FieldName, FieldScore>;
  for (const { figure, proposal } of pairs) {
    for (const field of FIELD_NAMES) {
      const right = fieldRight(field, figure.fields, proposal, outlet);
      if (right === null) continue;
      out[field].annotated++;
      if (right) out[field].right++;
      else out[field].wrong.push({ figure, proposal });
    }
  }
  return out;
}

export const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
