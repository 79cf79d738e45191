// `npm run bench:import [-- --claims 100000 --runs 5 --postgres]`: the import and export rates.
// A synthetic ledger file (one source per ten claims, over 60 metrics, 440 places and 300 actors)
// is imported into a fresh copy of a ledger that holds only that taxonomy, several times; each run
// is timed in its steps (reading and checking the file; writing rows and revisions; the agreement
// analysis), then the imported ledger is exported again. The baseline, measured in the same run,
// is the one-write-per-row path the forms use (lib/ledger addSource/addClaim), on 1,000 claims.
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { importLedger } from "@/lib/commands/import";
import { createDb, type Db } from "@/lib/db/client";
import { deleteSqliteFiles, migrate } from "@/lib/db/migrate";
import { exportLedger } from "@/lib/data/ledger-export";
import { useDb as pointAppAt } from "@/lib/db/client";
import type { DatabaseTarget } from "@/lib/env";
import { readLedgerFile } from "@/lib/import/read-ledger-file";
import { addClaim } from "@/lib/ledger/claims";
import { addSource } from "@/lib/ledger/sources";
import { lockLedger } from "@/lib/ledger/revisions";
import { verifyLedger } from "@/lib/ledger/verify";
import { anchorQuote, locateWithin } from "@/lib/domain/quote-selector";
import { quantile, random } from "@/lib/testing/synthetic-ledger";
import { adminQuery, POSTGRES_ADMIN_URL } from "@/lib/testing/test-db";

const { values } = parseArgs({ options: { claims: { type: "string", default: "100000" }, runs: { type: "string", default: "5" }, postgres: { type: "boolean", default: false } } });
const CLAIMS = Number(values.claims);
const RUNS = Number(values.runs);
const DIR = path.join(process.cwd(), "data", "bench");
const TEMPLATE = "bench_import_template";

function pgTarget(name: string): DatabaseTarget {
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return { kind: "postgres", url: url.toString() };
}

function sqliteTarget(name: string): DatabaseTarget & { file: string } {
  const file = path.join(DIR, `${name}.db`);
  return { kind: "sqlite", url: `file:${file}`, file };
}

/** The taxonomy the synthetic file names: bench-metric-*, bench-r*-c* places inside bench-r*, bench-actor-*. */
async function addTaxonomy(db: Db): Promise<void> {
  const topic = await db.topic.create({ data: { slug: "bench-topic", name: "Benchmark" } });
  await db.metric.createMany({ data: Array.from({ length: 60 }, (_, i) => ({ slug: `bench-metric-${i}`, name: `Bench metric ${i}`, unit: "people", topicId: topic.id, kind: i % 2 ? ("stock" as const) : ("flow" as const) })) });
  for (let r = 0; r < 40; r += 1) {
    const region = await db.place.create({ data: { slug: `bench-r${r}`, name: `Region ${r}`, searchKey: `region ${r}`, kind: "region" } });
    await db.place.createMany({ data: Array.from({ length: 10 }, (_, c) => ({ slug: `bench-r${r}-c${c}`, name: `Country ${r}.${c}`, searchKey: `country ${r} ${c}`, kind: "country" as const })) });
    const countries = await db.place.findMany({ where: { slug: { startsWith: `bench-r${r}-c` } }, select: { id: true } });
    await db.placeAncestor.createMany({
      data: [{ placeId: region.id, ancestorId: region.id, depth: 0 }, ...countries.flatMap((c) => [{ placeId: c.id, ancestorId: c.id, depth: 0 }, { placeId: c.id, ancestorId: region.id, depth: 1 }])],
    });
  }
  await db.actor.createMany({ data: Array.from({ length: 300 }, (_, i) => ({ slug: `bench-actor-${i}`, name: `Actor ${i}`, searchKey: `actor ${i}`, kind: i % 5 ? ("news_outlet" as const) : ("military" as const) })) });
}

