// `npm test`: type-check, lint, unit and integration tests, then the end-to-end tests against a
// production build. Every step runs even if an earlier one fails, and the summary names each.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const REPORTS = path.join("data", "tmp", "test-reports");
fs.mkdirSync(REPORTS, { recursive: true });
const vitestReport = path.join(REPORTS, "vitest.json");
const playwrightReport = path.join(REPORTS, "playwright.json");
const loadReport = path.join(REPORTS, "load.json");
// The load benchmark's quick run needs the production build: it runs after the end-to-end tests,
// which make that build, instead of building a second time inside the unit step.
const LOAD_TEST = "scripts/bench-load.test.ts";
// A step that does not run must not be counted from an earlier run's report.
for (const report of [vitestReport, playwrightReport, loadReport]) fs.rmSync(report, { force: true });

type Step = { name: string; command: string[]; env?: Record<string, string> };

const steps: Step[] = [
  { name: "type-check", command: ["tsc", "--noEmit"] },
  { name: "lint", command: ["eslint", "--max-warnings", "0", "."] },
  { name: "unit and integration", command: ["vitest", "run", "--exclude", LOAD_TEST, "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`] },
  {
    name: "end-to-end",
    command: ["playwright", "test", "--reporter=list,json"],
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: path.resolve(playwrightReport) },
  },
  // The end-to-end tests built the app with `next build`; its reading pages must keep to the JS budget.
  { name: "page weight", command: ["tsx", "scripts/check-page-weight.ts"] },
  { name: "load benchmark, quick", command: ["vitest", "run", LOAD_TEST, "--reporter=default", "--reporter=json", `--outputFile.json=${loadReport}`] },
];

const only = process.argv.slice(2);
const results: Array<{ name: string; ok: boolean; seconds: number }> = [];
for (const step of steps.filter((s) => only.length === 0 || only.includes(s.name))) {
  console.log(`\n── ${step.name}: ${step.command.join(" ")}`);
  const started = Date.now();
  const run = spawnSync(path.join("node_modules", ".bin", step.command[0]!), step.command.slice(1), {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...step.env },
  });
  results.push({ name: step.name, ok: run.status === 0, seconds: (Date.now() - started) / 1000 });
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

type VitestReport = { numPassedTests?: number; numFailedTests?: number } | null;
const vitest = readJson(vitestReport) as VitestReport;
const load = readJson(loadReport) as VitestReport;
const playwright = readJson(playwrightReport) as { stats?: { expected?: number; unexpected?: number; flaky?: number } } | null;
const passed = (vitest?.numPassedTests ?? 0) + (load?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0) + (playwright?.stats?.flaky ?? 0);
const failed = (vitest?.numFailedTests ?? 0) + (load?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0);

console.log("\n── summary");
for (const r of results) console.log(`${r.ok ? "ok  " : "FAIL"} ${r.name} (${r.seconds.toFixed(1)} s)`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
