// `npm run bench:find`: how long the filtered claims list, its facet counts, search and the exports
// take on a SQLite ledger of many synthetic claims, against the same reads on the seeds alone in
// the same run. Prints medians and 95th percentiles, the ratio to the seed ledger, and the export
// rate with the growth of the process's memory while exporting.
//
//   npm run bench:find -- --claims 1000000 --requests 40
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { useDb as setCurrentDb, type Db } from "@/lib/db/client";
import { claimFacets, claimWhere, listClaims } from "@/lib/data/claim-list";
import { exportClaims } from "@/lib/data/claim-export";
import { searchLedger } from "@/lib/data/search";
import type { ClaimFilters } from "@/lib/schemas/claim-filters";
import { loadSeeds } from "@/lib/seed/load-seeds";
import { readSeeds } from "@/lib/seed/read-seeds";
import { addSyntheticClaims, quantile, random } from "@/lib/testing/synthetic-ledger";
import { createSqliteTestDb, type TestDb } from "@/lib/testing/test-db";

const { values: args } = parseArgs({ options: { claims: { type: "string", default: "1000000" }, requests: { type: "string", default: "40" } } });
const CLAIMS = Number(args.claims);
const REQUESTS = Number(args.requests);

type Case = { name: string; run: () => Promise<unknown> };

async function time(fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 3; i += 1) await fn();
  const out: number[] = [];
  for (let i = 0; i < REQUESTS; i += 1) {
    const start = performance.now();
    await fn();
    out.push(performance.now() - start);
  }
  return out;
}

/** The views measured: the same filters on both ledgers; on the seeds, bench slugs read as the seeds' own. */
function cases(big: boolean): Case[] {
  const f = (filters: ClaimFilters) => filters;
  const metric = big ? "bench-metric-7" : "isis-fighters";
  const region = big ? "bench-r3" : "syria-and-iraq";
  const country = big ? "bench-r3-c4" : "syria";
  const outlet = big ? "bench-actor-1" : "shafaq-news";
  const views: Array<[string, ClaimFilters]> = [
    ["no filter", f({})],
    ["metric", f({ metric })],
    ["place (region, with places inside)", f({ place: region })],
    ["metric + country + published range", f({ metric, place: country, publishedFrom: "2020-01-01", publishedTo: "2023-12-31" })],
    ["outlet", f({ outlet })],
    ["qualifier + reference period", f({ qualifier: "approximately", periodFrom: "2021-01-01", periodTo: "2021-12-31" })],
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

async function measure(db: Db, big: boolean) {
  setCurrentDb(db);
  const out = new Map<string, number[]>();
  for (const c of cases(big)) out.set(c.name, await time(c.run));
  return out;
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

let small: TestDb | undefined;
let large: TestDb | undefined;
try {
  small = await createSqliteTestDb();
  await loadSeeds(small.db, readSeeds());
  large = await createSqliteTestDb();
  await loadSeeds(large.db, readSeeds());
  const built = performance.now();
  await addSyntheticClaims(large.db, CLAIMS, random(7));
  console.log(`built ${CLAIMS.toLocaleString("en-US")} synthetic claims in ${((performance.now() - built) / 1000).toFixed(0)} s`);

  const base = await measure(small.db, false);
  const big = await measure(large.db, true);
  const ms = (x: number) => x.toFixed(1).padStart(7);
  console.log(`\n${"read".padEnd(52)}  seeds p50    ${CLAIMS.toLocaleString("en-US")}: p50     p95   ratio(p50)`);
  for (const [name, samples] of big) {
    const b = base.get(name)!;
    console.log(`${name.padEnd(52)} ${ms(quantile(b, 0.5))}        ${ms(quantile(samples, 0.5))} ${ms(quantile(samples, 0.95))}   ×${(quantile(samples, 0.5) / quantile(b, 0.5)).toFixed(1)}`);
  }
  const rate = await exportRate(large.db);
  console.log(
    `\nexport of every claim (JSON rows, batches of 500): ${rate.rows.toLocaleString("en-US")} rows (${rate.mb} MB of JSON), ${rate.perSecond.toLocaleString("en-US")} rows/s; live heap grew at most ${rate.heapGrowthMb} MB${rate.gc ? "" : " (no --expose-gc: an upper bound)"}`,
  );
} finally {
  await small?.drop();
  await large?.drop();
}