/** A deterministic ledger file of `claims` claims, ten to a source. */
function syntheticFile(claims: number): string {
  const rand = random(11);
  const pick = (n: number) => Math.floor(rand() * n);
  const lines: string[] = [];
  const sources = Math.ceil(claims / 10);
  let claimId = 0;
  for (let s = 1; s <= sources; s += 1) {
    const count = 10 + pick(4990);
    const text = `Synthetic report ${s}. The agency counted ${count} people in the area, officials said on ${1 + pick(28)} March.`;
    const quote = `The agency counted ${count} people in the area`;
    const quoteStart = text.indexOf(quote);
    lines.push(JSON.stringify({
      type: "source", id: s, title: `Synthetic report ${s}`, outlet: `bench-actor-${pick(300)}`, url: `https://bench.example/report/${s}`, published: `20${18 + pick(8)}-0${1 + pick(9)}-1${pick(9)}`,
      not_before: null, dating_note: "", retrieved_at: "2026-11-21T00:00:00.000Z", created_at: "2026-11-21T00:00:00.000Z", text, republishes: null, republished_origin: null,
      republished_via: null, republished_note: "", review: { proposed: 0, accepted: 0, edited: 0, rejected: 0 },
    }));
    for (let k = 0; k < 10 && claimId < claims; k += 1) {
      claimId += 1;
      const year = 2018 + pick(8);
      const month = 1 + pick(9);
      const dated = rand() > 0.15;
      lines.push(JSON.stringify({
        type: "claim", id: claimId, key: null, source_id: s, metric: `bench-metric-${pick(60)}`, place: `bench-r${pick(40)}-c${pick(10)}`,
        qualifier: k % 3 ? "exact" : "approximately", low: null, best: String(count), high: null, vague_term: null, surface: String(count), surface_start: quoteStart + 19,
        modality: "observed", change: null, cumulative: false, period_start: dated ? `${year}-0${month}-01` : null, period_end: dated ? `${year}-0${month}-28` : null, period_label: "",
        quote, quote_start: quoteStart, attribution: rand() > 0.5 ? [`bench-actor-${pick(300)}`] : [], note: "", status: "active", status_reason: "",
        created_at: "2026-11-21T00:00:00.000Z", relations: [],
      }));
    }
  }
  lines.push(JSON.stringify({ complete: true, sources, claims }));
  return `${lines.join("\n")}\n`;
}

/** A fresh ledger holding the taxonomy only, copied from the template made on the first call. */
async function freshLedger(run: string): Promise<{ target: DatabaseTarget; drop: () => Promise<void> }> {
  if (values.postgres) {
    const name = `bench_import_${run}`;
    await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE}"`);
    return { target: pgTarget(name), drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
  }
  const target = sqliteTarget(`import-${run}`);
  deleteSqliteFiles(target.file);
  fs.copyFileSync(sqliteTarget(TEMPLATE).file, target.file);
  return { target, drop: async () => deleteSqliteFiles(target.file) };
}

async function makeTemplate(): Promise<void> {
  fs.mkdirSync(DIR, { recursive: true });
  let target: DatabaseTarget;
  if (values.postgres) {
    await adminQuery(`DROP DATABASE IF EXISTS "${TEMPLATE}" WITH (FORCE)`);
    await adminQuery(`CREATE DATABASE "${TEMPLATE}"`);
    target = pgTarget(TEMPLATE);
  } else {
    target = sqliteTarget(TEMPLATE);
    deleteSqliteFiles((target as { file: string }).file);
  }
  await migrate(target);
  const db = createDb(target);
  await addTaxonomy(db);
  await db.$disconnect();
}

/** The per-row path, for the ratio: each source and claim written by lib/ledger as a form's write is. */
async function baselineRate(text: string, claims: number): Promise<number> {
  const read = readLedgerFile(text);
  if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 3)));
  const { target, drop } = await freshLedger("baseline");
  const db = createDb(target);
  try {
    const [metrics, places, actors] = [await db.metric.findMany(), await db.place.findMany(), await db.actor.findMany()];
    const id = <T extends { slug: string; id: number }>(rows: T[], slug: string) => rows.find((r) => r.slug === slug)!.id;
    const started = performance.now();
    await db.$transaction(async (tx) => {
      await lockLedger(tx);
      const sourceIds = new Map<number, number>();
      for (const s of read.file.sources) {
        sourceIds.set(s.id, await addSource(tx, { title: s.title, outletId: s.outlet ? id(actors, s.outlet) : null, url: s.url, publishedAt: s.published, notBefore: null, datingNote: "", retrievedAt: "2026-11-21", text: s.text }, "bench"));
      }
      for (const c of read.file.claims.slice(0, claims)) {
        const text = read.file.sources.find((s) => s.id === c.source_id)!.text;
        const quote = anchorQuote(text, c.quote)!;
        await addClaim(tx, {
          key: null, sourceId: sourceIds.get(c.source_id)!, metricId: id(metrics, c.metric), placeId: id(places, c.place), value: { qualifier: c.qualifier, low: null, best: c.best, high: null, vagueTerm: null },
          surface: c.surface, period: { start: c.period_start, end: c.period_end, label: "" }, quote, surfaceSpan: locateWithin(text, quote, c.surface), attribution: c.attribution.map((a) => id(actors, a)), note: "",
        }, "bench");
      }
    }, { timeout: 600_000 });
    return claims / ((performance.now() - started) / 1000);
  } finally {
    await db.$disconnect();
    await drop();
  }
}

