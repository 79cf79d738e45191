import "server-only";
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

export async function insertRows(tx: Tx, table: string, columns: readonly InsertColumn[], rows: readonly unknown[][], onChunk?: (inserted: number) => void): Promise<void> {
  if (rows.length === 0) return;
  const dialect = dialectOf(tx);
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
