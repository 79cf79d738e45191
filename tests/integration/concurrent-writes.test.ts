// Two app instances (separate processes, each with its own database client) writing to one
// database at the same moment, on SQLite and on PostgreSQL: nothing is lost, duplicated or forked,
// and every refusal is a 409 that names what exists, never a 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorResponse } from "@/lib/api/respond";
import type { CurrentUser } from "@/lib/auth/roles";
import { ledgerError } from "@/lib/commands/database-errors";
import { failedForm } from "@/lib/forms/failed-form";
import { addClaim, addSource } from "@/lib/commands/commands";
import { verifyLedger } from "@/lib/ledger/verify";
import { claimInputSchema, sourceInputSchema } from "@/lib/schemas/claim-input";
import { runTogether, type InstanceResult } from "@/lib/testing/instances";
import { createPostgresTestDb, createSqliteTestDb, type TestDb } from "@/lib/testing/test-db";
import { useDb } from "@/lib/db/client";

const editor: CurrentUser = { id: "editor-1", email: "editor@example.test", name: "Editor", role: "editor" };
const TEXT = "Officials said 40 fighters were captured in Raqqa in March 2024. A separate raid detained 12 suspects, the SDF reported.";
const QUOTE = "Officials said 40 fighters were captured in Raqqa in March 2024.";

function claimBody(sourceId: number, best: string) {
  return { sourceId, metric: "fighters", place: "raqqa", qualifier: "exact", best, surface: "40", quote: QUOTE, attribution: [] };
}

async function sharedPrevHashes(t: TestDb): Promise<number> {
  const rows = await t.db.$queryRawUnsafe<Array<{ n: unknown }>>(
    `SELECT count(*) AS "n" FROM (SELECT "prevHash" FROM "Revision" GROUP BY "prevHash" HAVING count(*) > 1) AS "shared"`,
  );
  return Number(rows[0]!.n);
}

const statuses = (results: InstanceResult[][]) => results.flat().map((r) => r.status).sort();

describe.each([
  ["SQLite", createSqliteTestDb],
  ["PostgreSQL", createPostgresTestDb],
] as const)("two instances writing at once on %s", (_name, create) => {
  let t: TestDb;
  let sourceId: number;

  beforeAll(async () => {
    t = await create();
    useDb(t.db);
    const topic = await t.db.topic.create({ data: { slug: "conflict", name: "Conflict" } });
    await t.db.metric.create({ data: { slug: "fighters", name: "Fighters", unit: "people", topicId: topic.id } });
    const place = await t.db.place.create({ data: { slug: "raqqa", name: "Raqqa", kind: "city", searchKey: "raqqa" } });
    await t.db.placeAncestor.create({ data: { placeId: place.id, ancestorId: place.id, depth: 0 } });
    ({ id: sourceId } = await addSource(t.db, sourceInputSchema.parse({ title: "Raqqa raids", text: TEXT, publishedAt: "2024-04-02" }), editor));
  }, 60_000);

  afterAll(async () => t?.drop());

  it("appends 26 simultaneous writes as one unforked chain", async () => {
    // Edits and retractions of distinct claims share no row, so only the ledger's lock orders them.
    const ids: number[] = [];
    for (let i = 0; i < 26; i += 1) ids.push((await addClaim(t.db, claimInputSchema.parse(claimBody(sourceId, String(100 + i))), editor)).id);
    const before = await t.db.revision.count();
    const edits = ids.slice(0, 13).map((id, i) => ({ kind: "editClaim", id, input: claimBody(sourceId, String(500 + i)), reason: "Corrected from the ministry's statement", expectedVersion: 1 }));
    const retractions = ids.slice(13).map((id) => ({ kind: "setStatus", id, status: "retracted", reason: "The ministry withdrew it", expectedVersion: 1 }));
    const results = await runTogether(t.target.url, [
      { user: editor, ops: edits },
      { user: editor, ops: retractions },
    ]);
    expect(statuses(results)).toEqual(Array(26).fill(200));
    expect(await t.db.revision.count()).toBe(before + 26);
    expect(await sharedPrevHashes(t)).toBe(0);
    expect(await verifyLedger(t.db)).toMatchObject({ ok: true });
  }, 60_000);

  it("adds 24 simultaneous claims, all of them, in one chain", async () => {
    const before = await t.db.claim.count();
    const ops = (from: number) => Array.from({ length: 12 }, (_, i) => ({ kind: "addClaim", input: claimBody(sourceId, String(from + i)) }));
    const results = await runTogether(t.target.url, [
      { user: editor, ops: ops(1000) },
      { user: editor, ops: ops(2000) },
    ]);
    expect(statuses(results)).toEqual(Array(24).fill(201));
    expect(await t.db.claim.count()).toBe(before + 24);
    expect(await sharedPrevHashes(t)).toBe(0);
    expect(await verifyLedger(t.db)).toMatchObject({ ok: true });
  }, 60_000);

  it("takes exactly one of two edits made on the same version, and names the version the other lost to", async () => {
    const { id } = await addClaim(t.db, claimInputSchema.parse(claimBody(sourceId, "40")), editor);
    for (let round = 0; round < 2; round += 1) {
      const { version } = await t.db.claim.findUniqueOrThrow({ where: { id }, select: { version: true } });
      const edit = (best: string) => ({ kind: "editClaim", id, input: claimBody(sourceId, best), reason: "Corrected from the ministry's statement", expectedVersion: version });
      const results = await runTogether(t.target.url, [
        { user: editor, ops: [edit(`${50 + round}`)] },
        { user: editor, ops: [edit(`${60 + round}`)] },
      ]);
      expect(statuses(results)).toEqual([200, 409]);
      const refused = results.flat().find((r) => r.status === 409)!;
      expect(refused.body.detail).toEqual({ currentVersion: version + 1 });
      expect(String(refused.body.error)).toContain(`now version ${version + 1}`);
      const revisions = await t.db.revision.count({ where: { entityType: "claim", entityId: id } });
      expect(revisions).toBe(version + 1);
    }
    expect(await verifyLedger(t.db)).toMatchObject({ ok: true });
  }, 60_000);

  it("adds an article posted through both instances once, and names it to the other", async () => {
    for (let round = 0; round < 2; round += 1) {
      const input = { title: `Report ${round}`, text: `A report of ${round + 3} raids in Raqqa on the same day.`, url: `https://example.org/report-${round}`, undated: true };
      const results = await runTogether(t.target.url, [
        { user: editor, ops: [{ kind: "addSource", input }] },
        { user: editor, ops: [{ kind: "addSource", input }] },
      ]);
      expect(statuses(results)).toEqual([201, 409]);
      const created = results.flat().find((r) => r.status === 201)!;
      const refused = results.flat().find((r) => r.status === 409)!;
      expect(refused.body.detail).toMatchObject({ duplicateOf: created.body.id });
      expect(await t.db.source.count({ where: { url: input.url } })).toBe(1);
    }
  }, 60_000);

  it("turns a unique violation that reaches the database into a 409 naming the field, read from the error code", async () => {
    const error = await t.db.topic.create({ data: { slug: "conflict", name: "Again" } }).catch((e: unknown) => e);
    const response = errorResponse(ledgerError(error));
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ detail: { existing: ["slug"] } });
    expect(failedForm(ledgerError(error), {}).message).toMatch(/already has this slug/);
  });
});
