// The SQLite driver adapter as the ledger needs it. Two changes to @prisma/adapter-better-sqlite3,
// both at the adapter's edge (docs/decisions/0012-integrity-under-concurrency.md):
// - a write transaction starts with BEGIN IMMEDIATE, so that two processes on one file queue for
//   the write lock (busy timeout) instead of one failing when its read snapshot goes stale;
// - decimal parameters reach SQLite as the text Prisma gives, not through parseFloat, so that
//   the TEXT value columns hold 9007199254740993 and 123456789.123456789 exactly.
import type Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Queryable = Pick<Adapter, "queryRaw" | "executeRaw">;
type Query = Parameters<Adapter["queryRaw"]>[0];

/** How long a write waits for another process's write transaction before giving up. */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

function decimalsAsText(query: Query): Query {
  if (!query.argTypes.some((t) => t.scalarType === "decimal")) return query;
  return { ...query, argTypes: query.argTypes.map((t) => (t.scalarType === "decimal" ? { ...t, scalarType: "string" } : t)) };
}

function exactDecimals<T extends Queryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  const executeRaw = queryable.executeRaw.bind(queryable);
  queryable.queryRaw = (query) => queryRaw(decimalsAsText(query));
  queryable.executeRaw = (query) => executeRaw(decimalsAsText(query));
  return queryable;
}

const connections = new WeakMap<PrismaBetterSQLite3, Database.Database>();

/** The better-sqlite3 connection a factory's adapter opened, once it has (for bulk inserts: lib/db/insert-rows.ts). */
export function connectionOf(factory: PrismaBetterSQLite3): Database.Database | null {
  return connections.get(factory) ?? null;
}

/** The better-sqlite3 adapter factory with immediate write transactions and exact decimals. */
export function ledgerSqliteAdapter(url: string, options: { readonly?: boolean } = {}): PrismaBetterSQLite3 {
  const factory = new PrismaBetterSQLite3({ url, timeout: SQLITE_BUSY_TIMEOUT_MS, readonly: options.readonly ?? false });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const sqlite = (adapter as unknown as { client: Database.Database }).client;
    connections.set(factory, sqlite);
    const prepare = sqlite.prepare.bind(sqlite);
    // The adapter opens every transaction with a deferred "BEGIN"; nothing else prepares that text.
    sqlite.prepare = ((source: string) => prepare(source === "BEGIN" ? "BEGIN IMMEDIATE" : source)) as typeof sqlite.prepare;
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => exactDecimals(await startTransaction(isolationLevel));
    return exactDecimals(adapter);
  };
  return factory;
}
