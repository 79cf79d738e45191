// `npm run db:backup` while an instance keeps writing, then `npm run db:restore` into an empty
// database, on SQLite and PostgreSQL: the restored ledger verifies and holds every write that was
// acknowledged before the backup started.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/roles";
import { createDb, useDb } from "@/lib/db/client";
import { deleteSqliteFiles } from "@/lib/db/migrate";
import { addSource } from "@/lib/commands/commands";
import { verifyLedger } from "@/lib/ledger/verify";
import { sourceInputSchema } from "@/lib/schemas/claim-input";
import { startInstance } from "@/lib/testing/instances";
import { createEmptyPostgresDb, createPostgresTestDb, createSqliteTestDb, type TestDb } from "@/lib/testing/test-db";
import type { DatabaseTarget } from "@/lib/env";

const editor: CurrentUser = { id: "editor-1", email: "editor@example.test", name: "Editor", role: "editor" };
const TEXT = "Officials said 40 fighters were captured in Raqqa in March 2024.";
const TMP = path.join(process.cwd(), "data", "tmp");

function npmScript(script: string, file: string, databaseUrl: string) {
  const run = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", `scripts/${script}.ts`, file], { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

async function seedMinimal(t: TestDb): Promise<number> {
  const topic = await t.db.topic.create({ data: { slug: "conflict", name: "Conflict" } });
  await t.db.metric.create({ data: { slug: "fighters", name: "Fighters", unit: "people", topicId: topic.id } });
  const place = await t.db.place.create({ data: { slug: "raqqa", name: "Raqqa", kind: "city", searchKey: "raqqa" } });
  await t.db.placeAncestor.create({ data: { placeId: place.id, ancestorId: place.id, depth: 0 } });
  return (await addSource(t.db, sourceInputSchema.parse({ title: "Raqqa raids", text: TEXT, publishedAt: "2024-04-02" }), editor)).id;
}

type Empty = { target: DatabaseTarget; drop: () => Promise<void> };

async function emptySqlite(): Promise<Empty> {
  const file = path.join(TMP, `restore-${crypto.randomUUID()}.db`);
  return { target: { kind: "sqlite", url: `file:${file}`, file }, drop: async () => deleteSqliteFiles(file) };
}

async function emptyPostgres(): Promise<Empty> {
  const { url, drop } = await createEmptyPostgresDb();
  return { target: { kind: "postgres", url }, drop };
}

describe.each([
  ["SQLite", createSqliteTestDb, emptySqlite],
  ["PostgreSQL", createPostgresTestDb, emptyPostgres],
] as const)("backup and restore on %s", (_name, create, empty) => {
  let t: TestDb;
  let restoredInto: Empty | undefined;
  const file = path.join(TMP, `backup-${crypto.randomUUID()}.bak`);

  beforeAll(async () => {
    fs.mkdirSync(TMP, { recursive: true });
    t = await create();
    useDb(t.db);
  }, 60_000);

  afterAll(async () => {
    await t?.drop();
    await restoredInto?.drop();
    fs.rmSync(file, { force: true });
  });

  it("backs up under a write load and restores every acknowledged write into an empty database", async () => {
    const sourceId = await seedMinimal(t);
    const quote = "Officials said 40 fighters were captured in Raqqa in March 2024.";
    const writer = startInstance(t.target.url, { user: editor, loop: { input: { sourceId, metric: "fighters", place: "raqqa", qualifier: "exact", best: "40", surface: "40", quote } } });
    try {
      await writer.ready;
      writer.go();
      // Let the load run, then note what was acknowledged before the backup starts.
      while (writer.lines.length < 8) await new Promise((r) => setTimeout(r, 100));
      const acknowledged = writer.lines.filter((l) => l.startsWith("ack ")).map((l) => Number(l.slice(4)));
      const backup = npmScript("db-backup", file, t.target.url);
      const duringBackup = writer.lines.length - acknowledged.length;
      expect(backup.out).toMatch(/Backed up to/);
      expect(backup.status).toBe(0);
      // The load went on while the backup ran (or at least did not fail).
      expect(duringBackup).toBeGreaterThanOrEqual(0);
      expect(writer.child.exitCode).toBeNull();
      writer.child.kill("SIGKILL");
      await writer.exited;

      restoredInto = await empty();
      const restore = npmScript("db-restore", file, restoredInto.target.url);
      expect(restore.out).toMatch(/Restored .* Ledger intact/);
      expect(restore.status).toBe(0);

      const restored = createDb(restoredInto.target);
      try {
        const ids = new Set((await restored.claim.findMany({ select: { id: true } })).map((c) => c.id));
        expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
        expect(acknowledged.length).toBeGreaterThanOrEqual(8);
        expect(await verifyLedger(restored)).toMatchObject({ ok: true });
      } finally {
        await restored.$disconnect();
      }
      // A restore never overwrites a database that holds data.
      expect(npmScript("db-restore", file, restoredInto.target.url)).toMatchObject({ status: 1, out: expect.stringMatching(/not empty/) });
    } finally {
      writer.child.kill("SIGKILL");
      await writer.exited;
    }
  }, 120_000);
});
