// `npm run bench:extract`: how long the extractor takes on a 5,000-word article, with the
// countries alone and with the world gazetteer of provinces and cities, in one run. Prints
// medians and p95, and the world gazetteer's cost as a ratio to the countries-only run.
//
//   npm run bench:extract -- --runs 15
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { extractFigures } from "@/lib/extraction/extract-figures";
import { extractionContextFromTaxonomy } from "@/lib/extraction/taxonomy-context";
import { readSeeds } from "@/lib/seed/read-seeds";
import { quantile } from "@/lib/testing/synthetic-ledger";

const { values: args } = parseArgs({ options: { runs: { type: "string", default: "15" } } });
const RUNS = Math.max(3, Number(args.runs));

const seeds = readSeeds();
const article = Array.from({ length: 2 }, () => seeds.files.map((f) => f.text).join("\n\n")).join("\n\n");
const words = article.split(/\s+/).length;

const variants = [
  { name: "countries only", context: extractionContextFromTaxonomy(seeds.taxonomy, { world: false }) },
  { name: "world gazetteer", context: extractionContextFromTaxonomy(seeds.taxonomy) },
];

const samples = new Map<string, number[]>(variants.map((v) => [v.name, []]));
// Warm both once (recognizers compiled, gazetteer read), as a running server has them.
for (const v of variants) extractFigures(article, { publishedOn: "2024-08-13", ...v.context });
// Alternate the variants so that a busy moment of a shared machine falls on both.
for (let i = 0; i < RUNS; i += 1) {
  for (const v of variants) {
    const started = performance.now();
    extractFigures(article, { publishedOn: "2024-08-13", ...v.context });
    samples.get(v.name)!.push(performance.now() - started);
  }
}

console.log(`Extraction of a ${words.toLocaleString("en")}-word article, ${RUNS} runs each`);
const base = quantile(samples.get(variants[0]!.name)!, 0.5);
for (const v of variants) {
  const xs = samples.get(v.name)!;
  const p50 = quantile(xs, 0.5);
  console.log(`  ${v.name.padEnd(16)} median ${p50.toFixed(0)} ms   p95 ${quantile(xs, 0.95).toFixed(0)} ms   ${(p50 / base).toFixed(2)}× countries only`);
}
