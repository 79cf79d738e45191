// Throw-away databases for integration tests: a fresh SQLite file, or a fresh database on the
// local PostgreSQL server. Each is migrated with the real migrations.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { createDb, type Db } from "@/lib/db/client";
import { deleteSqliteFiles, migrate } from "@/lib/db/migrate";
import type { DatabaseTarget } from "@/lib/env";

export type TestDb = { db: Db; target: DatabaseTarget; drop: () => Promise<void> };

/** The local server the project's machines run; TEST_POSTGRES_URL points elsewhere. */
export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** Migrates the target and opens it; `drop` disconnects, then removes the database's storage. */
async function openMigrated(target: DatabaseTarget, removeStorage: () => Promise<void>, to?: string): Promise<TestDb> {
  await migrate(target, { to });
  const db = createDb(target);
  return {
    db,
    target,
    async drop() {
      await db.$disconnect();
      await removeStorage();
    },
  };
}

/** `to`: stop at that migration ("004"), to test what a later one does to existing rows. */
export async function createSqliteTestDb(to?: string): Promise<TestDb> {
  const dir = path.join(process.cwd(), "data", "tmp");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `test-${crypto.randomUUID()}.db`);
  return openMigrated({ kind: "sqlite", url: `file:${file}`, file }, async () => deleteSqliteFiles(file), to);
}

/** One statement on the server's admin database (creating and dropping databases). */
export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${POSTGRES_ADMIN_URL} (${(error as Error).message}). ` +
        "Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start",
    );
  }
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createPostgresTestDb(to?: string): Promise<TestDb> {
  const name = `ledger_test_${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return openMigrated({ kind: "postgres", url: url.toString() }, () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`), to);
}

/** A fresh PostgreSQL database with nothing in it (not migrated), e.g. to restore a backup into. */
export async function createEmptyPostgresDb(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `ledger_test_${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
