import "server-only";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import Postgrator from "postgrator";
import { summariseAnalysis } from "@/lib/domain/agreement/group-summary";
import { parseStoredAnalysis } from "@/lib/domain/agreement/stored-analysis";
import { searchKey } from "@/lib/domain/search-key";
import type { DatabaseTarget } from "@/lib/env";

const MIGRATIONS = path.join(process.cwd(), "prisma", "migrations");

/** Removes a SQLite database file with its journal and WAL files. */
export function deleteSqliteFiles(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(`${file}${suffix}`, { force: true });
}

export type MigrationResult = { applied: string[]; version: number };

/**
 * Applies the pending migrations of prisma/migrations/<kind>/ (up to `to`, a version such as
 * "004", when given) and records them in the `schemaversion` table. Each migration runs in its
 * own transaction, so a failed one leaves the database at the previous version.
 */
export async function migrate(target: DatabaseTarget, options: { to?: string } = {}): Promise<MigrationResult> {
  return target.kind === "sqlite" ? migrateSqlite(target.file, options.to) : migratePostgres(target.url, options.to);
}

type Query = (sql: string, params?: unknown[]) => Promise<Array<Record<string, unknown>>>;

/**
 * Data steps that SQL cannot do portably, run right after the migration that needs them and in
 * the same run: migration 005 adds search keys as lower(name), and this gives them the full
 * normalisation of lib/domain/search-key.ts; migration 006 adds group summaries.
 */
const AFTER: Record<number, (query: Query, param: (n: number) => string) => Promise<void>> = {
  5: async (query, param) => {
    for (const table of ["Place", "Actor"]) {
      for (const row of await query(`SELECT "id", "name", "searchKey" FROM "${table}"`)) {
        const key = searchKey(String(row.name));
        if (key !== row.searchKey) await query(`UPDATE "${table}" SET "searchKey" = ${param(1)} WHERE "id" = ${param(2)}`, [key, row.id]);
      }
    }
  },
  // Migration 006 adds group summaries; each is made from the group's stored analysis, a page of groups at a time.
  6: async (query, param) => {
    for (let after = 0; ; ) {
      const rows = await query(`SELECT "id", "analysis" FROM "AgreementGroup" WHERE "id" > ${param(1)} ORDER BY "id" LIMIT 200`, [after]);
      if (rows.length === 0) break;
      for (const row of rows) {
        const summary = JSON.stringify(summariseAnalysis(parseStoredAnalysis(String(row.analysis))));
        await query(`UPDATE "AgreementGroup" SET "summary" = ${param(1)} WHERE "id" = ${param(2)}`, [summary, row.id]);
      }
      after = Number(rows.at(-1)!.id);
    }
  },
};

async function run(postgrator: Postgrator, query: Query, param: (n: number) => string, to: string | undefined): Promise<MigrationResult> {
  const applied = await postgrator.migrate(to);
  for (const migration of applied) await AFTER[migration.version]?.(query, param);
  return { applied: applied.map((m) => m.filename), version: Number(await postgrator.getDatabaseVersion()) };
}

async function migrateSqlite(file: string, to?: string): Promise<MigrationResult> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  try {
    const postgrator = new Postgrator({
      driver: "sqlite3",
      migrationPattern: path.join(MIGRATIONS, "sqlite", "*.sql"),
      async execQuery(query) {
        const statement = sqlite.prepare(query);
        return { rows: statement.reader ? statement.all() : (statement.run(), []) };
      },
      async execSqlScript(script) {
        sqlite.transaction(() => sqlite.exec(script))();
      },
    });
    const query: Query = async (sql, params = []) => {
      const statement = sqlite.prepare(sql);
      return statement.reader ? (statement.all(...params) as Array<Record<string, unknown>>) : (statement.run(...params), []);
    };
    return await run(postgrator, query, () => "?", to);
  } finally {
    sqlite.close();
  }
}

async function migratePostgres(url: string, to?: string): Promise<MigrationResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const postgrator = new Postgrator({
      driver: "pg",
      migrationPattern: path.join(MIGRATIONS, "postgres", "*.sql"),
      execQuery: (query) => client.query(query),
      async execSqlScript(script) {
        await client.query("BEGIN");
        try {
          await client.query(script);
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK");
          throw error;
        }
      },
    });
    const query: Query = async (sql, params = []) => (await client.query(sql, params)).rows as Array<Record<string, unknown>>;
    return await run(postgrator, query, (n) => `$${n}`, to);
  } finally {
    await client.end();
  }
}
