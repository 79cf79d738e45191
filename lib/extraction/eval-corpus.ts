/**
 * The annotated evaluation corpus on disk (eval/README.md): <slug>.txt beside <slug>.json. Read by
 * `npm run eval:extract` and by the test that keeps the extractor at its targets.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { extractFigures, type ExtractOptions } from "./extract-figures";
import { annotatedArticleSchema, locateAnnotations, scoreFields, scoreProposals, type AnnotatedArticle, type FieldName, type FieldScore, type Score } from "./evaluation";

/**
 * What the extractor must reach: figure recall and precision on the annotated articles, every seed
 * claim, and each field (place, metric, period, attribution, modality) right on 90% of the found
 * figures that annotate it.
 */
export const EXTRACTION_TARGETS = { annotatedRecall: 0.95, annotatedPrecision: 0.95, seedRecall: 1, fieldRight: 0.9 } as const;

export const DEFAULT_CORPUS_DIR = path.join(process.cwd(), "eval", "articles");

export type CorpusArticle = { slug: string; article: AnnotatedArticle; text: string };

/** Every article of the folder, validated; throws naming the file when one is malformed or was edited. */
export function readCorpus(dir: string): CorpusArticle[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((name) => {
      const slug = name.replace(/\.json$/, "");
      const parsed = annotatedArticleSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")));
      if (!parsed.success) throw new Error(`${name}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
      const text = fs.readFileSync(path.join(dir, `${slug}.txt`), "utf8");
      const expected = parsed.data.source.textSha256;
      const actual = createHash("sha256").update(text, "utf8").digest("hex");
      if (expected !== undefined && expected !== actual) throw new Error(`${slug}.txt changed after it was annotated (SHA-256 ${actual}, annotated ${expected}).`);
      return { slug, article: parsed.data, text };
    });
}

export type ScoredArticle = CorpusArticle & { score: Score; fields: Record<FieldName, FieldScore> };

export function scoreCorpus(articles: readonly CorpusArticle[], context: Omit<ExtractOptions, "publishedOn" | "outlet">): ScoredArticle[] {
  return articles.map((a) => {
    const { publishedOn, outlet } = a.article.source;
    const proposals = extractFigures(a.text, { publishedOn, outlet, ...context });
    const score = scoreProposals(locateAnnotations(a.text, a.article), proposals);
    return { ...a, score, fields: scoreFields(score.pairs, outlet) };
  });
}

/** Field scores summed over articles. */
export function sumFields(scored: readonly ScoredArticle[]): Record<FieldName, { right: number; annotated: number }> {
  const out = {} as Record<FieldName, { right: number; annotated: number }>;
  for (const a of scored) {
    for (const [field, s] of Object.entries(a.fields) as Array<[FieldName, FieldScore]>) {
      const t = (out[field] ??= { right: 0, annotated: 0 });
      t.right += s.right;
      t.annotated += s.annotated;
    }
  }
  return out;
}
