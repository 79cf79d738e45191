// The load benchmark's quick mode runs end to end: it builds the app if needed, starts the app and the
// raw baseline on the seeded ledger, loads every route at 1 and 32 connections, and prints the table.
// Its figures are not checked (they are benchmark figures), only that every route was served without
// errors and compared with the baseline, and that the recompute figures are printed.
import { spawn } from "node:child_process";
import path from "node:path";
import { expect, test } from "vitest";

/** Runs the benchmark without blocking the test worker (vitest's own messages need its event loop). */
function quickRun(): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join("node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/bench-load.ts", "--quick", "--port", process.env.BENCH_LOAD_PORT ?? "3291"], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      timeout: 14 * 60_000,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

test("npm run bench:load -- --quick serves every route and prints the side-by-side table", async () => {
  const run = await quickRun();
  expect(run.stderr + run.stdout).not.toMatch(/failed or answered an unexpected status/);
  expect(run.status, run.stderr).toBe(0);
  const rows = run.stdout.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| Route"));
  for (const route of ["home", "topic", "metric", "group", "source", "claim", "Conflicts", "search", "claim API", "claim API, 404"]) {
    for (const connections of [1, 32]) {
      const row = rows.find((line) => line.startsWith(`| ${route} | ${connections} |`));
      expect(row, `${route} at ${connections}`).toBeDefined();
      const cells = row!.split("|").map((c) => c.trim());
      expect(Number(cells[3]), `${route} req/s`).toBeGreaterThan(0);
      expect(cells[12], `${route} errors`).toBe("0");
    }
  }
  // Every route is compared with the raw baseline.
  for (const route of ["home", "topic", "metric", "group", "source", "claim", "Conflicts", "search", "claim API", "claim API, 404"]) {
    const ratio = rows.find((line) => line.startsWith(`| ${route} | 32 |`))!.split("|")[11]!.trim();
    expect(Number(ratio), `${route} ratio`).toBeGreaterThan(0);
  }
  expect(run.stdout).toMatch(/Peak RSS: app \d+ MB, baseline \d+ MB/);
  expect(run.stdout).toMatch(/Recompute after one claim edit \(its group of \d+ claims\): p50 [\d.]+ ms, p95 [\d.]+ ms; rebuild of every verdict \(\d+ groups\): [\d.]+ s/);
}, 15 * 60_000);
