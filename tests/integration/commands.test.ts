// The editor's write path against a real SQLite file: every bad input gets a clear message next to
// its field and changes nothing; good input writes the claim, its revision and its verdicts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { CurrentUser } from "@/lib/auth/roles";
import { useDb } from "@/lib/db/client";
import { getClaim } from "@/lib/data/claims";
import { addClaim, addSource, editClaim, setClaimStatus } from "@/lib/commands/commands";
import { LedgerConflictError, LedgerInputError } from "@/lib/commands/errors";
import { verifyLedger } from "@/lib/ledger/verify";
import { claimInputSchema, sourceInputSchema, SOURCE_TEXT_LIMIT, type ClaimInput } from "@/lib/schemas/claim-input";
import { loadSeeds } from "@/lib/seed/load-seeds";
import { readSeeds } from "@/lib/seed/read-seeds";
import { createSqliteTestDb, type TestDb } from "@/lib/testing/test-db";

const editor: CurrentUser = { id: "u1", email: "editor@example.test", name: "Editor", role: "editor" };
const TEXT =
  "Officials said at least 40 fighters were captured in Deir ez-Zor in March 2024. " +
  "A separate raid detained 12 suspects, the SDF reported.";

let t: TestDb;
let sourceId: number;

async function counts() {
  const [claims, sources, revisions, groups] = await Promise.all([t.db.claim.count(), t.db.source.count(), t.db.revision.count(), t.db.agreementGroup.count()]);
  return { claims, sources, revisions, groups };
}

function claimInput(over: Partial<Record<keyof ClaimInput, unknown>> = {}): ClaimInput {
  return claimInputSchema.parse({
    sourceId,
    metric: "isis-members-captured",
    place: "deir-ez-zor",
    qualifier: "at_least",
    low: "40",
    surface: "at least 40",
    quote: "Officials said at least 40 fighters were captured in Deir ez-Zor in March 2024.",
    periodStart: "2024-03-01",
    periodEnd: "2024-03-31",
    periodLabel: "in March 2024",
    attribution: [],
    ...over,
  });
}

/** Runs a write that must fail, and checks it failed on the named field without changing anything. */
async function expectRefused(write: () => Promise<unknown>, field: string, message: RegExp) {
  const before = await counts();
  const error = await write().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LedgerInputError);
  expect((error as LedgerInputError).fields[field]).toMatch(message);
  expect(await counts()).toEqual(before);
}

beforeAll(async () => {
  t = await createSqliteTestDb();
  useDb(t.db);
  await loadSeeds(t.db, readSeeds());
  ({ id: sourceId } = await addSource(t.db, sourceInputSchema.parse({ title: "Raids in Deir ez-Zor", text: TEXT, publishedAt: "2024-04-02", url: "https://example.org/raids?utm_source=x" }), editor));
}, 120_000);

afterAll(async () => t?.drop());

