// Outlets, actors and places that editors create, and sources they correct, on a real SQLite file
// and on the local PostgreSQL: duplicates are caught by name and alias whatever the accents and
// case, a new place inherits its parent's containment, and every change is a revision.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { CurrentUser } from "@/lib/auth/roles";
import { useDb } from "@/lib/db/client";
import { searchActors, searchOutlets, searchPlaces } from "@/lib/data/lookup";
import { addActor, addClaim, addPlaceWithin as addPlace, addSource, editActor, editPlace, editSource, rejectProposal } from "@/lib/commands/commands";
import { LedgerConflictError, LedgerInputError } from "@/lib/commands/errors";
import { claimInputFromForm } from "@/lib/forms/claim-form-input";
import { verifyLedger } from "@/lib/ledger/verify";
import { claimInputSchema, sourceInputSchema } from "@/lib/schemas/claim-input";
import { actorEditSchema, actorInputSchema, outletInputSchema, placeEditSchema, placeInputSchema, sourceEditSchema } from "@/lib/schemas/entities";
import { loadSeeds } from "@/lib/seed/load-seeds";
import { readSeeds } from "@/lib/seed/read-seeds";
import { createPostgresTestDb, createSqliteTestDb, type TestDb } from "@/lib/testing/test-db";

const editor: CurrentUser = { id: "u1", email: "editor@example.test", name: "Editor", role: "editor" };
const TEXT = "At least 40 fighters were captured in Manbij in March 2024. Officials said 300 fighters were captured across Syria in March 2024.";

async function refusal(write: () => Promise<unknown>): Promise<unknown> {
  return write().then(
    () => null,
    (e: unknown) => e,
  );
}

