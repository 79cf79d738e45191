// `npm run bench:find`: how long every filter of the claims list, its facet counts and search take
// on a kept ledger of many synthetic claims (scripts/bench-find-ledger.ts: data/bench/ or the local
// PostgreSQL), against the same reads on the seeds alone in the same run; the query plan of every
// query those reads send, flagging full scans of the claims; and the export rate with the growth of
// the process's memory while exporting.
//
//   npm run bench:find -- --claims 1000000 --requests 40
//   npm run bench:find -- --claims 1000000 --postgres
//   npm run bench:find -- --claims 1000000 --no-export      # lists, facets, search and plans only
//   npm run bench:find -- --prefix mine-                    # ledgers of one's own: mine-seeds, mine-find-claims-N
//
// Each read is timed in this process against the database, as a page's or the API's uncached read
// is; the budget is 50 ms at the 95th percentile, and the table marks the reads over it.
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { useDb as setCurrentDb, type Db } from "@/lib/db/client";
import { ledgerSqliteAdapter } from "@/lib/db/sqlite-adapter";
import { claimFacets, claimWhere, listClaims } from "@/lib/data/claim-list";
import { exportClaims } from "@/lib/data/claim-export";
import { searchLedger } from "@/lib/data/search";
import type { DatabaseTarget } from "@/lib/env";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres/client";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import type { ClaimFilters } from "@/lib/schemas/claim-filters";
import { quantile } from "@/lib/testing/synthetic-ledger";
import { ledger } from "./bench-ledgers";
import { sqlLedger } from "./bench-find-ledger";

const { values: args } = parseArgs({
  options: {
    claims: { type: "string", default: "1000000" },
    requests: { type: "string", default: "40" },
    postgres: { type: "boolean", default: false },
    rebuild: { type: "boolean", default: false },
    "no-export": { type: "boolean", default: false },
    /** Kept ledgers are named <prefix>seeds and <prefix>claims-<N>. */
    prefix: { type: "string", default: "" },
  },
});
const CLAIMS = Number(args.claims);
const REQUESTS = Number(args.requests);
const BUDGET_MS = 50;

type Query = { sql: string; params: unknown[] };
type Bench = { db: Db; queries: Query[]; plan: (q: Query) => Promise<string[]>; close: () => Promise<void> };

/** A client that records every query it sends, and a way to ask the database for each one's plan. */
function open(target: DatabaseTarget): Bench {
  const queries: Query[] = [];
  const record = (e: { query: string; params: string }) => {
    let params: unknown[] = [];
    try {
      params = JSON.parse(e.params) as unknown[];
    } catch {
      params = [];
    }
    queries.push({ sql: e.query, params });
  };
  if (target.kind === "postgres") {
    const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url }), log: [{ emit: "event", level: "query" }] });
    client.$on("query", record);
    const raw = new pg.Client({ connectionString: target.url });
    const connected = raw.connect();
    return {
      db: client as unknown as Db,
      queries,
      plan: async (q) => {
        await connected;
        const result = await raw.query<{ "QUERY PLAN": string }>(`EXPLAIN ${q.sql}`, q.params.map((p) => (p !== null && typeof p === "object" ? JSON.stringify(p) : p)));
        return result.rows.map((r) => r["QUERY PLAN"]);
      },
      close: async () => {
        await client.$disconnect();
        await raw.end();
      },
    };
  }
  const client = new SqliteClient({ adapter: ledgerSqliteAdapter(target.url, { readonly: true }), log: [{ emit: "event", level: "query" }] });
  client.$on("query", record);
  const raw = new Database(target.file, { readonly: true });
  return {
    db: client,
    queries,
    plan: async (q) => {
      const params = q.params.map((p) => (typeof p === "boolean" ? Number(p) : p !== null && typeof p === "object" ? JSON.stringify(p) : p));
      const rows = raw.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...params) as Array<{ detail: string }>;
      return rows.map((r) => r.detail);
    },
    close: async () => {
      await client.$disconnect();
      raw.close();
    },
  };
}

