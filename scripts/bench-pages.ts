// `npm run bench:pages`: server time of every page type and API read of the production build,
// on a ledger of the seeds alone (the baseline) and on one with synthetic claims added (a million by
// default, with a hundred thousand sources), both on SQLite and measured in the same run. Each
// route is requested in turn over loopback until its body has arrived; the figures are medians and
// 95th percentiles of those times, and the ratio of the large ledger's median to the baseline's.
//
//   npm run bench:pages -- --claims 1000000 --requests 40 [--rebuild] [--postgres]
//
// The ledgers are kept between runs (the large one takes minutes to make): SQLite files in
// data/bench/, or with --postgres databases named bench_<name> on the local PostgreSQL server.
// --rebuild makes them again.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { createDb, type Db } from "@/lib/db/client";
import type { DatabaseTarget } from "@/lib/env";
import { quantile } from "@/lib/testing/synthetic-ledger";
import { ledger } from "./bench-ledgers";
import { buildIsStale } from "./start";

const { values: args } = parseArgs({
  options: {
    claims: { type: "string", default: "1000000" },
    requests: { type: "string", default: "40" },
    port: { type: "string", default: "3210" },
    rebuild: { type: "boolean", default: false },
    postgres: { type: "boolean", default: false },
  },
});
const CLAIMS = Number(args.claims);
const REQUESTS = Number(args.requests);
const PORT = Number(args.port);

const DATABASE = args.postgres ? "PostgreSQL" : "SQLite";
const ledgerOptions = { postgres: args.postgres, rebuild: args.rebuild };

/** The routes to time on a ledger: one of each page type and API read, with ids read from it. */
async function routes(db: Db): Promise<Array<[string, string]>> {
  const metric = await db.metric.findFirstOrThrow({ orderBy: [{ claimCount: "desc" }, { id: "asc" }], select: { slug: true, topic: { select: { slug: true } } } });
  const source = await db.source.findFirstOrThrow({ orderBy: [{ claimCount: "desc" }, { id: "asc" }], select: { id: true } });
  const claim = await db.claim.findFirstOrThrow({ where: { metric: { slug: metric.slug } }, orderBy: { id: "desc" }, select: { id: true } });
  const group = await db.agreementGroup.findFirstOrThrow({ orderBy: [{ claimCount: "desc" }, { id: "asc" }], select: { id: true } });
  return [
    ["home", "/"],
    ["topic", `/topics/${metric.topic.slug}`],
    ["metric (largest)", `/metrics/${metric.slug}`],
    ["metric, value descending", `/metrics/${metric.slug}?sort=value&dir=desc`],
    ["metric, value ascending", `/metrics/${metric.slug}?sort=value&dir=asc`],
    ["metric, period ascending", `/metrics/${metric.slug}?sort=period&dir=asc`],
    ["sources list", "/sources"],
    ["source (most claims)", `/sources/${source.id}`],
    ["claim", `/claims/${claim.id}`],
    ["conflicts", "/conflicts"],
    ["group (most figures)", `/groups/${group.id}`],
    ["group, 5th page of figures", `/groups/${group.id}?page=5`],
    ["GET /api/v1/claims/:id", `/api/v1/claims/${claim.id}`],
    ["GET /api/v1/places?q=", "/api/v1/places?q=syr"],
    ["404", "/claims/999999999"],
  ];
}

/** The next-page link of a list page, if it has one, to time a page deep in the list too. */
async function nextPage(url: string): Promise<string | null> {
  const html = await (await fetch(url)).text();
  const match = /href="([^"]*cursor=[^"]*)"/.exec(html);
  return match ? match[1]!.replaceAll("&amp;", "&") : null;
}

async function startServer(target: DatabaseTarget): Promise<ChildProcess> {
  const server = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(PORT)], {
    env: { ...process.env, DATABASE_URL: target.url, PORT: String(PORT), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 200; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/v1/places?q=a`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error("The server did not start.");
}

async function measure(target: DatabaseTarget): Promise<Map<string, number[]>> {
  const db = createDb(target);
  const list = await routes(db);
  await db.$disconnect();
  const server = await startServer(target);
  try {
    const base = `http://127.0.0.1:${PORT}`;
    for (const [name, list_] of [["metric, next page", list[2]![1]], ["sources list, next page", "/sources"]] as const) {
      const next = await nextPage(`${base}${list_}`);
      if (next) list.push([name, next]);
    }
    const times = new Map<string, number[]>();
    for (const [name, route] of list) {
      const samples: number[] = [];
      for (let i = 0; i < REQUESTS + 3; i += 1) {
        const started = performance.now();
        const response = await fetch(`${base}${route}`);
        await response.arrayBuffer();
        if (i >= 3) samples.push(performance.now() - started); // the first three warm the caches
        if (!response.ok && name !== "404") throw new Error(`${route} answered ${response.status}`);
      }
      times.set(name, samples);
    }
    return times;
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  }
}

async function main() {
  if (buildIsStale()) {
    console.log("Building the app…");
    const build = spawnSync(path.join("node_modules", ".bin", "next"), ["build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  console.log("Preparing the ledgers…");
  const seeds = await ledger("seeds", 0, ledgerOptions);
  const large = await ledger(`claims-${CLAIMS}`, CLAIMS, ledgerOptions);
  const counts = createDb(large);
  const [claims, sources] = await Promise.all([counts.claim.count(), counts.source.count()]);
  await counts.$disconnect();

  console.log(`Timing ${REQUESTS} requests per route on each ledger…`);
  const small = await measure(seeds);
  const big = await measure(large);
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  console.log(`\nServer time of the production build over loopback (${DATABASE}, ${claims.toLocaleString("en")} claims and ${sources.toLocaleString("en")} sources vs the seeds alone)`);
  console.log(`${"route".padEnd(26)} ${"seeds median".padStart(13)} ${"median".padStart(9)} ${"p95".padStart(9)} ${"ratio".padStart(7)}`);
  let worst = 0;
  for (const [name, samples] of big) {
    const baseline = small.get(name);
    const median = quantile(samples, 0.5);
    const p95 = quantile(samples, 0.95);
    worst = Math.max(worst, p95);
    const ratio = baseline ? `${(median / quantile(baseline, 0.5)).toFixed(2)}×` : "—";
    console.log(`${name.padEnd(26)} ${(baseline ? ms(quantile(baseline, 0.5)) : "—").padStart(13)} ${ms(median).padStart(9)} ${ms(p95).padStart(9)} ${ratio.padStart(7)}`);
  }
  console.log(`\nslowest p95: ${ms(worst)} (budget: 50 ms)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
