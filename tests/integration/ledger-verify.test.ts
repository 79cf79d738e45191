// The ledger's own check against changes made behind its back, on SQLite and PostgreSQL: a claim
// row edited directly, a source's text swapped, the last revisions deleted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyLedger } from "@/lib/ledger/verify";
import { loadSeeds } from "@/lib/seed/load-seeds";
import { readSeeds } from "@/lib/seed/read-seeds";
import { createPostgresTestDb, createSqliteTestDb, type TestDb } from "@/lib/testing/test-db";

describe.each([
  ["SQLite", createSqliteTestDb],
  ["PostgreSQL", createPostgresTestDb],
] as const)("ledger:verify on %s", (_name, create) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await create();
    await loadSeeds(t.db, readSeeds());
  }, 120_000);
  afterAll(async () => t?.drop());

  it("names a claim whose row was edited directly, and passes again once it is put back", async () => {
    const intact = await verifyLedger(t.db);
    expect(intact.ok).toBe(true);
    const victim = await t.db.claim.findFirstOrThrow({ where: { valueBest: { not: null } }, orderBy: { id: "asc" }, skip: 5, select: { id: true, valueBest: true, surface: true } });
    await t.db.$executeRawUnsafe(`UPDATE "Claim" SET "valueBest" = 99999 WHERE "id" = ${victim.id}`);
    expect(await verifyLedger(t.db)).toMatchObject({ ok: false, row: { entityType: "claim", id: victim.id, problem: "row-differs" } });
    await t.db.claim.update({ where: { id: victim.id }, data: { valueBest: victim.valueBest } });
    expect((await verifyLedger(t.db)).ok).toBe(true);

    await t.db.$executeRawUnsafe(`UPDATE "Claim" SET "surface" = 'fewer than ten' WHERE "id" = ${victim.id}`);
    const result = await verifyLedger(t.db);
    expect(result).toMatchObject({ ok: false, row: { id: victim.id, problem: "row-differs" } });
    expect(!result.ok && "row" in result && result.row.detail).toContain("surface");
    await t.db.$executeRawUnsafe(`UPDATE "Claim" SET "surface" = '${victim.surface.replaceAll("'", "''")}' WHERE "id" = ${victim.id}`);
  });

  it("names a source whose text was swapped", async () => {
    const source = await t.db.source.findFirstOrThrow({ select: { id: true, text: true } });
    await t.db.source.update({ where: { id: source.id }, data: { text: source.text.replace(/\d+/, "7") } });
    expect(await verifyLedger(t.db)).toMatchObject({ ok: false, row: { entityType: "source", id: source.id, problem: "row-differs" } });
    await t.db.source.update({ where: { id: source.id }, data: { text: source.text } });
  });

  it("detects the last 20 revisions deleted, from the rows and from the head noted before", async () => {
    const before = await verifyLedger(t.db);
    if (!before.ok) throw new Error("expected an intact ledger");
    const last = await t.db.revision.findMany({ orderBy: { id: "desc" }, take: 20, select: { id: true } });
    await t.db.revision.deleteMany({ where: { id: { in: last.map((r) => r.id) } } });

    const after = await verifyLedger(t.db);
    expect(after.ok).toBe(false);
    expect(after).toMatchObject({ row: { problem: "no-revisions" } });
    expect(await verifyLedger(t.db, { expectHead: before.head })).toMatchObject({ ok: false, row: { problem: "head-missing" } });
    expect("head" in after && after.head).not.toBe(before.head);
  });
});