/** A plan line that reads every row of the claims table (or its search copy) rather than an index range. */
function scansClaims(line: string): boolean {
  return /^SCAN "?Claim"?( |$)(?!.*USING (COVERING )?INDEX)/.test(line.trim()) || /Seq Scan on "?Claim"?\b/.test(line);
}

type Case = { name: string; run: () => Promise<unknown> };

/**
 * The views measured on both ledgers. On the large one, "common" values are the synthetic ones
 * (tens of thousands of claims each) and "rare" values are the seeds' own (a handful of claims
 * among a million): a plan that walks the newest-first index and filters is fast for the first and
 * reads the whole table for the second. On the seeds, bench slugs read as the seeds' own.
 */
function cases(big: boolean): Case[] {
  const common = (bench: string, seed: string) => (big ? bench : seed);
  const views: Array<[string, ClaimFilters]> = [
    ["no filter", {}],
    ["topic (common)", { topic: common("bench-topic", "isis-strength") }],
    ["topic (rare)", { topic: "isis-strength" }],
    ["metric (common)", { metric: common("bench-metric-7", "isis-fighters") }],
    ["metric (rare)", { metric: "isis-fighters" }],
    ["place, with places inside (common)", { place: common("bench-r3", "syria-and-iraq") }],
    ["place, with places inside (rare)", { place: "syria" }],
    ["outlet (common)", { outlet: common("bench-actor-1", "shafaq-news") }],
    ["outlet (rare)", { outlet: "shafaq-news" }],
    ["origin (common)", { origin: common("bench-actor-2", "sdf") }],
    ["origin (rare)", { origin: "sdf" }],
    ["qualifier (common)", { qualifier: "approximately" }],
    ["qualifier (rare)", { qualifier: "fewer_than" }],
    ["modality (common)", { modality: "observed" }],
    ["modality (rare)", { modality: "planned" }],
    ["verdict (common)", { verdict: big ? "consistent" : "trend" }],
    ["verdict (rare)", { verdict: "trend" }],
    ["status (common)", { status: "active" }],
    ["status (rare)", { status: "retracted" }],
    ["reference period", { periodFrom: "2021-01-01", periodTo: "2021-12-31" }],
    ["publication range", { publishedFrom: "2020-01-01", publishedTo: "2023-12-31" }],
    ["metric + place + published range", { metric: common("bench-metric-7", "isis-fighters"), place: common("bench-r3-c4", "syria"), publishedFrom: "2020-01-01", publishedTo: "2023-12-31" }],
  ];
  return [
    ...views.map(([name, filters]) => ({ name: `list: ${name}`, run: () => listClaims(filters, { limit: 25 }) })),
    ...views.map(([name, filters]) => ({
      name: `list page 3: ${name}`,
      run: async () => {
        const one = await listClaims(filters, { limit: 25 });
        const two = one.next ? await listClaims(filters, { limit: 25, cursor: one.next }) : one;
        return two.next ? listClaims(filters, { limit: 25, cursor: two.next }) : two;
      },
    })),
    ...views.map(([name, filters]) => ({ name: `facets: ${name}`, run: () => claimFacets(filters) })),
    { name: "search: one word", run: () => searchLedger(big ? "figure" : "fighters", 10) },
    { name: "search: three words", run: () => searchLedger(big ? "figure stated people" : "ISIS fighters Syria", 10) },
  ];
}

async function time(fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 2; i += 1) await fn();
  const out: number[] = [];
  for (let i = 0; i < REQUESTS; i += 1) {
    const start = performance.now();
    await fn();
    out.push(performance.now() - start);
  }
  return out;
}

