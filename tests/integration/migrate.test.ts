// What a migration does to rows that exist before it: migration 005 gives every place and actor a
// search key, with accents removed by the data step in lib/db/migrate.ts.
import { afterEach, describe, expect, it } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { decimalSortKey } from "@/lib/schemas/decimal-bound";
import { createPostgresTestDb, createSqliteTestDb, type TestDb } from "@/lib/testing/test-db";

type Case = [name: string, create: (to?: string) => Promise<TestDb>, cast: (type: string) => string];
const CASES: Case[] = [
  // An enum value needs a cast on PostgreSQL; SQLite stores it as text.
  ["SQLite", createSqliteTestDb, () => ""],
  ["PostgreSQL", createPostgresTestDb, (type) => `::"${type}"`],
];

describe.each(CASES)("migrations on %s", (_name, create, cast) => {
  let t: TestDb | undefined;
  afterEach(async () => {
    await t?.drop();
    t = undefined;
  });

  it("005 keys the places and actors that exist, accents removed, and searches them by prefix", async () => {
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

  it("006 gives every existing group a summary of a few of its figures", async () => {
    t = await create("005");
    const ids = Array.from({ length: 40 }, (_, i) => String(i + 1));
    const analysis = {
      verdict: "trend", severity: 0, originCount: 1, series: [], explanation: ["A series."], conflicts: [], conflictTotal: 0,
      conflictingIds: [], agreeingIds: [], partWholeIds: [],
      intervals: Object.fromEntries(ids.map((id) => [id, { low: Number(id), high: Number(id), lowOpen: false, highOpen: false }])),
      claims: ids.map((id) => ({ id, derivedFrom: null, metricId: 1, placeId: 1, placeName: "P", placeAncestors: [1], period: { start: null, end: null, certainty: "open" }, value: { qualifier: "exact", low: null, best: id, high: null, vagueTerm: null }, origin: { key: `o${Number(id) % 4}`, label: "O", named: true }, label: id })),
    };
    await t.db.$executeRawUnsafe(`INSERT INTO "Topic" ("slug", "name") VALUES ('t', 'T')`);
    await t.db.$executeRawUnsafe(`INSERT INTO "Metric" ("slug", "name", "unit", "topicId") VALUES ('m', 'M', 'people', 1)`);
    await t.db.$executeRawUnsafe(`INSERT INTO "Place" ("slug", "name", "kind", "searchKey") VALUES ('p', 'P', 'country'${cast("PlaceKind")}, 'p')`);
    await t.db.$executeRawUnsafe(
      `INSERT INTO "AgreementGroup" ("key", "metricId", "verdict", "claimCount", "originCount", "placeId", "analysis") VALUES ('1:1', 1, 'trend'${cast("Verdict")}, 40, 1, 1, $1)`.replace("$1", `'${JSON.stringify(analysis)}'`),
    );

    await migrate(t.target);
    const group = await t.db.agreementGroup.findFirstOrThrow({ select: { summary: true } });
    const summary = JSON.parse(group.summary) as { claims: Array<{ id: string }>; figureTotal: number; originTotal: number; explanation: string[] };
    expect(summary.claims.map((c) => c.id)).toEqual(["1", "9", "17", "24", "32", "40"]);
    expect([summary.figureTotal, summary.originTotal, summary.explanation]).toEqual([40, 4, ["A series."]]);
  });
});

describe.each(CASES)("migration 009 on %s", (name, create, cast) => {
  it("keeps existing figures, gives them exact sort keys, and makes the value columns exact", async () => {
    const t = await create("008");
    try {
      await t.db.$executeRawUnsafe(`INSERT INTO "Topic" ("slug", "name") VALUES ('t', 'T')`);
      await t.db.$executeRawUnsafe(`INSERT INTO "Metric" ("slug", "name", "unit", "topicId") VALUES ('m', 'M', 'people', 1)`);
      await t.db.$executeRawUnsafe(`INSERT INTO "Place" ("slug", "name", "kind", "searchKey") VALUES ('p', 'P', 'country'${cast("PlaceKind")}, 'p')`);
      await t.db.$executeRawUnsafe(`INSERT INTO "Source" ("retrievedAt", "text", "contentHash") VALUES ('2024-01-01', 'x', 'h')`);
      const insert = (value: string, qualifier: string) =>
        t.db.$executeRawUnsafe(
          `INSERT INTO "Claim" ("sourceId", "metricId", "placeId", "qualifier", "valueBest", "valueLow", "sortValue", "surface", "quoteExact", "quotePrefix", "quoteSuffix", "quoteStart", "quoteEnd", "updatedAt") ` +
            `VALUES (1, 1, 1, '${qualifier}'${cast("Qualifier")}, ${qualifier === "exact" ? value : "NULL"}, ${qualifier === "exact" ? "NULL" : value}, ${value}, 'x', 'x', '', '', 0, 1, '2024-01-01')`,
        );
      await insert("0.3333", "exact");
      await insert("2500", "at_least");
      await insert("-12.5", "exact");

      await migrate(t.target);
      const rows = await t.db.claim.findMany({ orderBy: { sortValue: "asc" }, select: { valueBest: true, valueLow: true, sortValue: true } });
      expect(rows.map((r) => (r.valueBest ?? r.valueLow)!.toFixed())).toEqual(["-12.5", "0.3333", "2500"]);
      expect(rows.map((r) => r.sortValue)).toEqual(["-12.5", "0.3333", "2500"].map(decimalSortKey));

      // What the migration promises for new rows: exact storage and one revision after each.
      await t.db.claim.update({ where: { id: 1 }, data: { valueBest: "123456789.123456789" } });
      expect((await t.db.claim.findUniqueOrThrow({ where: { id: 1 } })).valueBest?.toFixed()).toBe("123456789.123456789");
      if (name === "SQLite") {
        const columns = await t.db.$queryRawUnsafe<Array<{ name: string; type: string }>>(`SELECT "name", "type" FROM pragma_table_info('Claim') WHERE "name" IN ('valueLow', 'valueBest', 'valueHigh', 'sortValue')`);
        expect(columns.map((c) => c.type)).toEqual(["TEXT", "TEXT", "TEXT", "TEXT"]);
      }
      const revision = { entityType: "claim", entityId: 1, action: "create" as const, author: "x", snapshot: "{}", prevHash: "sha256:0", createdAt: new Date() };
      await t.db.revision.create({ data: { ...revision, version: 1, hash: "a" } });
      await expect(t.db.revision.create({ data: { ...revision, version: 2, hash: "b" } })).rejects.toMatchObject({ code: "P2002" });
    } finally {
      await t.drop();
    }
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
        { table_name: "ActorAlias", collation_name: "C" },
        { table_name: "Place", collation_name: "C" },
        { table_name: "PlaceAlias", collation_name: "C" },
      ]);
    } finally {
      await t.drop();
    }
  });
});
