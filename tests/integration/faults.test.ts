// Faults under the app: a process killed with SIGKILL in the middle of its writes, a database that
// turns read-only while serving, and a PostgreSQL server restarted under the app. Nothing that was
// acknowledged is lost, the chain verifies, and every failure is a clear 503, never a 500 or a crash.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorResponse } from "@/lib/api/respond";
import type { CurrentUser } from "@/lib/auth/roles";
import { postgresProgram } from "@/lib/db/backup";
import { createDb, useDb, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { ledgerSqliteAdapter } from "@/lib/db/sqlite-adapter";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { addClaim, addSource } from "@/lib/commands/commands";
import { verifyLedger } from "@/lib/ledger/verify";
import { claimInputSchema, sourceInputSchema } from "@/lib/schemas/claim-input";
import { startInstance } from "@/lib/testing/instances";
import { createPostgresTestDb, createSqliteTestDb, type TestDb } from "@/lib/testing/test-db";

const editor: CurrentUser = { id: "editor-1", email: "editor@example.test", name: "Editor", role: "editor" };
const QUOTE = "Officials said 40 fighters were captured in Raqqa in March 2024.";

async function seedMinimal(db: Db): Promise<number> {
  const topic = await db.topic.create({ data: { slug: "conflict", name: "Conflict" } });
  await db.metric.create({ data: { slug: "fighters", name: "Fighters", unit: "people", topicId: topic.id } });
  const place = await db.place.create({ data: { slug: "raqqa", name: "Raqqa", kind: "city", searchKey: "raqqa" } });
  await db.placeAncestor.create({ data: { placeId: place.id, ancestorId: place.id, depth: 0 } });
  return (await addSource(db, sourceInputSchema.parse({ title: "Raqqa raids", text: QUOTE, publishedAt: "2024-04-02" }), editor)).id;
}

const claimBody = (sourceId: number, best = "40") => ({ sourceId, metric: "fighters", place: "raqqa", qualifier: "exact", best, surface: "40", quote: QUOTE });

/** A write as the API makes it: its HTTP status and body. */
async function apiWrite(db: Db, sourceId: number): Promise<{ status: number; body: Record<string, unknown> }> {
  try {
    return { status: 201, body: await addClaim(db, claimInputSchema.parse(claimBody(sourceId)), editor) };
  } catch (error) {
    const response = errorResponse(error);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }
}

describe("SIGKILL during writes on SQLite", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createSqliteTestDb();
    useDb(t.db);
  });
  afterAll(async () => t?.drop());

  it("loses no acknowledged write, and the chain verifies after each restart", async () => {
    const sourceId = await seedMinimal(t.db);
    const acknowledged: number[] = [];
    for (let life = 0; life < 2; life += 1) {
      const writer = startInstance(t.target.url, { user: editor, loop: { input: claimBody(sourceId, String(100 + life)) } });
      await writer.ready;
      writer.go();
      let gone = false;
      void writer.exited.then(() => (gone = true));
      while (writer.lines.length < 5 + life * 2) {
        if (gone) throw new Error(`the writer stopped by itself after ${writer.lines.length} line(s): ${writer.lines.join(" | ")}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      writer.child.kill("SIGKILL");
      expect(await writer.exited).toBeNull();
      acknowledged.push(...writer.lines.filter((l) => l.startsWith("ack ")).map((l) => Number(l.slice(4))));

      // The restarted app opens the file the killed one left, WAL and all.
      const reopened = createDb(t.target);
      try {
        const ids = new Set((await reopened.claim.findMany({ select: { id: true } })).map((c) => c.id));
        expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
        expect(await verifyLedger(reopened)).toMatchObject({ ok: true });
      } finally {
        await reopened.$disconnect();
      }
    }
  }, 90_000);
});

describe("a database that is read-only while the app serves", () => {
  it("SQLite: answers writes with 503 naming it, and still serves reads", async () => {
    const t = await createSqliteTestDb();
    try {
      const sourceId = await seedMinimal(t.db);
      if (t.target.kind !== "sqlite") throw new Error("expects SQLite");
      // What the app meets when the file or its volume is read-only (root ignores file modes).
      const readOnly = new SqliteClient({ adapter: ledgerSqliteAdapter(t.target.url, { readonly: true }) });
      try {
        const before = await readOnly.claim.count();
        const refused = await apiWrite(readOnly, sourceId);
        expect(refused.status).toBe(503);
        expect(refused.body.error).toMatch(/read-only/);
        expect(await readOnly.claim.count()).toBe(before);
      } finally {
        await readOnly.$disconnect();
      }
    } finally {
      await t.drop();
    }
  });

  it("PostgreSQL: answers writes with 503 while it is read-only, and writes again once it is not", async () => {
    const t = await createPostgresTestDb();
    const name = new URL(t.target.url).pathname.slice(1);
    const admin = new pg.Client({ connectionString: t.target.url });
    await admin.connect();
    const dropSessions = () => admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name]);
    try {
      const sourceId = await seedMinimal(t.db);
      expect((await apiWrite(t.db, sourceId)).status).toBe(201);
      await admin.query(`ALTER DATABASE "${name}" SET default_transaction_read_only = on`);
      await dropSessions();
      const statuses: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        const attempt = await apiWrite(t.db, sourceId);
        statuses.push(attempt.status);
        if (i === 2) expect(attempt.body.error).toMatch(/read-only/);
      }
      expect(statuses).toEqual([503, 503, 503]);
      expect(await t.db.claim.count()).toBe(1);

      await admin.query(`ALTER DATABASE "${name}" RESET default_transaction_read_only`);
      await dropSessions();
      const after: number[] = [];
      for (let i = 0; i < 3 && after.at(-1) !== 201; i += 1) after.push((await apiWrite(t.db, sourceId)).status);
      expect(after.at(-1)).toBe(201);
      expect(after.every((s) => s === 201 || s === 503)).toBe(true);
      expect(await verifyLedger(t.db)).toMatchObject({ ok: true });
    } finally {
      await admin.end();
      await t.drop();
    }
  }, 60_000);
});

// A private cluster on a spare port: the shared server on 5432 is never stopped.
const programs = { initdb: postgresProgram("initdb"), pgCtl: postgresProgram("pg_ctl") };
const havePostgres = programs.initdb !== null && programs.pgCtl !== null;
if (!havePostgres) console.warn("Skipping the PostgreSQL restart test: initdb and pg_ctl were not found (install postgresql).");

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

describe.skipIf(!havePostgres)("PostgreSQL restarted under the app", () => {
  let dir: string;
  let port: number;
  const asPostgres = (program: string, args: string[]) =>
    process.getuid?.() === 0 ? execFileSync("runuser", ["-u", "postgres", "--", program, ...args], { stdio: "pipe" }) : execFileSync(program, args, { stdio: "pipe" });
  const pgCtl = (...args: string[]) => asPostgres(programs.pgCtl!, ["-D", path.join(dir, "data"), "-w", ...args]);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-pg-"));
    if (process.getuid?.() === 0) execFileSync("chown", ["postgres:postgres", dir]);
    port = await freePort();
    asPostgres(programs.initdb!, ["-D", path.join(dir, "data"), "--auth=trust", "--username=postgres", "--no-sync", "--encoding=UTF8"]);
    pgCtl("-l", path.join(dir, "log"), "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, "start");
  }, 60_000);

  afterAll(() => {
    if (!dir) return;
    try {
      pgCtl("-m", "immediate", "stop");
    } catch {
      // Already stopped.
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("answers 503 while the server is down and reconnects by itself when it is back", async () => {
    const admin = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${port}/postgres` });
    await admin.connect();
    await admin.query("CREATE DATABASE ledger");
    await admin.end();
    const target = { kind: "postgres" as const, url: `postgresql://postgres@127.0.0.1:${port}/ledger` };
    await migrate(target);
    const app = createDb(target);
    try {
      const sourceId = await seedMinimal(app);
      expect((await apiWrite(app, sourceId)).status).toBe(201);

      pgCtl("-m", "fast", "stop");
      const down = await apiWrite(app, sourceId);
      expect(down.status).toBe(503);
      expect(down.body.error).toMatch(/not answering/);

      pgCtl("-l", path.join(dir, "log"), "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, "start");
      const after: number[] = [];
      for (let i = 0; i < 5 && after.at(-1) !== 201; i += 1) after.push((await apiWrite(app, sourceId)).status);
      expect(after.at(-1)).toBe(201);
      expect(after.every((s) => s === 201 || s === 503)).toBe(true);
      expect(await app.claim.count()).toBe(2);
      expect(await verifyLedger(app)).toMatchObject({ ok: true });
    } finally {
      await app.$disconnect();
    }
  }, 60_000);
});
