import fs from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { connectionOf, ledgerSqliteAdapter } from "./sqlite-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres/client";
import { PrismaClient as SqliteClient, type Prisma } from "@/lib/generated/sqlite/client";
import { databaseTarget, readEnv, type DatabaseTarget } from "@/lib/env";

/**
 * The one database client type the app codes against. Both generated clients come from the same
 * model, so the PostgreSQL client has the same shape at run time.
 */
export type Db = SqliteClient;

/** The client inside a transaction: what every write step and the agreement refresh take. */
export type Tx = Prisma.TransactionClient;

export function createDb(target: DatabaseTarget): Db {
  if (target.kind === "postgres") {
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url }) }) as unknown as Db;
  }
  fs.mkdirSync(path.dirname(target.file), { recursive: true });
  const adapter = ledgerSqliteAdapter(target.url);
  const client = new SqliteClient({ adapter });
  sqliteAdapters.set(client, adapter);
  return client;
}

const sqliteAdapters = new WeakMap<Db, ReturnType<typeof ledgerSqliteAdapter>>();

/**
 * The SQLite client's own connection, once it is open; null on PostgreSQL. The adapter runs every
 * query and transaction on this one connection, so statements run on it inside a transaction's
 * callback are part of that transaction. Only bulk inserts use it (lib/db/insert-rows.ts).
 */
export function sqliteConnection(client: Db): Database.Database | null {
  const adapter = sqliteAdapters.get(client);
  return adapter ? connectionOf(adapter) : null;
}

export function currentTarget(): DatabaseTarget {
  return databaseTarget(readEnv().DATABASE_URL);
}

const globalForDb = globalThis as unknown as { ledgerDb?: Db };

/** The process-wide client: one connection pool, reused across hot reloads in development. */
export function db(): Db {
  globalForDb.ledgerDb ??= createDb(currentTarget());
  return globalForDb.ledgerDb;
}

/** Points the process-wide client at another database: for tests and scripts that manage their own. */
export function useDb(instance: Db): void {
  globalForDb.ledgerDb = instance;
}
