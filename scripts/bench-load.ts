// `npm run bench:load`: the production server under load, side by side with a raw baseline (a bare
// node:http server over better-sqlite3 or pg answering the same reads with the same joins, in
// scripts/bench-load/baseline.ts). autocannon runs each route at 1 and 32 connections against the
// app and the baseline in turn, alternating which goes first, over loopback only. The table gives
// req/s, p50, p95 and p99 of each, the ratio app ÷ baseline of req/s, errors, the servers' peak RSS,
// and the gzipped first-load JavaScript of each reading page (the scripts its HTML loads, read from
// the build output).
//
//   npm run bench:load -- [--quick] [--claims 1000000] [--seconds 10] [--postgres] [--rebuild]
//
// --quick: the seeded ledger only, five requests at 1 connection and two per connection at 32 (well under a minute once built).
// --claims 0 skips the large ledger; otherwise it is the one `npm run bench:pages` makes and keeps.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import zlib from "node:zlib";
import autocannon from "autocannon";
import { createDb } from "@/lib/db/client";
import type { DatabaseTarget } from "@/lib/env";
import { quantile } from "@/lib/testing/synthetic-ledger";
import { ledger } from "./bench-ledgers";
import { buildIsStale } from "./start";
import { JS_BUDGET_BYTES } from "./page-weight";
import { rebuildAgreement, refreshAgreement } from "@/lib/agreement/refresh";

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    claims: { type: "string" },
    seconds: { type: "string" },
    port: { type: "string", default: "3211" },
    postgres: { type: "boolean", default: false },
    rebuild: { type: "boolean", default: false },
  },
});
const CLAIMS = Number(args.claims ?? (args.quick ? 0 : 1_000_000));
const SECONDS = Number(args.seconds ?? (args.quick ? 1 : 10));
const APP_PORT = Number(args.port);
const BASELINE_PORT = APP_PORT + 1;
const CONNECTIONS = [1, 32] as const;
const HOST = "127.0.0.1";
/** The budget of gzipped first-load JavaScript per reading page (`npm run build` enforces it). */
const JS_BUDGET = JS_BUDGET_BYTES;

type Route = { name: string; path: string; status: number; baseline: boolean; page: boolean };
type Run = { rps: number; p50: number; p95: number; p99: number; errors: number };

/** One of each reading page and API read, with ids taken from the ledger. */
async function routes(target: DatabaseTarget): Promise<Route[]> {
  const db = createDb(target);
  try {
    const metric = await db.metric.findFirstOrThrow({ orderBy: [{ claimCount: "desc" }, { id: "asc" }], select: { slug: true, name: true, topic: { select: { slug: true } } } });
    const source = await db.source.findFirstOrThrow({ orderBy: [{ claimCount: "desc" }, { id: "asc" }], select: { id: true } });
    const claim = await db.claim.findFirstOrThrow({ where: { metric: { slug: metric.slug } }, orderBy: { id: "desc" }, select: { id: true } });
    const group = await db.agreementGroup.findFirstOrThrow({ orderBy: [{ claimCount: "desc" }, { id: "asc" }], select: { id: true } });
    const word = metric.name.split(/\W+/).find((w) => w.length >= 4)?.toLowerCase() ?? metric.slug;
    const page = (name: string, p: string): Route => ({ name, path: p, status: 200, baseline: true, page: true });
    return [
      page("home", "/"),
      page("topic", `/topics/${metric.topic.slug}`),
      page("metric", `/metrics/${metric.slug}`),
      page("group", `/groups/${group.id}`),
      page("source", `/sources/${source.id}`),
      page("claim", `/claims/${claim.id}`),
      page("Conflicts", "/conflicts"),
      page("search", `/search?q=${encodeURIComponent(word)}`),
      { name: "claim API", path: `/api/v1/claims/${claim.id}`, status: 200, baseline: true, page: false },
      { name: "claim API, 404", path: "/api/v1/claims/999999999", status: 404, baseline: true, page: false },
    ];
  } finally {
    await db.$disconnect();
  }
}

