import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readSeeds } from "@/lib/seed/read-seeds";
import { DEFAULT_CORPUS_DIR, EXTRACTION_TARGETS, readCorpus, scoreCorpus, sumFields } from "./eval-corpus";
import { FIELD_NAMES, locateAnnotations, ratio } from "./evaluation";
import { extractionContextFromTaxonomy } from "./taxonomy-context";

const corpus = readCorpus(DEFAULT_CORPUS_DIR);

describe("the annotated corpus in eval/articles", () => {
  it("holds at least five real articles, each with its provenance and every annotation placed once", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(5);
    for (const { slug, article, text } of corpus) {
      expect(article.source.textSha256, slug).toMatch(/^[0-9a-f]{64}$/);
      expect(article.figures.length + article.excluded.length, slug).toBeGreaterThan(0);
      expect(() => locateAnnotations(text, article), slug).not.toThrow();
    }
  });

  it("keeps the extractor at its targets", () => {
    const scored = scoreCorpus(corpus, extractionContextFromTaxonomy(readSeeds().taxonomy));
    const sum = (f: (s: (typeof scored)[number]["score"]) => number) => scored.reduce((n, a) => n + f(a.score), 0);
    const recall = ratio(sum((s) => s.found), sum((s) => s.truth));
    const precision = ratio(sum((s) => s.matchedProposals), sum((s) => s.proposals));
    expect(recall).toBeGreaterThanOrEqual(EXTRACTION_TARGETS.annotatedRecall);
    expect(precision).toBeGreaterThanOrEqual(EXTRACTION_TARGETS.annotatedPrecision);
    // Each field right on at least 90% of the found figures that annotate it.
    const fields = sumFields(scored);
    for (const field of FIELD_NAMES) {
      expect(fields[field].annotated, field).toBeGreaterThan(20);
      expect(ratio(fields[field].right, fields[field].annotated), field).toBeGreaterThanOrEqual(EXTRACTION_TARGETS.fieldRight);
    }
  });
});

describe("reading a corpus folder", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "eval-corpus-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const json = (sha: string) =>
    JSON.stringify({
      source: { title: "T", outlet: null, publishedOn: null, package: { name: "p", version: "1", file: "f.json", field: "x" }, textSha256: sha },
      figures: [{ surface: "12", value: { qualifier: "exact", low: null, best: "12", high: null } }],
    });

  it("refuses a text that changed after it was annotated", () => {
    fs.writeFileSync(path.join(dir, "a.txt"), "It killed 12 people.\n");
    fs.writeFileSync(path.join(dir, "a.json"), json("0".repeat(64)));
    expect(() => readCorpus(dir)).toThrow(/a\.txt changed after it was annotated/);
  });

  it("names the file and the field of a malformed annotation", () => {
    fs.writeFileSync(path.join(dir, "a.json"), JSON.stringify({ source: { title: "T", outlet: null, publishedOn: null }, figures: [] }));
    expect(() => readCorpus(dir)).toThrow(/a\.json: source Name where the text comes from/);
  });
});