describe("adding a source", () => {
  it("refuses an empty or oversized article, naming the limit", () => {
    expect(() => sourceInputSchema.parse({ title: "x", text: "   ", undated: true })).toThrow(ZodError);
    const big = sourceInputSchema.safeParse({ title: "x", text: "a".repeat(SOURCE_TEXT_LIMIT + 1), undated: true });
    expect(big.success).toBe(false);
    expect(big.error?.issues[0]?.message).toMatch(/500,001 characters; the limit is 500,000 characters/);
    expect(sourceInputSchema.safeParse({ title: "x", text: "bin\u0000ary", undated: true }).error?.issues[0]?.message).toMatch(/binary/);
  });

  it("requires a publication date or an explicit undated, not neither and not both", () => {
    const neither = sourceInputSchema.safeParse({ title: "x", text: "News." });
    expect(neither.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["publishedAt", "Give the publication date, or tick “undated”."]]);
    expect(sourceInputSchema.safeParse({ title: "x", text: "News.", publishedAt: "2024-01-02", undated: true }).success).toBe(false);
    expect(sourceInputSchema.parse({ title: "x", text: "News.", undated: "on" })).toMatchObject({ publishedAt: null, undated: true });
  });

  it("names the existing source a duplicate matches, by URL or by content, and adds nothing", async () => {
    const before = await counts();
    const byUrl = await addSource(t.db, sourceInputSchema.parse({ title: "Again", text: "Different text entirely.", url: "http://www.example.org/raids", undated: true }), editor).catch((e: unknown) => e);
    expect(byUrl).toBeInstanceOf(LedgerConflictError);
    expect((byUrl as LedgerConflictError).detail).toEqual({ duplicateOf: sourceId, matchedBy: "url" });
    const byText = await addSource(t.db, sourceInputSchema.parse({ title: "Copy", text: `  ${TEXT.replace(". A", ".  A")}\n`, undated: true }), editor).catch((e: unknown) => e);
    expect((byText as LedgerConflictError).detail).toEqual({ duplicateOf: sourceId, matchedBy: "content" });
    expect((byText as Error).message).toMatch(/Raids in Deir ez-Zor/);
    expect(await counts()).toEqual(before);
  });

  it("refuses a publication date in the future", async () => {
    const future = new Date(Date.now() + 86_400_000 * 3).toISOString().slice(0, 10);
    await expectRefused(() => addSource(t.db, sourceInputSchema.parse({ title: "Tomorrow", text: "Later news.", publishedAt: future }), editor), "publishedAt", /future/);
  });
});

