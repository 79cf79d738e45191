// What a migration does to rows that exist before it: migration 005 gives every place and actor a
// search key, with accents removed by the data step in lib/db/migrate.ts.
import { afterEach, describe, expect, it } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { createPostgresTestDb, createSqliteTestDb, type TestDb } from "@/lib/testing/test-db";

type Case = [name: string, create: (to?: string) => Promise<TestDb>, cast: (type: string) => string];
const CASES: Case[] = [
  // An enum value needs a cast on PostgreSQL; SQLite stores it as text.
  ["SQLite", createSqliteTestDb, () => ""],
  ["PostgreSQL", createPostgresTestDb, (type) => `::"${type}"`],
];

describe.each(CASES)("migration 005 on %s", (_name, create, cast) => {
  let t: TestDb | undefined;
  afterEach(async () => {
    await t?.drop();
    t = undefined;
  });

  it("keys the places and actors that exist, accents removed, and searches them by prefix", async () => {
    t = await create("004");
    await t.db.$executeRawUnsafe(`INSERT INTO "Place" ("slug", "name", "kind") VALUES ('cote-divoire', 'Côte d''Ivoire', 'country'${cast("PlaceKind")})`);
    await t.db.$executeRawUnsafe(`INSERT INTO "Actor" ("slug", "name", "kind") VALUES ('sdf', 'Syrian Democratic Forces (SDF)', 'armed_group'${cast("ActorKind")})`);

    const result = await migrate(t.target);
    expect(result.applied.some((file) => file.endsWith("005.do.search-keys.sql"))).toBe(true);

    const place = await t.db.place.findUniqueOrThrow({ where: { slug: "cote-divoire" } });
    const actor = await t.db.actor.findUniqueOrThrow({ where: { slug: "sdf" } });
    expect([place.searchKey, actor.searchKey]).toEqual(["cote d ivoire", "syrian democratic forces sdf"]);
    expect(await t.db.place.count({ where: { searchKey: { gte: "cote", lt: "cote\u{10FFFF}" } } })).toBe(1);
  });
});

describe("the search key column on PostgreSQL", () => {
  it("compares in byte order whatever the database's collation", async () => {
    const t = await createPostgresTestDb();
    try {
      const rows = await t.db.$queryRawUnsafe<Array<{ table_name: string; collation_name: string }>>(
        `SELECT table_name::text AS table_name, collation_name::text AS collation_name FROM information_schema.columns WHERE column_name = 'searchKey' ORDER BY table_name`,
      );
      expect(rows).toEqual([
        { table_name: "Actor", collation_name: "C" },
        { table_name: "Place", collation_name: "C" },
      ]);
    } finally {
      await t.drop();
    }
  });
});
