// A smaller run of `npm run fuzz` (lib/testing/fuzz.ts) against the production server of the
// end-to-end tests: no 5xx, nothing in the ledger changed, memory within 100 MB. It runs last and
// alone (playwright.config.ts), since it checks that the ledger did not change.
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { ledgerFingerprint, runFuzz, serverRssMb, signInCookie, warmUp } from "../lib/testing/fuzz";

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 600);

test("generated requests across every route answer below 500 and change nothing", async ({ baseURL }) => {
  test.setTimeout(300_000);
  const database = new Database("data/e2e.db", { readonly: true });
  const fingerprint = () => ledgerFingerprint((sql) => database.prepare(sql).get());
  try {
    const cookie = await signInCookie(baseURL!, "editor@example.test", "correct-horse-battery-staple");
    await warmUp(baseURL!, cookie);
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
    // A first pass lets the server reach its working size; memory is measured from there.
    const warm = await runFuzz({ baseUrl: baseURL!, count: 200, seed: seed + 1000, cookie });
    const port = Number(new URL(baseURL!).port);
    const before = await fingerprint();
    const rssBefore = serverRssMb(port);
    const report = await runFuzz({ baseUrl: baseURL!, count: REQUESTS, seed, cookie });
    const rssAfter = serverRssMb(port);
    test.info().annotations.push({ type: "fuzz", description: `seed ${seed}: ${JSON.stringify(report.statuses)}; RSS ${rssBefore.toFixed(0)} → ${rssAfter.toFixed(0)} MB` });
    expect(report.requests).toBe(REQUESTS);
    expect([...warm.failures, ...report.failures].map((f) => `${f.status} ${f.request.method} ${f.request.path} ${JSON.stringify(f.request.headers)} ${f.request.body?.slice(0, 120) ?? ""} → ${f.answer.slice(0, 120)}`)).toEqual([]);
    expect(await fingerprint()).toBe(before);
    expect(rssAfter - rssBefore).toBeLessThan(100);
  } finally {
    database.close();
  }
});
