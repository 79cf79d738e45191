// The read cache across instances: two production servers on one PostgreSQL database, and one on
// its own SQLite file. A claim is read (and so cached) through one server, changed behind the
// cache's back, then changed through the API of the other server as an editor: the reading server
// must show the changed claim within a second on PostgreSQL, and at once on SQLite.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import Database from "better-sqlite3";
import pg from "pg";
import { expect, test } from "@playwright/test";

const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
const PORTS = { a: BASE_PORT + 12, b: BASE_PORT + 13, sqlite: BASE_PORT + 14 };
const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const SQLITE_FILE = "data/e2e-instances.db";
const EDITOR = { email: "instances@example.test", password: "correct-horse-battery-staple" };

const pgName = `ledger_e2e_instances_${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`;
const pgUrl = (() => {
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${pgName}`;
  return url.toString();
})();
const servers: ChildProcess[] = [];

function script(file: string, args: string[], databaseUrl: string) {
  execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", file, ...args], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "ignore" });
}

/** A database with the seeds and an editor. */
function prepare(databaseUrl: string) {
  script("scripts/db-seed.ts", [], databaseUrl);
  script("scripts/user-create.ts", ["--email", EDITOR.email, "--role", "editor", "--password", EDITOR.password], databaseUrl);
}

/** The production build (made by the end-to-end server) served on its own port and database. */
async function serve(port: number, databaseUrl: string): Promise<void> {
  const server = spawn("node_modules/.bin/next", ["start", "-p", String(port)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    // Its output is kept for a failure's diagnosis.
    stdio: ["ignore", fs.openSync(`data/tmp/instance-${port}.log`, "w"), fs.openSync(`data/tmp/instance-${port}.err`, "w")],
  });
  servers.push(server);
  await expect
    .poll(() => fetch(`http://localhost:${port}/api/v1/claims?limit=1`).then((r) => r.status, () => 0), { timeout: 120_000, intervals: [500] })
    .toBe(200);
}

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function removeSqlite() {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${SQLITE_FILE}${suffix}`, { force: true });
}

async function signIn(port: number): Promise<string> {
  const response = await fetch(`http://localhost:${port}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: `http://localhost:${port}`, "x-forwarded-for": `10.66.${crypto.randomInt(250)}.1` },
    body: JSON.stringify(EDITOR),
  });
  expect(response.status).toBe(200);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

type ApiClaim = { id: number; version: number; status: string; note: string };

const readClaim = (port: number, id: number) => fetch(`http://localhost:${port}/api/v1/claims/${id}`).then((r) => r.json() as Promise<ApiClaim>);
const readPage = (port: number, id: number) => fetch(`http://localhost:${port}/claims/${id}`).then((r) => r.text());

async function firstClaim(port: number): Promise<ApiClaim> {
  const list = (await (await fetch(`http://localhost:${port}/api/v1/claims?limit=1`)).json()) as { rows: Array<{ id: number }> };
  return readClaim(port, list.rows[0]!.id);
}

/** Deprecates the claim through the API as the editor. */
async function deprecate(port: number, cookie: string, claim: ApiClaim) {
  const response = await fetch(`http://localhost:${port}/api/v1/claims/${claim.id}/status`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: `http://localhost:${port}`, cookie },
    body: JSON.stringify({ status: "deprecated", reason: "Superseded by a later count.", expectedVersion: claim.version }),
  });
  expect(response.status).toBe(200);
}

/** Reads the claim and its page so that the reading server caches both, and checks it serves them from its cache. */
async function cacheAndProve(port: number, claim: ApiClaim, changeBehind: (note: string) => Promise<void>, note: string) {
  await readClaim(port, claim.id);
  await readPage(port, claim.id);
  await changeBehind(note);
  // A change the write path did not make is not seen: the answers come from the cache.
  expect((await readClaim(port, claim.id)).note).not.toBe(note);
  expect(await readPage(port, claim.id)).not.toContain(note);
}

test.describe.configure({ mode: "serial" });

test.afterAll(async () => {
  for (const server of servers) server.kill("SIGTERM");
  await Promise.all(servers.map((s) => (s.exitCode === null ? new Promise((resolve) => s.once("exit", resolve)) : null)));
  await adminQuery(`DROP DATABASE IF EXISTS "${pgName}" WITH (FORCE)`).catch(() => undefined);
  removeSqlite();
});

test("a write through one PostgreSQL instance reaches the other's cached page and API answer within a second", async () => {
  test.setTimeout(240_000);
  await adminQuery(`CREATE DATABASE "${pgName}"`);
  prepare(pgUrl);
  await Promise.all([serve(PORTS.a, pgUrl), serve(PORTS.b, pgUrl)]);
  const claim = await firstClaim(PORTS.b);
  const note = `Checked against the ministry's table ${crypto.randomUUID().slice(0, 8)}.`;
  await cacheAndProve(PORTS.b, claim, async (text) => {
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    await client.query(`UPDATE "Claim" SET note = $1 WHERE id = $2`, [text, claim.id]);
    await client.end();
  }, note);

  await deprecate(PORTS.a, await signIn(PORTS.a), claim);

  // "Within a second": a read on B sent one second after A answered must be fresh, however long
  // the busy machine then takes to answer it.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const [onB, pageOnB] = await Promise.all([readClaim(PORTS.b, claim.id), readPage(PORTS.b, claim.id)]);
  expect([onB.status, onB.note]).toEqual(["deprecated", note]);
  expect(pageOnB).toContain(note);
});

test("on SQLite, one instance's write shows at once on its cached page and API answer", async () => {
  test.setTimeout(240_000);
  removeSqlite();
  const url = `file:${SQLITE_FILE}`;
  prepare(url);
  await serve(PORTS.sqlite, url);
  const claim = await firstClaim(PORTS.sqlite);
  const note = `Checked against the ministry's table ${crypto.randomUUID().slice(0, 8)}.`;
  await cacheAndProve(PORTS.sqlite, claim, async (text) => {
    const sqlite = new Database(SQLITE_FILE);
    sqlite.prepare(`UPDATE "Claim" SET note = ? WHERE id = ?`).run(text, claim.id);
    sqlite.close();
  }, note);

  await deprecate(PORTS.sqlite, await signIn(PORTS.sqlite), claim);

  const after = await readClaim(PORTS.sqlite, claim.id);
  expect([after.status, after.note]).toEqual(["deprecated", note]);
  expect(await readPage(PORTS.sqlite, claim.id)).toContain(note);
});
