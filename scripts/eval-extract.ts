/**
 * Evaluates the figure extractor: `npm run eval:extract`.
 *
 * Runs it on the annotated real articles under eval/articles/ and on the five seed articles (truth:
 * seeds/claims/*.json), prints recall and precision per article and in total with every miss and
 * false positive, and exits 1 when a target is not met:
 *   annotated articles: recall ≥ 95%, precision ≥ 95%;   seeds: recall = 100%;
 *   each field (place, metric, period, attribution, modality) right on ≥ 90% of the found figures
 *   that annotate it. `--fields` also lists every wrong field.
 */
import path from "node:path";
import { extractFigures, type Proposal } from "@/lib/extraction/extract-figures";
import { DEFAULT_CORPUS_DIR, EXTRACTION_TARGETS, readCorpus, scoreCorpus, sumFields, type ScoredArticle } from "@/lib/extraction/eval-corpus";
import { FIELD_NAMES, ratio, scoreProposals, truthFromSeedClaims, type FieldName, type Score, type TruthValue } from "@/lib/extraction/evaluation";
import { extractionContextFromTaxonomy } from "@/lib/extraction/taxonomy-context";
import { readSeeds } from "@/lib/seed/read-seeds";

/** The annotated corpus: real articles with every figure recorded (see eval/README.md). */
const EVAL_DIR = process.env.EVAL_ARTICLES_DIR ?? DEFAULT_CORPUS_DIR;
const TARGETS = EXTRACTION_TARGETS;

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function describeValue(v: TruthValue | Pick<Proposal, "qualifier" | "low" | "best" | "high" | "vagueTerm">): string {
  if (v.qualifier === "vague") return `vague "${v.vagueTerm}"`;
  const parts = [v.low !== null ? `low ${v.low}` : "", v.best !== null ? `best ${v.best}` : "", v.high !== null ? `high ${v.high}` : ""].filter(Boolean);
  return `${v.qualifier} ${parts.join(" ")}`;
}

function excerpt(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 40);
  const to = Math.min(text.length, end + 40);
  return `${from > 0 ? "…" : ""}${text.slice(from, start)}[${text.slice(start, end)}]${text.slice(end, to)}${to < text.length ? "…" : ""}`.replace(/\s+/g, " ");
}

function report(name: string, text: string, score: Score): void {
  console.log(`\n${name}`);
  console.log(`  recall    ${score.found}/${score.truth} = ${pct(ratio(score.found, score.truth))}`);
  console.log(`  precision ${score.matchedProposals}/${score.proposals} = ${pct(ratio(score.matchedProposals, score.proposals))}`);
  for (const { figure, proposed } of score.missed) {
    const got = proposed ? `proposed "${proposed.surface}" as ${describeValue(proposed)}` : "not proposed";
    console.log(`  MISS  "${figure.surface}" ${describeValue(figure.value)} — ${got}: ${excerpt(text, figure.start, figure.end)}`);
  }
  for (const p of score.falsePositives) {
    console.log(`  FALSE "${p.surface}" ${describeValue(p)}: ${excerpt(text, p.start, p.end)}`);
  }
}

const SHOW_FIELDS = process.argv.includes("--fields");

function shown(field: FieldName, p: Proposal): string {
  switch (field) {
    case "place":
      return p.place ? `${p.place.name}${p.place.known ? "" : " (new)"}` : "none";
    case "metric":
      return p.metric.name ?? `new: ${p.metric.proposedName ?? "?"}`;
    case "period":
      return `${p.period.start ?? "?"}..${p.period.end ?? "?"} "${p.period.label}"`;
    case "attribution":
      return p.attributionChain.join(" → ") || "none";
    case "modality":
      return p.modality;
  }
}

function reportFields(a: ScoredArticle): void {
  const parts = FIELD_NAMES.filter((f) => a.fields[f].annotated > 0).map((f) => `${f} ${a.fields[f].right}/${a.fields[f].annotated}`);
  if (parts.length > 0) console.log(`  fields    ${parts.join(", ")}`);
  if (!SHOW_FIELDS) return;
  for (const field of FIELD_NAMES) {
    for (const { figure, proposal } of a.fields[field].wrong) {
      console.log(`  FIELD ${field} of "${figure.surface}": proposed ${shown(field, proposal)}, annotated ${JSON.stringify(figure.fields?.[field])}`);
    }
  }
}

