// Search over the ledger on both databases: the full-text indexes find phrases of the seed
// articles, follow the write path, index rows that existed before migration 014, and take any
// query — quotes, FTS operators, SQL, emoji, 10,000 characters, right-to-left text — without an
// error and without changing anything.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { useDb, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { getClaimAtVersion } from "@/lib/data/claims";
import { searchLedger } from "@/lib/data/search";
import { editClaim } from "@/lib/ledger/claims";
import { makeClaim, makeSource, TEST_AUTHOR } from "@/lib/testing/factories";
import { EACH_DATABASE, seededLedger } from "@/lib/testing/seeded-ledger";

const text = (parts: Array<{ text: string }>) => parts.map((p) => p.text).join("");
const hits = (parts: Array<{ text: string; hit: boolean }>) => parts.filter((p) => p.hit).map((p) => p.text.toLowerCase());

async function fingerprint(db: Db) {
  const [claims, sources, revisions, last] = await Promise.all([
    db.claim.count(),
    db.source.count(),
    db.revision.count(),
    db.revision.findFirst({ orderBy: { id: "desc" }, select: { hash: true } }),
  ]);
  return { claims, sources, revisions, last: last?.hash };
}

describe.each(EACH_DATABASE)("search on %s", (_name, create) => {
  const t = seededLedger(create);

  it("finds a phrase of a seed article as a figure and a source, with the words marked", async () => {
    const results = await searchLedger("Kabul blast service members", 10);
    const figure = results.figures.find((f) => text(f.snippet).includes("Kabul blast"));
    expect(figure?.metric.name).toBeTruthy();
    expect(hits(figure!.snippet)).toEqual(expect.arrayContaining(["kabul", "blast"]));
    expect(results.sources.map((s) => text(s.title))).toContain("“ISIS is Not Over:” Islamic State Militants Resurge in Areas Where Trump Wiped Them Out");
    expect(results.sources[0]!.snippet.some((p) => p.hit)).toBe(true);
  });

  it("groups metric, place and actor names, stemming the words typed", async () => {
    const kabul = await searchLedger("kabul", 10);
    expect(kabul.places.map((p) => p.slug)).toEqual(expect.arrayContaining(["kabul", "kabul-airport"]));
    const fighters = await searchLedger("fighter", 10);
    expect(fighters.metrics.length).toBeGreaterThan(0);
    expect(fighters.metrics.some((m) => hits(m.name).some((h) => h.startsWith("fighter")))).toBe(true);
    const shafaq = await searchLedger("Shafaq", 10);
    expect(shafaq.actors.map((a) => a.slug)).toContain("shafaq-news");
  });

  it("follows the write path: a new source and claim are found, an edited quote is found by its new words only", async () => {
    const sourceId = await makeSource(t.db, "Observers counted 4,321 quokkas near the harbour. Later, 17 wombats were seen inland.", { title: "Marsupial census" });
    const claimId = await makeClaim(t.db, { sourceId, metricSlug: "isis-fighters", placeSlug: "syria", quote: "Observers counted 4,321 quokkas near the harbour.", surface: "4,321", value: { qualifier: "exact", best: "4321" } });
    expect((await searchLedger("quokkas", 5)).figures.map((f) => f.id)).toEqual([claimId]);
    expect((await searchLedger("marsupial census", 5)).sources.map((s) => s.id)).toEqual([sourceId]);

    await t.db.$transaction(async (tx) => {
      const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: { attributions: true } });
      await editClaim(
        tx,
        claimId,
        {
          key: null, sourceId, metricId: claim.metricId, placeId: claim.placeId,
          value: { qualifier: "exact", low: null, best: "17", high: null, vagueTerm: null },
          surface: "17", period: { start: null, end: null, label: "" },
          quote: { exact: "Later, 17 wombats were seen inland.", prefix: "", suffix: "", start: 51, end: 86 },
          surfaceSpan: null, attribution: [], note: "",
        },
        TEST_AUTHOR,
        "the quote was the wrong sentence",
      );
    });
    expect((await searchLedger("quokkas", 5)).figures).toEqual([]);
    expect((await searchLedger("wombats", 5)).figures.map((f) => f.id)).toEqual([claimId]);
    // ?version=1 still shows what the claim said before the edit.
    expect(await getClaimAtVersion(claimId, 1)).toMatchObject({ version: 1, action: "create", quote: "Observers counted 4,321 quokkas near the harbour.", value: { best: "4321" } });
    expect(await getClaimAtVersion(claimId, 2)).toMatchObject({ version: 2, action: "edit", reason: "the quote was the wrong sentence", quote: "Later, 17 wombats were seen inland." });
    expect(await getClaimAtVersion(claimId, 3)).toBeNull();
  });

  it("takes any query without an error and changes nothing", async () => {
    const before = await fingerprint(t.db);
    const nasty = fc.oneof(
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.constantFrom(`"`, `"kabul`, `kabul*`, `NEAR(kabul blast)`, `kabul OR blast`, `-kabul`, `^kabul`, `title:kabul`, `'; DROP TABLE "Claim"; --`, `kabul & !blast | (`, `<->`, `:*`, "🔥💥 داعش في سوريا 🇸🇾", "\u202Eكابل\u202C", "a".repeat(10_000), "ISIS ".repeat(2_000)),
      fc.array(fc.constantFrom("kabul", '"', "*", "OR", "AND", "NOT", "(", ")", ":", "^", "'", ";", "--", "\\", "%", "_", "داعش", "🔥", "\u0000", "\u0002"), { maxLength: 30 }).map((xs) => xs.join(" ")),
    );
    await fc.assert(
      fc.asyncProperty(nasty, async (q) => {
        const results = await searchLedger(q, 5);
        for (const group of [results.figures, results.sources, results.metrics, results.places, results.actors]) expect(group.length).toBeLessThanOrEqual(5);
      }),
      { numRuns: 150 },
    );
    expect(await fingerprint(t.db)).toEqual(before);
  }, 120_000);
});

describe.each(EACH_DATABASE)("migration 014 on %s", (_name, create) => {
  it("indexes the rows that existed before it", async () => {
    const t = await create("013");
    try {
      await t.db.$executeRawUnsafe(`INSERT INTO "Source" ("text", "title", "retrievedAt", "contentHash") VALUES ('Some 812 pangolins were counted.', 'Pangolin survey', CURRENT_TIMESTAMP, 'h1')`);
      await migrate(t.target);
      useDb(t.db);
      expect((await searchLedger("pangolins", 5)).sources.map((s) => text(s.title))).toEqual(["Pangolin survey"]);
    } finally {
      await t.drop();
    }
  });
});