/** The resident memory of a process and its children, from /proc (Linux). */
function rss(pid: number): number {
  let total = 0;
  const visit = (id: number) => {
    try {
      const status = fs.readFileSync(`/proc/${id}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      for (const task of fs.readdirSync(`/proc/${id}/task`)) {
        const children = fs.readFileSync(`/proc/${id}/task/${task}/children`, "utf8").trim();
        for (const child of children ? children.split(/\s+/) : []) visit(Number(child));
      }
    } catch {
      // the process has gone, or /proc is not there
    }
  };
  visit(pid);
  return total;
}

async function waitFor(url: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    if (server.exitCode !== null) throw new Error(`${url}: the server exited (${server.exitCode}).`);
    try {
      await (await fetch(url)).arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  server.kill();
  throw new Error(`${url} did not answer within a minute.`);
}

function start(command: string, argv: string[], target: DatabaseTarget, port: number): ChildProcess {
  return spawn(command, argv, {
    env: { ...process.env, DATABASE_URL: target.url, PORT: String(port), NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((r) => server.once("exit", r));
  server.kill("SIGTERM");
  const timer = setTimeout(() => server.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

/**
 * One autocannon run. It stops by itself: after SECONDS, or in the quick mode after a fixed number of
 * requests (a slow server under load may not answer one within a second). Latency percentiles come
 * from every response's time (autocannon's own summary has no p95); answers other than the route's
 * status count as errors.
 */
async function load(port: number, route: Route, connections: number): Promise<Run> {
  const times: number[] = [];
  let wrongStatus = 0;
  const started = performance.now();
  let last = started;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://${HOST}:${port}${route.path}`,
        connections,
        timeout: 30,
        ...(args.quick ? { amount: Math.max(5, 2 * connections) } : { duration: SECONDS }),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, status, _bytes, responseTime) => {
      times.push(responseTime);
      last = performance.now();
      if (status !== route.status) wrongStatus += 1;
    });
  });
  // Up to the last answer: autocannon itself ends on a one-second tick, which a short run would count.
  const elapsed = (last - started) / 1000;
  return {
    rps: times.length === 0 ? 0 : times.length / elapsed,
    p50: times.length ? quantile(times, 0.5) : NaN,
    p95: times.length ? quantile(times, 0.95) : NaN,
    p99: times.length ? quantile(times, 0.99) : NaN,
    errors: result.errors + result.timeouts + wrongStatus,
  };
}

/**
 * Gzipped bytes of the scripts a page's HTML loads on first visit, read from .next/static. A
 * `nomodule` script (Next.js's polyfills) is not counted: browsers with ES modules do not load it.
 */
async function firstLoadJs(port: number, route: Route): Promise<number> {
  const html = await (await fetch(`http://${HOST}:${port}${route.path}`)).text();
  const tags = [...html.matchAll(/<script[^>]+>/g)].map((m) => m[0]).filter((tag) => !/\snomodule/i.test(tag));
  const scripts = new Set(tags.flatMap((tag) => /src="\/_next\/(static\/[^"?]+\.js)/.exec(tag)?.[1] ?? []));
  let total = 0;
  for (const script of scripts) {
    const file = path.join(".next", decodeURIComponent(script));
    if (fs.existsSync(file)) total += zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
  }
  return total;
}

async function measure(label: string, target: DatabaseTarget) {
  const list = await routes(target);
  const app = start(path.join("node_modules", ".bin", "next"), ["start", "-H", HOST, "-p", String(APP_PORT)], target, APP_PORT);
  const baseline = start(path.join("node_modules", ".bin", "tsx"), [path.join("scripts", "bench-load", "baseline.ts"), String(BASELINE_PORT), target.url], target, BASELINE_PORT);
  const peak = { app: 0, baseline: 0 };
  const sample = () => {
    peak.app = Math.max(peak.app, rss(app.pid!));
    peak.baseline = Math.max(peak.baseline, rss(baseline.pid!));
  };
  const sampler = setInterval(sample, 200);
  try {
    await waitFor(`http://${HOST}:${APP_PORT}/api/v1/claims/1`, app);
    await waitFor(`http://${HOST}:${BASELINE_PORT}/api/v1/claims/1`, baseline);
    const rows: Array<{ route: Route; connections: number; app: Run; baseline: Run | null; js: number | null }> = [];
    let appFirst = true;
    for (const route of list) {
      // Warm both once, so that compilation of the route's code is not measured; both must answer the route's status.
      for (const port of route.baseline ? [APP_PORT, BASELINE_PORT] : [APP_PORT]) {
        const warm = await fetch(`http://${HOST}:${port}${route.path}`);
        await warm.arrayBuffer();
        if (warm.status !== route.status) throw new Error(`${route.path} answered ${warm.status} on port ${port}, not ${route.status}.`);
      }
      const js = route.page ? await firstLoadJs(APP_PORT, route) : null;
      for (const connections of CONNECTIONS) {
        let baseRun: Run | null = null;
        if (route.baseline && !appFirst) baseRun = await load(BASELINE_PORT, route, connections);
        const appRun = await load(APP_PORT, route, connections);
        if (route.baseline && appFirst) baseRun = await load(BASELINE_PORT, route, connections);
        if (route.baseline) appFirst = !appFirst;
        rows.push({ route, connections, app: appRun, baseline: baseRun, js });
      }
    }
    sample();
    return { label, rows, peak };
  } finally {
    clearInterval(sampler);
    await Promise.all([stop(app), stop(baseline)]);
  }
}

