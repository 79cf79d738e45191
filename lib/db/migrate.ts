import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import Postgrator from "postgrator";
import type { DatabaseTarget } from "@/lib/env";

const MIGRATIONS = path.join(process.cwd(), "prisma", "migrations");

/** Removes a SQLite database file with its journal and WAL files. */
export function deleteSqliteFiles(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(`${file}${suffix}`, { force: true });
}

export type MigrationResult = { applied: string[]; version: number };

/**
 * Applies the pending migrations of prisma/migrations/<kind>/ and records them in the
 * `schemaversion` table. Each migration runs in its own transaction, so a failed one leaves
 * the database at the previous version.
 */
export async function migrate(target: DatabaseTarget): Promise<MigrationResult> {
  return target.kind === "sqlite" ? migrateSqlite(target.file) : migratePostgres(target.url);
}

async function run(postgrator: Postgrator): Promise<MigrationResult> {
  const applied = await postgrator.migrate();
  return { applied: applied.map((m) => m.filename), version: Number(await postgrator.getDatabaseVersion()) };
}

async function migrateSqlite(file: string): Promise<MigrationResult> {
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
    return await run(postgrator);
  } finally {
    sqlite.close();
  }
}

async function migratePostgres(url: string): Promise<MigrationResult> {
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
    return await run(postgrator);
  } finally {
    await client.end();
  }
}