async function measure(bench: Bench, big: boolean) {
  setCurrentDb(bench.db);
  const samples = new Map<string, number[]>();
  const scans = new Map<string, string[]>();
  for (const c of cases(big)) {
    samples.set(c.name, await time(c.run));
    if (!big) continue;
    // As it goes, so that a run cut short still tells what it measured.
    const s = samples.get(c.name)!;
    console.log(`  ${c.name}: p50 ${quantile(s, 0.5).toFixed(1)} ms, p95 ${quantile(s, 0.95).toFixed(1)} ms`);
    // One more run, recording its queries, for their plans.
    bench.queries.length = 0;
    await c.run();
    const flagged: string[] = [];
    for (const q of bench.queries) {
      const plan = await bench.plan(q).catch((error: unknown) => [`(no plan: ${error instanceof Error ? error.message.split("\n")[0] : String(error)})`]);
      const bad = plan.filter(scansClaims);
      if (bad.length > 0) flagged.push(`${q.sql.slice(0, 160)}…\n      ${plan.join("\n      ")}`);
    }
    scans.set(c.name, flagged);
  }
  return { samples, scans };
}

async function exportRate(db: Db) {
  setCurrentDb(db);
  const where = await claimWhere({});
  // Live heap after a full collection, sampled as the export runs (run with --expose-gc, as the npm script does).
  const live = () => {
    globalThis.gc?.();
    return process.memoryUsage().heapUsed;
  };
  const before = live();
  let peak = before;
  let rows = 0;
  let bytes = 0;
  let gcTime = 0;
  const start = performance.now();
  for await (const row of exportClaims(where, "http://bench")) {
    bytes += JSON.stringify(row).length + 1;
    rows += 1;
    if (rows % 50_000 === 0) {
      const t = performance.now();
      peak = Math.max(peak, live());
      gcTime += performance.now() - t;
    }
  }
  const seconds = (performance.now() - start - gcTime) / 1000;
  return { rows, perSecond: Math.round(rows / seconds), mb: Math.round(bytes / 1e6), heapGrowthMb: Math.round((peak - before) / 1e6), gc: typeof globalThis.gc === "function" };
}

const options = { postgres: args.postgres, rebuild: args.rebuild };
const small = open(await ledger(`${args.prefix}seeds`, 0, options));
const large = open(await sqlLedger(`${args.prefix}find-claims-${CLAIMS}`, CLAIMS, options));
try {
  const base = await measure(small, false);
  const big = await measure(large, true);
  const ms = (x: number) => x.toFixed(1).padStart(7);
  const database = args.postgres ? "PostgreSQL" : "SQLite";
  console.log(`\n${database}, ${REQUESTS} timed reads each, in ms (budget: p95 ≤ ${BUDGET_MS} ms at ${CLAIMS.toLocaleString("en-US")} claims)`);
  console.log(`${"read".padEnd(56)}  seeds p50   large p50   large p95  ratio(p50)`);
  const over: string[] = [];
  for (const [name, samples] of big.samples) {
    const b = base.samples.get(name)!;
    const p95 = quantile(samples, 0.95);
    if (p95 > BUDGET_MS) over.push(name);
    console.log(
      `${name.padEnd(56)} ${ms(quantile(b, 0.5))}     ${ms(quantile(samples, 0.5))}     ${ms(p95)}    ×${(quantile(samples, 0.5) / quantile(b, 0.5)).toFixed(1)}${p95 > BUDGET_MS ? "  OVER" : ""}`,
    );
  }
  console.log(`\nover the budget: ${over.length === 0 ? "none" : over.join("; ")}`);
  const scanned = [...big.scans].filter(([, flagged]) => flagged.length > 0);
  console.log(`\nquery plans that read the whole Claim table: ${scanned.length === 0 ? "none" : ""}`);
  for (const [name, flagged] of scanned) console.log(`  ${name}\n    ${flagged.join("\n    ")}`);
  if (!args["no-export"]) {
    const rate = await exportRate(large.db);
    console.log(
      `\nexport of every claim (JSON rows, batches of 500): ${rate.rows.toLocaleString("en-US")} rows (${rate.mb} MB of JSON), ${rate.perSecond.toLocaleString("en-US")} rows/s; live heap grew at most ${rate.heapGrowthMb} MB${rate.gc ? "" : " (no --expose-gc: an upper bound)"}`,
    );
  }
} finally {
  await small.close();
  await large.close();
}
