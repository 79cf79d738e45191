// `npm run bench:first-visit`: what a new visitor waits for on a freshly started production server.
// Each run starts `next start` on the built app and waits until it is ready: its port accepts
// connections and, for a build that warms itself up (instrumentation.ts), it has said "Warm:". No
// request of the benchmark's own comes before the browser's. Then in Chromium it times:
//   - cold home: from navigation to the home page's load event;
//   - first move to a metric: a click on the first metric link, until its page's heading shows
//     and no loading skeleton is left;
//   - first move to a topic: the metric's breadcrumb back to its topic, the same way.
// The figures are medians and 95th percentiles over the runs.
//
//   npm run bench:first-visit -- [--runs 7] [--port 3211] [--dir <built app>] [--db <sqlite file>]
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { chromium, type Page } from "@playwright/test";
import { quantile } from "@/lib/testing/synthetic-ledger";

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "7" },
    port: { type: "string", default: "3211" },
    dir: { type: "string", default: process.cwd() },
    db: { type: "string", default: path.join(process.cwd(), "data", "e2e.db") },
  },
});
const RUNS = Number(args.runs);
const PORT = Number(args.port);
const BASE = `http://localhost:${PORT}`;

function portOpen(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(PORT, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

/** Starts the server; resolves when it is ready: its port is open and, when it warms itself up, warm. */
async function startServer(): Promise<{ server: ChildProcess; ready: number }> {
  const t = performance.now();
  const server = spawn(path.join(args.dir!, "node_modules", ".bin", "next"), ["start", "-p", String(PORT)], {
    cwd: args.dir,
    env: { ...process.env, DATABASE_URL: `file:${path.resolve(args.db!)}`, NEXT_TELEMETRY_DISABLED: "1", PORT: String(PORT) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let warm = false;
  server.stdout!.on("data", (chunk: Buffer) => {
    if (chunk.toString().includes("Warm:")) warm = true;
  });
  const warms = fs.readFileSync(path.join(args.dir!, "instrumentation.ts"), "utf8").includes("warmUp");
  const deadline = Date.now() + 120_000;
  while (!(await portOpen()) || (warms && !warm)) {
    if (Date.now() > deadline) throw new Error("The server was not ready within 120 s.");
    await new Promise((r) => setTimeout(r, 25));
  }
  return { server, ready: performance.now() - t };
}

async function settled(page: Page, heading: string) {
  await page.getByRole("heading", { level: 1, name: heading, exact: true }).waitFor();
  await page.locator("main [role=status]").waitFor({ state: "detached" });
}

type Run = { ready: number; coldHome: number; firstMetric: number; firstTopic: number };

async function oneRun(): Promise<Run> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  const { server, ready } = await startServer();
  try {
    const page = await browser.newPage();
    let t = performance.now();
    await page.goto(`${BASE}/`, { waitUntil: "load" });
    const coldHome = performance.now() - t;

    const metricLink = page.locator('main a[href^="/metrics/"]').first();
    const metricName = (await metricLink.innerText()).trim();
    t = performance.now();
    await metricLink.click();
    await settled(page, metricName);
    const firstMetric = performance.now() - t;

    const topicLink = page.getByRole("navigation", { name: "Breadcrumb" }).locator('a[href^="/topics/"]').first();
    const topicName = (await topicLink.innerText()).trim();
    t = performance.now();
    await topicLink.click();
    await settled(page, topicName);
    const firstTopic = performance.now() - t;
    return { ready, coldHome, firstMetric, firstTopic };
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    await browser.close();
  }
}

const runs: Run[] = [];
for (let i = 0; i < RUNS; i++) {
  const run = await oneRun();
  runs.push(run);
  console.log(`run ${i + 1}: ready after ${run.ready.toFixed(0)} ms, cold home ${run.coldHome.toFixed(0)} ms, first move to a metric ${run.firstMetric.toFixed(0)} ms, to a topic ${run.firstTopic.toFixed(0)} ms`);
}
const row = (name: string, values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${name.padEnd(26)} median ${quantile(sorted, 0.5).toFixed(0).padStart(5)} ms   p95 ${quantile(sorted, 0.95).toFixed(0).padStart(5)} ms`;
};
console.log(`\n${RUNS} cold starts of ${args.dir}`);
console.log(row("start until ready", runs.map((r) => r.ready)));
console.log(row("cold home", runs.map((r) => r.coldHome)));
console.log(row("first move to a metric", runs.map((r) => r.firstMetric)));
console.log(row("first move to a topic", runs.map((r) => r.firstTopic)));
