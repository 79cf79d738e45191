/**
 * Scoring proposals against curated truth: the annotated articles under eval/ and the seed claims.
 * A truth figure is found when a proposal's span overlaps the figure's span in the article and the
 * proposal states the same value (qualifier, low/best/high as numbers, and the vague term).
 */
import { z } from "zod";
import { anchorQuote, locateWithin, type TextSpan } from "@/lib/domain/quote-selector";
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
      /** SHA-256 of <slug>.txt, so that an edit to an annotated text is caught. */
      textSha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
    })
    .refine((s) => (s.repo !== undefined && s.path !== undefined) || s.package !== undefined, {
      message: "Name where the text comes from: repo and path, or package.",
    }),
  figures: z.array(
    z.object({
      surface: z.string().min(1),
      value: annotatedValueSchema,
      /** A passage that occurs once in the article and holds the surface, when the surface alone is not unique. */
      quoteContains: z.string().min(1).optional(),
      note: z.string().optional(),
    }),
  ),
  excluded: z.array(z.object({ text: z.string().min(1), reason: z.string().min(1) })).default([]),
});
export type AnnotatedArticle = z.infer<typeof annotatedArticleSchema>;

export type TruthValue = { qualifier: Qualifier; low: string | null; best: string | null; high: string | null; vagueTerm: string | null };
export type TruthFigure = TextSpan & { surface: string; value: TruthValue };

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
    return { ...span, surface: f.surface, value: { ...f.value, vagueTerm: f.value.vagueTerm ?? null } };
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
};

export function scoreProposals(truth: readonly TruthFigure[], proposals: readonly Proposal[]): Score {
  const used = new Set<Proposal>();
  const missed: Score["missed"] = [];
  let found = 0;
  for (const figure of truth) {
    const match = proposals.find((p) => !used.has(p) && overlaps(p, figure) && sameValue(p, figure.value));
    if (match) {
      used.add(match);
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
  };
}

export const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
