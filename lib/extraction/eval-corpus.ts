/**
 * The annotated evaluation corpus on disk (eval/README.md): <slug>.txt beside <slug>.json. Read by
 * `npm run eval:extract` and by the test that keeps the extractor at its targets.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { extractFigures, type ExtractOptions } from "./extract-figures";
import { annotatedArticleSchema, locateAnnotations, scoreProposals, type AnnotatedArticle, type Score } from "./evaluation";

/** What the extractor must reach (issue "Extraction quality, measured"). */
export const EXTRACTION_TARGETS = { annotatedRecall: 0.9, annotatedPrecision: 0.8, seedRecall: 1 } as const;

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

export type ScoredArticle = CorpusArticle & { score: Score };

export function scoreCorpus(articles: readonly CorpusArticle[], context: Omit<ExtractOptions, "publishedOn">): ScoredArticle[] {
  return articles.map((a) => {
    const proposals = extractFigures(a.text, { publishedOn: a.article.source.publishedOn, ...context });
    return { ...a, score: scoreProposals(locateAnnotations(a.text, a.article), proposals) };
  });
}
