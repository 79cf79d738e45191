// The full-text indexes behind search. On PostgreSQL they are GIN expression indexes over the
// tables themselves (migration 014), which the database keeps in step on every write. SQLite's FTS5
// tables hold a copy of the searched text, so the write path tells them what it changed, with one
// call: indexForSearch. Migration 014 indexes the rows that existed before it.
import "server-only";
import type { Prisma } from "@/lib/generated/sqlite/client";

type Client = Prisma.TransactionClient | { $executeRawUnsafe: Prisma.TransactionClient["$executeRawUnsafe"] };

export type Dialect = "sqlite" | "postgres";

/** Which database a client (or a transaction of it) talks to. */
export function dialectOf(client: object): Dialect {
  const provider = (client as { _activeProvider?: string })._activeProvider;
  return provider === "postgresql" || provider === "postgres" ? "postgres" : "sqlite";
}

/**
 * The rows of the NameSearch table are metrics, places and actors, told apart by the rowid:
 * id * 4 + the kind's code, so that one table answers "any name" and a row is found by its id.
 */
export const NAME_KIND_CODE = { metric: 1, place: 2, actor: 3 } as const;
export type NameKind = keyof typeof NAME_KIND_CODE;

export type SearchChanges = { claims?: number[]; sources?: number[]; metrics?: number[]; places?: number[]; actors?: number[] };

const NAME_SOURCES: Record<NameKind, { table: string; detail: string }> = {
  metric: { table: "Metric", detail: `"description"` },
  place: { table: "Place", detail: `''` },
  actor: { table: "Actor", detail: `''` },
};

/**
 * Brings the SQLite search tables in step with the rows named, as they are now in the
 * transaction. Rows are replaced whole (delete, then insert), so calling it twice is harmless.
 * A no-op on PostgreSQL.
 */
export async function indexForSearch(tx: Client, changes: SearchChanges): Promise<void> {
  if (dialectOf(tx) !== "sqlite") return;
  const run = async (ids: number[] | undefined, remove: string, insert: string) => {
    if (!ids || ids.length === 0) return;
    const json = JSON.stringify(ids.filter(Number.isSafeInteger));
    await tx.$executeRawUnsafe(remove, json);
    await tx.$executeRawUnsafe(insert, json);
  };
  const IDS = `(SELECT "value" FROM json_each(?))`;
  await run(changes.claims, `DELETE FROM "ClaimSearch" WHERE rowid IN ${IDS}`, `INSERT INTO "ClaimSearch" (rowid, "quote") SELECT "id", "quoteExact" FROM "Claim" WHERE "id" IN ${IDS}`);
  await run(
    changes.sources,
    `DELETE FROM "SourceSearch" WHERE rowid IN ${IDS}`,
    `INSERT INTO "SourceSearch" (rowid, "title", "body") SELECT "id", coalesce("title", ''), "text" FROM "Source" WHERE "id" IN ${IDS}`,
  );
  for (const kind of Object.keys(NAME_SOURCES) as NameKind[]) {
    const { table, detail } = NAME_SOURCES[kind];
    const code = NAME_KIND_CODE[kind];
    await run(
      changes[`${kind}s`],
      `DELETE FROM "NameSearch" WHERE rowid IN (SELECT "value" * 4 + ${code} FROM json_each(?))`,
      `INSERT INTO "NameSearch" (rowid, "name", "detail") SELECT "id" * 4 + ${code}, "name", ${detail} FROM "${table}" WHERE "id" IN ${IDS}`,
    );
  }
}

/**
 * Re-indexes every row: for ledgers written straight into the tables (the benchmarks' synthetic
 * ledgers). The SQL is the backfill of migration 014. A no-op on PostgreSQL.
 */
export async function rebuildSearchIndex(client: Client): Promise<void> {
  if (dialectOf(client) !== "sqlite") return;
  for (const table of ["ClaimSearch", "SourceSearch", "NameSearch"]) await client.$executeRawUnsafe(`DELETE FROM "${table}"`);
  await client.$executeRawUnsafe(`INSERT INTO "ClaimSearch" (rowid, "quote") SELECT "id", "quoteExact" FROM "Claim"`);
  await client.$executeRawUnsafe(`INSERT INTO "SourceSearch" (rowid, "title", "body") SELECT "id", coalesce("title", ''), "text" FROM "Source"`);
  for (const kind of Object.keys(NAME_SOURCES) as NameKind[]) {
    const { table, detail } = NAME_SOURCES[kind];
    await client.$executeRawUnsafe(`INSERT INTO "NameSearch" (rowid, "name", "detail") SELECT "id" * 4 + ${NAME_KIND_CODE[kind]}, "name", ${detail} FROM "${table}"`);
  }
}
