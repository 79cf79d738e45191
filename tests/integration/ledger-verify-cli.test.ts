// `npm run ledger:verify` as an operator runs it, against a real SQLite file altered behind the
// app's back.
import { spawnSync } from "node:child_process";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeeds } from "@/lib/seed/load-seeds";
import { readSeeds } from "@/lib/seed/read-seeds";
import { createSqliteTestDb, type TestDb } from "@/lib/testing/test-db";

let t: TestDb;

function verify(...args: string[]) {
  const run = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/ledger-verify.ts", ...args], {
    env: { ...process.env, DATABASE_URL: t.target.url },
    encoding: "utf8",
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

beforeAll(async () => {
  t = await createSqliteTestDb();
  await loadSeeds(t.db, readSeeds());
  await t.db.$disconnect();
}, 120_000);

afterAll(async () => t?.drop());

describe("npm run ledger:verify", () => {
  it("passes an intact ledger, says how many revisions it checked, and prints the head to note", () => {
    const run = verify();
    expect(run.status).toBe(0);
    expect(run.out).toMatch(/Ledger intact: \d+ revisions verified/);
    const head = /Head: (sha256:[0-9a-f]{64})/.exec(run.out)?.[1];
    expect(head).toBeDefined();
    expect(verify("--expect-head", head!).status).toBe(0);
  });

  it("exits non-zero when the head noted earlier is gone from the chain", () => {
    const head = /Head: (sha256:[0-9a-f]{64})/.exec(verify().out)![1]!;
    if (t.target.kind !== "sqlite") throw new Error("expects SQLite");
    const sqlite = new Database(t.target.file);
    const claim = sqlite.prepare(`SELECT "id", "entityId", "snapshot" FROM "Revision" ORDER BY "id" DESC LIMIT 1`).get() as { id: number };
    // Take the last revision out, with the row it created, so that only the noted head can tell.
    const snapshotBackup = sqlite.prepare(`SELECT * FROM "Revision" WHERE "id" = ?`).get(claim.id) as Record<string, unknown>;
    sqlite.prepare(`DELETE FROM "Revision" WHERE "id" = ?`).run(claim.id);
    sqlite.close();
    const run = verify("--expect-head", head);
    expect(run.status).toBe(1);
    expect(run.out).toMatch(/head-missing/);
    const restore = new Database((t.target as { file: string }).file);
    const columns = Object.keys(snapshotBackup);
    restore.prepare(`INSERT INTO "Revision" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`).run(...Object.values(snapshotBackup));
    restore.close();
    expect(verify("--expect-head", head).status).toBe(0);
  });

  it("exits non-zero and names the first revision altered behind the app's back", () => {
    if (t.target.kind !== "sqlite") throw new Error("expects SQLite");
    const sqlite = new Database(t.target.file);
    const victim = sqlite.prepare(`SELECT "id" FROM "Revision" WHERE "entityType" = 'claim' ORDER BY "id" LIMIT 1 OFFSET 9`).get() as { id: number };
    sqlite.prepare(`UPDATE "Revision" SET "author" = 'someone else' WHERE "id" = ?`).run(victim.id);
    sqlite.close();
    const run = verify();
    expect(run.status).toBe(1);
    expect(run.out).toContain(`Ledger broken at revision ${victim.id}`);
  });
});
