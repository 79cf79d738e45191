// The ledger file on both databases: an export of the seeded ledger imported into an empty one
// exports the same bytes again; a file with one bad row changes nothing and names the row and field;
// a file imported twice is refused for its duplicate sources; the chain verifies after an import.
import { describe, expect, it } from "vitest";
import { importLedger } from "@/lib/commands/import";
import { LedgerImportError } from "@/lib/commands/errors";
import { useDb as pointAppAt, type Db } from "@/lib/db/client";
import { exportLedger } from "@/lib/data/ledger-export";
import { readLedgerFile } from "@/lib/import/read-ledger-file";
import { verifyLedger } from "@/lib/ledger/verify";
import { loadSeeds } from "@/lib/seed/load-seeds";
import { readSeeds } from "@/lib/seed/read-seeds";
import { EACH_DATABASE, seededLedger } from "@/lib/testing/seeded-ledger";
import type { TestDb } from "@/lib/testing/test-db";

async function exportText(db: Db): Promise<string> {
  pointAppAt(db);
  let text = "";
  for await (const line of exportLedger()) text += `${JSON.stringify(line)}\n`;
  return text;
}

/** Every table an import writes, as rows, to compare before and after. */
async function contents(db: Db) {
  return {
    sources: await db.source.findMany({ orderBy: { id: "asc" } }),
    claims: await db.claim.findMany({ orderBy: { id: "asc" } }),
    revisions: await db.revision.count(),
    relations: await db.claimRelation.count(),
    groups: await db.agreementGroup.findMany({ orderBy: { id: "asc" }, select: { id: true, verdict: true, claimCount: true } }),
    metrics: await db.metric.findMany({ orderBy: { id: "asc" }, select: { id: true, claimCount: true } }),
    totals: await db.ledgerTotal.findMany(),
  };
}

function importText(db: Db, text: string) {
  const read = readLedgerFile(text);
  if (!read.ok) throw new LedgerImportError(read.problems);
  return importLedger(db, read.file, "test-importer");
}

/** A ledger with the seeds' taxonomy (metrics, places, actors) and no source or claim. */
async function emptyLedger(create: () => Promise<TestDb>): Promise<TestDb> {
  const target = await create();
  await loadSeeds(target.db, { ...readSeeds(), files: [] });
  return target;
}

describe.each(EACH_DATABASE)("import on %s", (_name, create) => {
  const t = seededLedger(create);

  it("round trip: the seeded ledger exported, imported into an empty ledger and exported again gives the same bytes", async () => {
    const first = await exportText(t.db);
    const lines = first.trimEnd().split("\n");
    expect(lines.filter((l) => l.startsWith('{"type":"claim"')).length).toBe(await t.db.claim.count());
    expect(await t.db.claimRelation.count()).toBeGreaterThan(0);
    const empty = await emptyLedger(create);
    try {
      const summary = await importText(empty.db, first);
      expect(summary).toMatchObject({ sources: await t.db.source.count(), claims: await t.db.claim.count(), relations: await t.db.claimRelation.count(), keptIds: true });
      const second = await exportText(empty.db);
      expect(second).toBe(first);
      expect(await verifyLedger(empty.db)).toMatchObject({ ok: true });
      // The verdicts are recomputed from the imported figures: the same as the original ledger's.
      const verdicts = async (db: Db) => (await db.claim.findMany({ orderBy: { id: "asc" }, select: { id: true, membership: { select: { group: { select: { verdict: true } } } } } })).map((c) => [c.id, c.membership?.group.verdict ?? null]);
      expect(await verdicts(empty.db)).toEqual(await verdicts(t.db));
      const original = await t.db.metric.findMany({ orderBy: { id: "asc" }, select: { slug: true, claimCount: true, verdict: true } });
      expect(await empty.db.metric.findMany({ orderBy: { id: "asc" }, select: { slug: true, claimCount: true, verdict: true } })).toEqual(original);

      // Imported again, every source is a duplicate: reported by line, nothing changes.
      const before = await contents(empty.db);
      const again = await importText(empty.db, first).catch((e: unknown) => e);
      expect(again).toBeInstanceOf(LedgerImportError);
      const problems = (again as LedgerImportError).problems;
      expect(problems.filter((p) => /already has this source/.test(p.message)).length).toBe(await t.db.source.count());
      expect(problems[0]!.line).toBe(1);
      expect(["url", "text"]).toContain(problems[0]!.field);
      expect(await contents(empty.db)).toEqual(before);
    } finally {
      pointAppAt(t.db);
      await empty.drop();
    }
  }, 120_000);

  it("a file with one bad row changes nothing and names the row and field", async () => {
    const file = await exportText(t.db);
    const lines = file.trimEnd().split("\n");
    const target = lines.findIndex((l) => l.startsWith('{"type":"claim"'));
    const claim = JSON.parse(lines[target]!) as Record<string, unknown>;
    const empty = await emptyLedger(create);
    try {
      const before = await contents(empty.db);
      // Bad for the form's own schema: an exact figure without its value.
      lines[target] = JSON.stringify({ ...claim, qualifier: "exact", best: null, low: null, high: null });
      const read = readLedgerFile(`${lines.join("\n")}\n`);
      expect(read.ok).toBe(false);
      expect(!read.ok && read.problems).toEqual([{ line: target + 1, field: "best", message: "An exact figure needs its value." }]);
      // Good in shape, bad for the ledger: a metric it does not have. Found inside the transaction.
      lines[target] = JSON.stringify({ ...claim, metric: "no-such-metric" });
      const refused = await importText(empty.db, `${lines.join("\n")}\n`).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(LedgerImportError);
      expect((refused as LedgerImportError).problems).toEqual([{ line: target + 1, field: "metric", message: "The ledger has no metric “no-such-metric”." }]);
      expect(await contents(empty.db)).toEqual(before);
      expect(await verifyLedger(empty.db)).toMatchObject({ ok: true });
    } finally {
      pointAppAt(t.db);
      await empty.drop();
    }
  }, 120_000);

  it("into a ledger that has the ids already, rows get new ids and the chain still verifies", async () => {
    const file = await exportText(t.db);
    const source = JSON.parse(file.split("\n")[0]!) as Record<string, unknown>;
    const text = `${source.text as string}\n\nA copy kept for this test.`;
    const one = [
      JSON.stringify({ ...source, url: null, text }),
      JSON.stringify({
        type: "claim", id: 1, key: null, source_id: source.id, metric: "us-troops-deployed", place: "syria", qualifier: "exact", low: null, best: "7", high: null, vague_term: null,
        surface: "A", surface_start: null, modality: "observed", change: null, cumulative: false, period_start: null, period_end: null, period_label: "",
        quote: "A copy kept", quote_start: text.indexOf("A copy kept"), attribution: [], note: "", status: "active", status_reason: "", created_at: "2026-01-01T00:00:00.000Z", relations: [],
      }),
      JSON.stringify({ complete: true, sources: 1, claims: 1 }),
    ].join("\n");
    const claims = await t.db.claim.count();
    const summary = await importText(t.db, one);
    expect(summary).toMatchObject({ sources: 1, claims: 1, keptIds: false });
    expect(await t.db.claim.count()).toBe(claims + 1);
    const added = await t.db.claim.findFirstOrThrow({ orderBy: { id: "desc" }, select: { id: true, quoteExact: true, source: { select: { text: true } } } });
    expect(added.id).toBeGreaterThan(1);
    expect(added.source.text).toBe(text);
    expect(await verifyLedger(t.db)).toMatchObject({ ok: true });
  }, 120_000);
});