type Totals = { truth: number; found: number; proposals: number; matched: number };
const add = (t: Totals, s: Score): Totals => ({ truth: t.truth + s.truth, found: t.found + s.found, proposals: t.proposals + s.proposals, matched: t.matched + s.matchedProposals });
const zero: Totals = { truth: 0, found: 0, proposals: 0, matched: 0 };

function main(): number {
  const seeds = readSeeds();
  const context = extractionContextFromTaxonomy(seeds.taxonomy);

  console.log(`== Annotated articles (${path.relative(process.cwd(), EVAL_DIR) || EVAL_DIR})`);
  let annotated = zero;
  const bySplit: Record<string, Totals> = { development: zero, "held-out": zero };
  const corpus = readCorpus(EVAL_DIR);
  if (corpus.length === 0) console.log(`  none found in ${EVAL_DIR}: see eval/README.md for how to supply the corpus`);
  const scored = scoreCorpus(corpus, context);
  for (const a of scored) {
    const { slug, article, text, score } = a;
    report(`${slug} (${article.split})`, text, score);
    reportFields(a);
    annotated = add(annotated, score);
    bySplit[article.split] = add(bySplit[article.split] ?? zero, score);
  }

  console.log("\n== Seed articles (seeds/claims)");
  let seedTotals = zero;
  for (const file of seeds.files) {
    const proposals = extractFigures(file.text, { publishedOn: file.source.publishedAt, ...context });
    const score = scoreProposals(truthFromSeedClaims(file.text, file.claims), proposals);
    report(file.name.replace(/\.json$/, ""), file.text, score);
    seedTotals = add(seedTotals, score);
  }

  const fieldTotals = sumFields(scored);
  const results = [
    { label: `Annotated recall    ${annotated.found}/${annotated.truth}`, value: ratio(annotated.found, annotated.truth), target: TARGETS.annotatedRecall },
    { label: `Annotated precision ${annotated.matched}/${annotated.proposals}`, value: ratio(annotated.matched, annotated.proposals), target: TARGETS.annotatedPrecision },
    { label: `Seed recall         ${seedTotals.found}/${seedTotals.truth}`, value: ratio(seedTotals.found, seedTotals.truth), target: TARGETS.seedRecall },
    ...FIELD_NAMES.filter((f) => (fieldTotals[f]?.annotated ?? 0) > 0).map((f) => ({
      label: `Annotated ${f.padEnd(11)} ${fieldTotals[f]!.right}/${fieldTotals[f]!.annotated}`,
      value: ratio(fieldTotals[f]!.right, fieldTotals[f]!.annotated),
      target: TARGETS.fieldRight,
    })),
  ];
  console.log(`\n== Totals (${corpus.length} annotated articles, ${seeds.files.length} seed articles)`);
  for (const [split, t] of Object.entries(bySplit).filter(([, t]) => t.truth > 0)) {
    console.log(`  ${split.padEnd(11)} recall ${t.found}/${t.truth} = ${pct(ratio(t.found, t.truth))}, precision ${t.matched}/${t.proposals} = ${pct(ratio(t.matched, t.proposals))}`);
  }
  console.log(`  Seed precision      ${seedTotals.matched}/${seedTotals.proposals} = ${pct(ratio(seedTotals.matched, seedTotals.proposals))} (no target: the seeds list exclusions, not every proposal)`);
  let failed = false;
  if (corpus.length === 0) {
    failed = true;
    console.log("  NOT EVALUATED  Annotated recall and precision: no annotated articles were found");
  }
  for (const r of results.filter((r) => corpus.length > 0 || !r.label.startsWith("Annotated"))) {
    const pass = r.value >= r.target;
    failed ||= !pass;
    console.log(`  ${pass ? "PASS" : "FAIL"}  ${r.label} = ${pct(r.value)} (target ≥ ${pct(r.target)})`);
  }
  return failed ? 1 : 0;
}

process.exitCode = main();