describe("adding a claim", () => {
  it("refuses a quote that is not in the source", async () => {
    await expectRefused(() => addClaim(t.db, claimInput({ quote: "at least 40 fighters were seized", surface: "at least 40" }), editor), "quote", /not in the source/);
  });

  it("refuses a negative count where the metric forbids it", async () => {
    await expectRefused(
      () => addClaim(t.db, claimInput({ qualifier: "exact", low: null, best: "-40", surface: "40" }), editor),
      "best",
      /cannot be negative/,
    );
  });

  it("refuses low above high before touching the database", () => {
    const parsed = claimInputSchema.safeParse({ ...claimInput(), qualifier: "range", low: "50", high: "40" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toContain("low");
  });

  it("refuses a period in the future, and an unknown metric or place", async () => {
    const future = new Date(Date.now() + 86_400_000 * 40).toISOString().slice(0, 10);
    await expectRefused(() => addClaim(t.db, claimInput({ periodEnd: future }), editor), "periodEnd", /future/);
    await expectRefused(() => addClaim(t.db, claimInput({ metric: "no-such-metric" }), editor), "metric", /no metric/);
    await expectRefused(() => addClaim(t.db, claimInput({ place: "atlantis" }), editor), "place", /no place/);
  });

  it("writes a good claim with its revision and its group's verdict", async () => {
    const before = await counts();
    const { id } = await addClaim(t.db, claimInput({ attribution: [] }), editor);
    const after = await counts();
    expect(after.claims).toBe(before.claims + 1);
    expect(after.revisions).toBe(before.revisions + 1);
    const claim = await getClaim(id);
    expect(claim?.quoteSelector.exact).toBe("Officials said at least 40 fighters were captured in Deir ez-Zor in March 2024.");
    expect(claim?.revisions).toMatchObject([{ action: "create", author: editor.id }]);
    const membership = await t.db.agreementMember.findUnique({ where: { claimId: id }, include: { group: true } });
    expect(membership?.group.verdict).toBeDefined();
    expect((await verifyLedger(t.db)).ok).toBe(true);
  });
});

describe("a metric named in the claim form", () => {
  it("is created with the claim, and a name the ledger has is refused without creating anything", async () => {
    const newMetric = { name: "Suspects detained in raids", unit: "people", topic: "counter-isis-operations", kind: "flow" as const };
    const { id } = await addClaim(t.db, claimInput({ metric: "", newMetric }), editor);
    const claim = await t.db.claim.findUniqueOrThrow({ where: { id }, include: { metric: true } });
    expect(claim.metric).toMatchObject({ slug: "suspects-detained-in-raids", name: "Suspects detained in raids", kind: "flow", claimCount: 1 });

    await expectRefused(() => addClaim(t.db, claimInput({ metric: "", newMetric: { ...newMetric, name: "ISIS fighters" } }), editor), "newMetric.name", /already has/);
    expect(claimInputSchema.safeParse({ ...claimInput(), newMetric }).error?.issues[0]?.message).toMatch(/not both/);
  });
});

describe("a country the gazetteer knows but the ledger lacks", () => {
  const jordan = { slug: "jordan", name: "Jordan", iso2: "JO" };

  it("is added with the claim that names it, inside the world, and not at all when the claim fails", async () => {
    const before = await counts();
    await expect(addClaim(t.db, claimInput({ place: "jordan", quote: "at least 40 were seized in Amman" }), editor, { newCountry: jordan })).rejects.toBeInstanceOf(LedgerInputError);
    expect(await t.db.place.findUnique({ where: { slug: "jordan" } })).toBeNull();
    expect(await counts()).toEqual(before);

    const { id } = await addClaim(t.db, claimInput({ place: "jordan" }), editor, { newCountry: jordan });
    const place = await t.db.place.findUniqueOrThrow({ where: { slug: "jordan" }, include: { ancestors: { include: { ancestor: true } } } });
    expect(place).toMatchObject({ kind: "country", iso2: "JO" });
    expect(place.ancestors.map((a) => a.ancestor.slug).sort()).toEqual(["jordan", "world"]);
    expect((await t.db.claim.findUniqueOrThrow({ where: { id } })).placeId).toBe(place.id);
  });
});

describe("editing, retracting and restoring", () => {
  let id: number;
  beforeAll(async () => {
    ({ id } = await addClaim(t.db, claimInput({ qualifier: "exact", low: null, best: "12", surface: "12", quote: "A separate raid detained 12 suspects, the SDF reported.", periodStart: null, periodEnd: null, periodLabel: "", attribution: ["sdf"] }), editor));
  });

  it("keeps every version, with the reason and what changed", async () => {
    await editClaim(t.db, id, claimInput({ qualifier: "exact", low: null, best: "12", surface: "12", quote: "A separate raid detained 12 suspects, the SDF reported.", place: "syria", periodStart: null, periodEnd: null, periodLabel: "", attribution: ["sdf"] }), { reason: "The raid was not in Deir ez-Zor", expectedVersion: 1 }, editor);
    const claim = await getClaim(id);
    expect(claim?.version).toBe(2);
    const edit = claim?.revisions[1];
    expect(edit).toMatchObject({ action: "edit", reason: "The raid was not in Deir ez-Zor", author: editor.id });
    expect(edit?.changes).toContainEqual({ path: "placeId", before: "Deir ez-Zor Governorate", after: "Syria" });
  });

  it("refuses an edit made on a stale version, and changes nothing", async () => {
    const before = await counts();
    const stale = await editClaim(t.db, id, claimInput({ qualifier: "exact", low: null, best: "13", surface: "12", quote: "A separate raid detained 12 suspects, the SDF reported.", periodStart: null, periodEnd: null, attribution: [] }), { reason: "late edit", expectedVersion: 1 }, editor).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(LedgerConflictError);
    expect(await counts()).toEqual(before);
  });

  it("retracts a claim without deleting it, takes it out of the analysis, and restores it", async () => {
    await setClaimStatus(t.db, id, { status: "retracted", reason: "The SDF withdrew the figure", expectedVersion: 2 }, editor);
    const retracted = await getClaim(id);
    expect(retracted).toMatchObject({ status: "retracted", statusReason: "The SDF withdrew the figure", version: 3 });
    expect(retracted?.revisions.at(-1)?.changes).toContainEqual({ path: "status", before: "active", after: "retracted" });
    expect(await t.db.agreementMember.findUnique({ where: { claimId: id } })).toBeNull();

    await setClaimStatus(t.db, id, { status: "active", reason: "Confirmed again by a second statement", expectedVersion: 3 }, editor);
    expect((await getClaim(id))?.revisions.map((r) => r.action)).toEqual(["create", "edit", "retract", "restore"]);
    expect(await t.db.agreementMember.findUnique({ where: { claimId: id } })).not.toBeNull();
    expect((await verifyLedger(t.db)).ok).toBe(true);
  });
});