describe.each([
  ["SQLite", createSqliteTestDb],
  ["PostgreSQL", createPostgresTestDb],
])("editors' outlets, actors, places and source edits on %s", (_name, create) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await create();
    useDb(t.db);
    await loadSeeds(t.db, readSeeds());
  }, 180_000);
  afterAll(async () => t?.drop());

  it("creates an outlet and an actor with aliases, and refuses a repeat by name or alias, accents and case aside", async () => {
    const outlet = await addActor(t.db, outletInputSchema.parse({ name: "JFeed", aliases: "JFeed.com", wikidataId: "q123" }), editor);
    expect(outlet).toEqual({ slug: "jfeed", name: "JFeed", detail: "news outlet" });
    const row = await t.db.actor.findUniqueOrThrow({ where: { slug: "jfeed" }, include: { aliases: true } });
    expect(row).toMatchObject({ kind: "news_outlet", wikidataId: "Q123", searchKey: "jfeed" });
    expect(row.aliases.map((a) => a.name)).toEqual(["JFeed.com"]);

    await addActor(t.db, actorInputSchema.parse({ name: "Syrian Observatory for Human Rights", aliases: ["SOHR"], kind: "ngo" }), editor);
    const before = await t.db.actor.count();
    for (const name of ["SÔHR", "syrian observatory for human rights", "Jfeed com", "Shafaq  NEWS"]) {
      const error = await refusal(() => addActor(t.db, actorInputSchema.parse({ name, kind: "ngo" }), editor));
      expect(error, name).toBeInstanceOf(LedgerConflictError);
      expect((error as LedgerConflictError).message).toMatch(/already has/);
    }
    // An alias that is another actor's name is a repeat too.
    expect(await refusal(() => addActor(t.db, actorInputSchema.parse({ name: "Observatory", aliases: ["CNN"], kind: "ngo" }), editor))).toBeInstanceOf(LedgerConflictError);
    expect(await t.db.actor.count()).toBe(before);
    // The pickers find an actor by an alias too, and the outlet picker only outlets.
    expect(await searchActors("sohr", 10)).toEqual([{ slug: "syrian-observatory-for-human-rights", name: "Syrian Observatory for Human Rights", detail: "NGO; also “SOHR”" }]);
    expect((await searchOutlets("jfeed", 10)).map((o) => o.slug)).toEqual(["jfeed"]);
    expect(await searchOutlets("sohr", 10)).toEqual([]);
  });

  it("creates a person affiliated to a body, under a slug of its own when the name is taken", async () => {
    const spokesman = await addActor(t.db, actorInputSchema.parse({ name: "Pentagon spokesman", kind: "person", affiliation: "pentagon-inspector-general" }), editor);
    expect(spokesman.detail).toBe("person, Pentagon Inspector-General");
    const error = await refusal(() => addActor(t.db, actorInputSchema.parse({ name: "Someone", kind: "person", affiliation: "no-such-body" }), editor));
    expect((error as LedgerInputError).fields).toEqual({ affiliation: "There is no actor “no-such-body”." });
  });

  it("nests a new province and city, so a city figure is compared with country-wide ones", async () => {
    const aleppo = await addPlace(t.db, placeInputSchema.parse({ name: "Aleppo Governorate", aliases: "Aleppo province", kind: "province", parent: "syria" }), editor);
    expect(aleppo).toEqual({ slug: "aleppo-governorate", name: "Aleppo Governorate", detail: "province in Syria" });
    const manbij = await addPlace(t.db, placeInputSchema.parse({ name: "Manbij", aliases: ["Menbij"], kind: "city", parent: aleppo.slug, wikidataId: "Q216929" }), editor);
    const ancestors = await t.db.placeAncestor.findMany({ where: { place: { slug: manbij.slug } }, select: { depth: true, ancestor: { select: { slug: true } } }, orderBy: { depth: "asc" } });
    expect(ancestors.map((a) => [a.ancestor.slug, a.depth])).toEqual(
      expect.arrayContaining([["manbij", 0], ["aleppo-governorate", 1], ["syria", 2], ["syria-and-iraq", 3], ["middle-east", 3]]),
    );

    expect((await searchPlaces("menbij", 10)).map((p) => [p.name, p.detail])).toEqual([["Manbij", "city in Aleppo Governorate; also “Menbij”"]]);
    // The same city again, by its alias and without accents, in the same country: refused.
    expect(await refusal(() => addPlace(t.db, placeInputSchema.parse({ name: "MENBÎJ", kind: "city", parent: "syria" }), editor))).toBeInstanceOf(LedgerConflictError);
    // A city may not lie inside a city, and needs a parent.
    const inside = await refusal(() => addPlace(t.db, placeInputSchema.parse({ name: "Old town", kind: "city", parent: manbij.slug }), editor));
    expect((inside as LedgerInputError).fields.parent).toMatch(/cannot lie inside a city/);
    expect(placeInputSchema.safeParse({ name: "Nowhere", kind: "city" }).error?.issues[0]?.path).toEqual(["parent"]);
    expect(() => placeInputSchema.parse({ name: "X", kind: "city", parent: "syria" })).toThrow(ZodError);

    const { id: sourceId } = await addSource(t.db, sourceInputSchema.parse({ title: "Captures", text: TEXT, publishedAt: "2024-04-02" }), editor);
    const base = { sourceId, metric: "isis-members-captured", periodStart: "2024-03-01", periodEnd: "2024-03-31", periodLabel: "in March 2024" };
    const city = await addClaim(t.db, claimInputSchema.parse({ ...base, place: "manbij", qualifier: "at_least", low: "40", surface: "At least 40", quote: "At least 40 fighters were captured in Manbij in March 2024." }), editor, { review: "accepted" });
    const country = await addClaim(t.db, claimInputSchema.parse({ ...base, place: "syria", qualifier: "exact", best: "300", surface: "300", quote: "Officials said 300 fighters were captured across Syria in March 2024." }), editor, { review: "edited" });
    const groups = await t.db.agreementMember.findMany({ where: { claimId: { in: [city.id, country.id] } }, select: { groupId: true } });
    expect(groups).toHaveLength(2);
    expect(groups[0]!.groupId).toBe(groups[1]!.groupId);

    // The review tally is kept with the source: one accepted as proposed, one corrected, one rejected (once).
    const rejection = { sourceId, start: TEXT.indexOf("March"), end: TEXT.indexOf("March") + 5, surface: "March" };
    await rejectProposal(t.db, rejection, editor);
    await rejectProposal(t.db, rejection, editor);
    expect(await t.db.source.findUniqueOrThrow({ where: { id: sourceId }, select: { reviewAccepted: true, reviewEdited: true, reviewRejected: true } })).toEqual({
      reviewAccepted: 1,
      reviewEdited: 1,
      reviewRejected: 1,
    });
  });

  it("edits a source's title, outlet and date with a reason, keeping its text, and refuses a stale version", async () => {
    const { id } = await addSource(t.db, sourceInputSchema.parse({ title: "Untitled", text: `${TEXT} Filed later.`, undated: true }), editor);
    const edit = sourceEditSchema.parse({ title: "Captures in Manbij", outlet: "jfeed", url: "", publishedAt: "2024-04-03", reason: "The masthead names the outlet and date", expectedVersion: 1 });
    expect(await editSource(t.db, id, edit, editor)).toEqual({ id, version: 2 });
    const source = await t.db.source.findUniqueOrThrow({ where: { id }, select: { title: true, text: true, publishedAt: true, version: true, outlet: { select: { slug: true } } } });
    expect(source).toEqual({ title: "Captures in Manbij", text: `${TEXT} Filed later.`, publishedAt: new Date("2024-04-03T00:00:00Z"), version: 2, outlet: { slug: "jfeed" } });
    const revision = await t.db.revision.findFirstOrThrow({ where: { entityType: "source", entityId: id, version: 2 } });
    expect(revision).toMatchObject({ action: "edit", reason: "The masthead names the outlet and date", author: editor.id });

    const stale = await refusal(() => editSource(t.db, id, { ...edit, title: "Other" }, editor));
    expect(stale).toBeInstanceOf(LedgerConflictError);
    const unknownOutlet = await refusal(() => editSource(t.db, id, { ...edit, outlet: "nobody", expectedVersion: 2 }, editor));
    expect((unknownOutlet as LedgerInputError).fields).toEqual({ outlet: "There is no outlet “nobody”." });
    expect(sourceEditSchema.safeParse({ ...edit, publishedAt: "", undated: false }).error?.issues[0]?.path).toEqual(["publishedAt"]);
    expect(sourceEditSchema.safeParse({ ...edit, reason: "no" }).error?.issues[0]?.path).toEqual(["reason"]);

    const revisions = await t.db.revision.groupBy({ by: ["entityType"], where: { entityType: { in: ["actor", "place"] } }, _count: true });
    expect(Object.fromEntries(revisions.map((r) => [r.entityType, r._count]))).toEqual({ actor: 3, place: 2 });
    expect((await verifyLedger(t.db)).ok).toBe(true);
  });
  it("corrects an actor and a place with a reason, keeping their slugs, and refuses a name another has or a stale version", async () => {
    const edit = actorEditSchema.parse({ name: "Syrian Observatory for Human Rights (SOHR)", aliases: "SOHR, Observatory", kind: "ngo", wikidataId: "Q1141590", reason: "The full name with its initials", expectedVersion: 1 });
    expect(await editActor(t.db, "syrian-observatory-for-human-rights", edit, editor)).toEqual({ slug: "syrian-observatory-for-human-rights", name: "Syrian Observatory for Human Rights (SOHR)", detail: "NGO" });
    const actor = await t.db.actor.findUniqueOrThrow({ where: { slug: "syrian-observatory-for-human-rights" }, include: { aliases: { orderBy: { name: "asc" } } } });
    expect([actor.version, actor.wikidataId, actor.aliases.map((a) => a.name)]).toEqual([2, "Q1141590", ["Observatory", "SOHR"]]);
    expect(await refusal(() => editActor(t.db, "syrian-observatory-for-human-rights", edit, editor))).toBeInstanceOf(LedgerConflictError);
    expect(await refusal(() => editActor(t.db, "syrian-observatory-for-human-rights", { ...edit, name: "JFeed", expectedVersion: 2 }, editor))).toBeInstanceOf(LedgerConflictError);

    const place = placeEditSchema.parse({ name: "Manbij", aliases: "Menbij, Mabbug", reason: "Its ancient name", expectedVersion: 1 });
    expect((await editPlace(t.db, "manbij", place, editor)).detail).toBe("city in Aleppo Governorate");
    expect((await searchPlaces("mabbug", 10)).map((p) => p.slug)).toEqual(["manbij"]);
    const revision = await t.db.revision.findFirstOrThrow({ where: { entityType: "place", action: "edit" } });
    expect(revision).toMatchObject({ reason: "Its ancient name", version: 2 });
    expect((await verifyLedger(t.db)).ok).toBe(true);
  });

  it("adds a claim with its relation, “more than double” an implied baseline or an update of a claim, and refuses an unknown target at its field with nothing written", async () => {
    const text = "Attacks more than doubled to 153 in the first half of 2024. A later count put them at 160 for the same months.";
    const { id: sourceId } = await addSource(t.db, sourceInputSchema.parse({ title: "Attacks double", text, publishedAt: "2024-08-01" }), editor);
    const base = { sourceId: String(sourceId), qualifier: "exact", metric: "isis-members-captured", place: "syria", periodStart: "2024-01-01", periodEnd: "2024-06-30" };
    const doubled = await addClaim(
      t.db,
      claimInputFromForm({
        ...base,
        quote: "Attacks more than doubled to 153 in the first half of 2024.",
        surface: "153",
        best: "153",
        relationKind: "multiple_of",
        relationComparator: "more_than",
        relationFactor: "2",
        relationBaselineDescription: "the same count for the first half of 2023",
        relationBaselinePeriodStart: "2023-01-01",
        relationBaselinePeriodEnd: "2023-06-30",
      }),
      editor,
    );
    const relation = await t.db.claimRelation.findFirstOrThrow({ where: { fromClaimId: doubled.id } });
    expect(relation).toMatchObject({ kind: "multiple_of", comparator: "more_than", toClaimId: null, baselineDescription: "the same count for the first half of 2023" });
    expect(String(relation.factor)).toBe("2");
    expect(relation.baselineMetricId).toBe((await t.db.metric.findUniqueOrThrow({ where: { slug: "isis-members-captured" } })).id);

    const later = { ...base, quote: "A later count put them at 160 for the same months.", surface: "160", best: "160", relationKind: "updates" };
    const before = await t.db.claim.count();
    const unknown = await refusal(() => addClaim(t.db, claimInputFromForm({ ...later, relationTarget: "999999" }), editor));
    expect((unknown as LedgerInputError).fields).toEqual({ "relation.target": "There is no claim #999999." });
    expect(await t.db.claim.count()).toBe(before);
    const update = await addClaim(t.db, claimInputFromForm({ ...later, relationTarget: String(doubled.id) }), editor);
    expect(await t.db.claimRelation.findFirstOrThrow({ where: { fromClaimId: update.id } })).toMatchObject({ kind: "updates", toClaimId: doubled.id });
    expect((await verifyLedger(t.db)).ok).toBe(true);
  });

  it("gives a source seeded before its title or outlet was curated the seed's ones, as an edit with its revision", async () => {
    const bundle = readSeeds();
    const file = bundle.files.find((f) => f.source.title !== null && f.source.outlet !== null)!;
    const source = await t.db.source.findFirstOrThrow({ where: { title: file.source.title }, select: { id: true, version: true } });
    await t.db.source.update({ where: { id: source.id }, data: { title: null, outletId: null } });
    const report = await loadSeeds(t.db, readSeeds());
    expect(report.sources).toEqual({ created: 0, updated: 1, unchanged: bundle.files.length - 1 });
    const after = await t.db.source.findUniqueOrThrow({ where: { id: source.id }, select: { title: true, version: true, outlet: { select: { slug: true } } } });
    expect(after).toEqual({ title: file.source.title, version: source.version + 1, outlet: { slug: file.source.outlet } });
    const revision = await t.db.revision.findFirstOrThrow({ where: { entityType: "source", entityId: source.id }, orderBy: { version: "desc" } });
    expect(revision).toMatchObject({ action: "edit", author: "seed", version: source.version + 1 });
    expect((await loadSeeds(t.db, readSeeds())).sources.updated).toBe(0);
  });

});
