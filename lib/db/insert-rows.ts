import "server-only";
import type Database from "better-sqlite3";
import type { Tx } from "./client";
import { dialectOf } from "./search-index";

/** Bound parameters per statement: under SQLite's 32,766 and PostgreSQL's 65,535. */
const PARAMETERS = { sqlite: 32_000, postgres: 60_000 } as const;

/**
 * Inserts many rows with multi-row INSERT statements, as many rows a statement as the database's
 * parameter limit allows: one round trip per few hundred rows instead of one per row. Values go
 * as bound parameters (Date, string, number, boolean, null), converted by the driver adapter as
 * Prisma's own writes are; a column with a `cast` gets it on PostgreSQL (enums, decimals). Runs in the caller's transaction.
 */
export type InsertColumn = string | { name: string; cast: string };

export async function insertRows(
  tx: Tx,
  table: string,
  columns: readonly InsertColumn[],
  rows: readonly unknown[][],
  onChunk?: (inserted: number) => void,
  sqlite?: Database.Database | null,
): Promise<void> {
  if (rows.length === 0) return;
  const dialect = dialectOf(tx);
  if (dialect === "sqlite" && sqlite) return insertPrepared(sqlite, table, columns, rows, onChunk);
  const perStatement = Math.max(1, Math.floor(PARAMETERS[dialect] / columns.length));
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${typeof c === "string" ? c : c.name}"`).join(", ")}) VALUES `;
  for (let at = 0; at < rows.length; at += perStatement) {
    const chunk = rows.slice(at, at + perStatement);
    const values: unknown[] = [];
    const tuples: string[] = [];
    for (const row of chunk) {
      const marks = row.map((value, i) => {
        values.push(value);
        if (dialect !== "postgres") return "?";
        const column = columns[i]!;
        return typeof column === "string" ? `$${values.length}` : `$${values.length}::${column.cast}`;
      });
      tuples.push(`(${marks.join(", ")})`);
    }
    await tx.$executeRawUnsafe(head + tuples.join(", "), ...values);
    onChunk?.(at + chunk.length);
  }
}

/** A value as the SQLite adapter binds it: booleans as 0/1, dates as ISO text with "+00:00". */
function sqliteValue(value: unknown): unknown {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  return value;
}

/**
 * On SQLite, the same multi-row INSERT prepared once and run on the client's own connection
 * (lib/db/client.ts sqliteConnection), inside the caller's transaction: Prisma's raw queries cost
 * several times more per bound value than the insert itself.
 */
async function insertPrepared(sqlite: Database.Database, table: string, columns: readonly InsertColumn[], rows: readonly unknown[][], onChunk?: (inserted: number) => void): Promise<void> {
  const perStatement = Math.max(1, Math.floor(PARAMETERS.sqlite / columns.length));
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${typeof c === "string" ? c : c.name}"`).join(", ")}) VALUES `;
  let full: Database.Statement | null = null;
  for (let at = 0; at < rows.length; at += perStatement) {
    const chunk = rows.slice(at, at + perStatement);
    const statement = chunk.length === perStatement ? (full ??= sqlite.prepare(head + Array(perStatement).fill(tuple).join(", "))) : sqlite.prepare(head + Array(chunk.length).fill(tuple).join(", "));
    const values: unknown[] = [];
    for (const row of chunk) for (const value of row) values.push(sqliteValue(value));
    statement.run(values);
    onChunk?.(at + chunk.length);
    // Lets the progress reach a streamed answer between statements.
    await new Promise((resolve) => setImmediate(resolve));
  }
}
