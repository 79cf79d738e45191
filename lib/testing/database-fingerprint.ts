// A hash of every row of every table, the same way on both databases: tests that send bad input
// compare it before and after, so "nothing changed" means byte for byte, not a few counts.
import crypto from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { DatabaseTarget } from "@/lib/env";

/**
 * Columns left out: bookkeeping that a refused request may move without changing anything a
 * person wrote. A token's last-used time is written on any accepted use, at most once a minute.
 */
const IGNORED_COLUMNS: Record<string, readonly string[]> = { ApiToken: ["lastUsedAt"] };

async function tableNames(db: Db, kind: DatabaseTarget["kind"]): Promise<string[]> {
  const rows =
    kind === "sqlite"
      ? await db.$queryRawUnsafe<Array<{ name: string }>>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
      : await db.$queryRawUnsafe<Array<{ name: string }>>(`SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`);
  return rows.map((r) => r.name);
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function columnNames(db: Db, kind: DatabaseTarget["kind"], table: string): Promise<string[]> {
  const rows =
    kind === "sqlite"
      ? await db.$queryRawUnsafe<Array<{ name: string }>>(`SELECT name FROM pragma_table_info(?) ORDER BY name`, table)
      : await db.$queryRawUnsafe<Array<{ name: string }>>(`SELECT column_name::text AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY column_name`, table);
  return rows.map((r) => r.name).filter((name) => !(IGNORED_COLUMNS[table] ?? []).includes(name));
}

/**
 * SHA-256 over every table's name and rows, each row rendered by the database itself as text
 * (SQLite's quote(), which writes blobs as hex; PostgreSQL's text cast), the rows sorted.
 */
export async function databaseFingerprint(db: Db, kind: DatabaseTarget["kind"]): Promise<string> {
  const hash = crypto.createHash("sha256");
  for (const table of await tableNames(db, kind)) {
    const columns = await columnNames(db, kind, table);
    if (columns.length === 0) continue;
    const row = kind === "sqlite" ? columns.map((c) => `quote(${quoted(c)})`).join(" || '|' || ") : `concat_ws('|', ${columns.map((c) => `quote_nullable(${quoted(c)}::text)`).join(", ")})`;
    const rows = await db.$queryRawUnsafe<Array<{ r: string }>>(`SELECT ${row} AS r FROM ${quoted(table)}`);
    hash.update(`${table}:${columns.join(",")}\n${rows.map((x) => x.r).sort().join("\n")}\n`);
  }
  return hash.digest("hex");
}