/**
 * The agreement's write-side cost on the same ledger, after the load runs: recomputing the groups of
 * the claim of the biggest group (what one claim edit triggers, in its own transaction; median and
 * p95 of several), and rebuilding every verdict of the ledger once.
 */
async function recompute(target: DatabaseTarget) {
  const db = createDb(target);
  try {
    const member = await db.agreementMember.findFirstOrThrow({
      where: { claimId: { not: null } },
      orderBy: [{ group: { claimCount: "desc" } }, { id: "asc" }],
      select: { claimId: true, group: { select: { claimCount: true } } },
    });
    const runs = args.quick ? 3 : 15;
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      await db.$transaction((tx) => refreshAgreement(tx, [member.claimId!]), { timeout: 600_000 });
      times.push(performance.now() - started);
    }
    const started = performance.now();
    const rebuilt = await rebuildAgreement(db);
    return { groupClaims: member.group.claimCount, oneP50: quantile(times, 0.5), oneP95: quantile(times, 0.95), rebuildMs: performance.now() - started, groups: rebuilt.groups };
  } finally {
    await db.$disconnect();
  }
}

function print(result: Awaited<ReturnType<typeof measure>> & { recompute: Awaited<ReturnType<typeof recompute>> }): boolean {
  const mb = (b: number) => `${Math.round(b / 2 ** 20)} MB`;
  const f = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
  console.log(`\n${result.label}: ${args.quick ? "5 requests, or 2 per connection," : `${SECONDS} s`} per run, app and baseline alternating; req/s, latency in ms`);
  console.log("| Route | Conn. | App req/s | p50 | p95 | p99 | Baseline req/s | p50 | p95 | p99 | App ÷ baseline | Errors | JS (gzip) |");
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  let clean = true;
  for (const { route, connections, app, baseline, js } of result.rows) {
    const base = baseline ? [f(baseline.rps), f(baseline.p50), f(baseline.p95), f(baseline.p99)] : ["—", "—", "—", "—"];
    const ratio = baseline ? (app.rps / baseline.rps).toFixed(3) : "—";
    const errors = app.errors + (baseline?.errors ?? 0);
    if (errors > 0 || app.rps === 0) clean = false;
    const jsText = js === null ? "—" : `${(js / 1024).toFixed(0)} KB`;
    console.log(`| ${route.name} | ${connections} | ${f(app.rps)} | ${f(app.p50)} | ${f(app.p95)} | ${f(app.p99)} | ${base.join(" | ")} | ${ratio} | ${errors} | ${jsText} |`);
  }
  const heavy = [...new Set(result.rows.filter((r) => r.js !== null && r.js > JS_BUDGET).map((r) => `${r.route.name} ${(r.js! / 1024).toFixed(0)} KB`))];
  if (heavy.length) console.log(`\nOver the ${JS_BUDGET / 1024} KB budget of first-load JS (gzip): ${heavy.join(", ")}`);
  console.log(`\nPeak RSS: app ${mb(result.peak.app)}, baseline ${mb(result.peak.baseline)}`);
  const r = result.recompute;
  console.log(
    `Recompute after one claim edit (its group of ${r.groupClaims} claims): p50 ${r.oneP50.toFixed(1)} ms, p95 ${r.oneP95.toFixed(1)} ms; ` +
      `rebuild of every verdict (${r.groups} groups): ${(r.rebuildMs / 1000).toFixed(2)} s`,
  );
  return clean;
}

async function main() {
  if (buildIsStale()) {
    console.log("Building the app…");
    const build = spawnSync(path.join("node_modules", ".bin", "next"), ["build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const options = { postgres: args.postgres, rebuild: args.rebuild };
  const database = args.postgres ? "PostgreSQL" : "SQLite";
  console.log("Preparing the ledgers…");
  const ledgers: Array<[string, DatabaseTarget]> = [[`Seeded ledger, ${database}`, await ledger("seeds", 0, options)]];
  if (CLAIMS > 0) ledgers.push([`${CLAIMS.toLocaleString("en")} synthetic claims and the seeds, ${database}`, await ledger(`claims-${CLAIMS}`, CLAIMS, options)]);
  let clean = true;
  for (const [label, target] of ledgers) {
    const measured = await measure(label, target);
    clean = print({ ...measured, recompute: await recompute(target) }) && clean;
  }
  if (!clean) {
    console.error("\nSome requests failed or answered an unexpected status.");
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