const rate = (n: number, ms: number) => Math.round(n / (ms / 1000));
const fmt = (n: number) => n.toLocaleString("en-US");

console.log(`Import and export of ${fmt(CLAIMS)} claims on ${values.postgres ? "PostgreSQL" : "SQLite"}, ${RUNS} runs`);
await makeTemplate();
let started = performance.now();
const text = syntheticFile(CLAIMS);
console.log(`  file: ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB, made in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const baseline = await baselineRate(syntheticFile(1_000), 1_000);
const totals: number[] = [];
const phases: Record<"read" | "write" | "agreement", number[]> = { read: [], write: [], agreement: [] };
const exports: number[] = [];
for (let run = 1; run <= RUNS; run += 1) {
  const { target, drop } = await freshLedger(`run${run}`);
  const db = createDb(target);
  try {
    started = performance.now();
    const read = readLedgerFile(text);
    if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 3)));
    const readMs = performance.now() - started;
    let agreementAt = 0;
    const summary = await importLedger(db, read.file, "bench", (phase, done) => {
      if (phase === "agreement" && done === 0) agreementAt = performance.now();
    });
    const end = performance.now();
    totals.push(end - started);
    phases.read.push(readMs);
    phases.write.push(agreementAt - started - readMs);
    phases.agreement.push(end - agreementAt);
    pointAppAt(db);
    const exportStarted = performance.now();
    let bytes = 0;
    for await (const line of exportLedger()) bytes += JSON.stringify(line).length + 1;
    exports.push(performance.now() - exportStarted);
    console.log(
      `  run ${run}: import ${fmt(rate(CLAIMS, end - started))} claims/s (${((end - started) / 1000).toFixed(1)} s: read ${(readMs / 1000).toFixed(1)}, write ${((agreementAt - started - readMs) / 1000).toFixed(1)}, agreement ${((end - agreementAt) / 1000).toFixed(1)}; ${summary.groups} groups); ` +
        `export ${fmt(rate(CLAIMS, exports.at(-1)!))} claims/s (${(bytes / 1e6).toFixed(0)} MB)`,
    );
    if (run === 1) {
      const verified = await verifyLedger(db);
      console.log(`  run 1: ledger:verify ${verified.ok ? `passes (${fmt(verified.checked)} revisions)` : `FAILS: ${JSON.stringify(verified)}`}`);
    }
  } finally {
    await db.$disconnect();
    await drop();
  }
}
const median = quantile(totals, 0.5);
console.log(`Import: median ${fmt(rate(CLAIMS, median))} claims/s, p95 ${fmt(rate(CLAIMS, quantile(totals, 0.95)))} claims/s (p95 of time) — ${(rate(CLAIMS, median) / baseline).toFixed(0)}× the per-row baseline of ${fmt(Math.round(baseline))} claims/s`);
console.log(`  without the agreement analysis: median ${fmt(rate(CLAIMS, quantile(phases.read.map((r, i) => r + phases.write[i]!), 0.5)))} claims/s (read ${(quantile(phases.read, 0.5) / 1000).toFixed(1)} s, write ${(quantile(phases.write, 0.5) / 1000).toFixed(1)} s, agreement ${(quantile(phases.agreement, 0.5) / 1000).toFixed(1)} s)`);
console.log(`Export: median ${fmt(rate(CLAIMS, quantile(exports, 0.5)))} claims/s, p95 ${fmt(rate(CLAIMS, quantile(exports, 0.95)))} claims/s`);
if (values.postgres) await adminQuery(`DROP DATABASE IF EXISTS "${TEMPLATE}" WITH (FORCE)`);
else deleteSqliteFiles(sqliteTarget(TEMPLATE).file);
