// A throw-away ledger with the seeds, on each database, for integration tests that read through
// the app's own modules (which use the process-wide client that `useDb` points at).
import { afterAll, beforeAll } from "vitest";
import { useDb } from "@/lib/db/client";
import { loadSeeds } from "@/lib/seed/load-seeds";
import { readSeeds } from "@/lib/seed/read-seeds";
import { createPostgresTestDb, createSqliteTestDb, type TestDb } from "./test-db";

/** For `describe.each`: every suite runs on SQLite and on the local PostgreSQL. */
export const EACH_DATABASE = [
  ["SQLite", createSqliteTestDb],
  ["PostgreSQL", createPostgresTestDb],
] as const;

/**
 * Makes a seeded database for the surrounding `describe` block, points the app's client at it, and
 * drops it afterwards. The returned handle is filled in before the first test runs.
 */
export function seededLedger(create: () => Promise<TestDb>): TestDb {
  let current: TestDb | undefined;
  const get = () => {
    if (!current) throw new Error("The seeded ledger is made in beforeAll; use it inside a test.");
    return current;
  };
  beforeAll(async () => {
    current = await create();
    useDb(current.db);
    await loadSeeds(current.db, readSeeds());
  }, 120_000);
  afterAll(async () => {
    await current?.drop();
  });
  return {
    get db() {
      return get().db;
    },
    get target() {
      return get().target;
    },
    drop: () => get().drop(),
  };
}
