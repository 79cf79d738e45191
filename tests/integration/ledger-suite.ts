// The integration suite, run once against a real SQLite file and once against the local
// PostgreSQL server: the same app code must behave the same on both.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useDb, type Db } from "@/lib/db/client";
import { getClaim } from "@/lib/data/claims";
import { getMetric, listMetricClaims, METRIC_SORTS, type MetricClaimsQuery } from "@/lib/data/metrics";
import { getSource, listSources } from "@/lib/data/sources";
import { ledgerTotals } from "@/lib/data/topics";
import { listConflicts } from "@/lib/data/agreement";
import { placeBySlug, searchActors, searchPlaces } from "@/lib/data/lookup";
import { searchKey } from "@/lib/domain/search-key";
import { refreshAgreement } from "@/lib/agreement/refresh";
import { parseStoredAnalysis } from "@/lib/domain/agreement/stored-analysis";
import { editClaim } from "@/lib/ledger/claims";
import { verifyLedger } from "@/lib/ledger/verify";
import { loadSeeds } from "@/lib/seed/load-seeds";
import { readSeeds } from "@/lib/seed/read-seeds";
import { addKabulAirportReport, KABUL_REPORT_TITLE } from "@/lib/testing/e2e-fixtures";
import { makeClaim, makeSource } from "@/lib/testing/factories";
import { referenceClaimRead } from "@/lib/testing/claim-read-reference";
import type { TestDb } from "@/lib/testing/test-db";

async function tableCounts(db: Db) {
  const [claims, sources, revisions, relations, attributions, places, closure] = await Promise.all([
    db.claim.count(),
    db.source.count(),
    db.revision.count(),
    db.claimRelation.count(),
    db.claimAttribution.count(),
    db.place.count(),
    db.placeAncestor.count(),
  ]);
  return { claims, sources, revisions, relations, attributions, places, closure };
}

export function defineLedgerSuite(name: string, create: () => Promise<TestDb>) {
  describe(`ledger on ${name}`, () => {
    let t: TestDb;
    const seeds = readSeeds();
    const seedClaimCount = seeds.files.reduce((n, f) => n + f.claims.length, 0);

    beforeAll(async () => {
      t = await create();
      useDb(t.db);
      await loadSeeds(t.db, seeds);
    }, 120_000);

    afterAll(async () => {
      await t?.drop();
    });

    it("loads every curated seed claim, source and relation", async () => {
      const counts = await tableCounts(t.db);
      expect(counts.claims).toBe(seedClaimCount);
      expect(counts.sources).toBe(seeds.files.length);
      expect(counts.relations).toBe(seeds.files.flatMap((f) => f.claims.flatMap((c) => c.relations)).length);
      expect(counts.revisions).toBe(seedClaimCount + seeds.files.length);
    });

    it("changes nothing when the seeds are loaded again", async () => {
      const before = await tableCounts(t.db);
      const lastRevision = await t.db.revision.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
      const report = await loadSeeds(t.db, readSeeds());
      expect(report.claims).toEqual({ created: 0, updated: 0, unchanged: seedClaimCount });
      expect(report.sources).toEqual({ created: 0, updated: 0, unchanged: seeds.files.length });
      expect(report.taxonomy).toEqual({ created: 0, updated: 0 });
      expect(await tableCounts(t.db)).toEqual(before);
      expect(await t.db.revision.findFirst({ orderBy: { id: "desc" }, select: { hash: true } })).toEqual(lastRevision);
    });

    it("anchors every quote and figure at the exact place in its article", async () => {
      const claims = await t.db.claim.findMany({
        select: { key: true, quoteExact: true, quoteStart: true, quoteEnd: true, surface: true, surfaceStart: true, surfaceEnd: true, source: { select: { text: true } } },
      });
      for (const c of claims) {
        expect(c.source.text.slice(c.quoteStart, c.quoteEnd), c.key ?? "").toBe(c.quoteExact);
        expect(c.surfaceStart, c.key ?? "").not.toBeNull();
        expect(c.source.text.slice(c.surfaceStart!, c.surfaceEnd!), c.key ?? "").toBe(c.surface);
        expect(c.surfaceStart! >= c.quoteStart && c.surfaceEnd! <= c.quoteEnd, c.key ?? "").toBe(true);
      }
    });

    it("keeps the claim counts of topics, metrics and sources equal to the claims", async () => {
      const [topics, metrics, sources] = await Promise.all([
        t.db.topic.findMany({ select: { slug: true, claimCount: true, metrics: { select: { _count: { select: { claims: true } } } } } }),
        t.db.metric.findMany({ select: { slug: true, claimCount: true, _count: { select: { claims: true } } } }),
        t.db.source.findMany({ select: { id: true, claimCount: true, _count: { select: { claims: true } } } }),
      ]);
      for (const m of metrics) expect(m.claimCount, m.slug).toBe(m._count.claims);
      for (const s of sources) expect(s.claimCount, String(s.id)).toBe(s._count.claims);
      for (const topic of topics) {
        expect(topic.claimCount, topic.slug).toBe(topic.metrics.reduce((n, m) => n + m._count.claims, 0));
      }
    });

    it("stores figures exactly", async () => {
      const row = await t.db.claim.findUniqueOrThrow({ where: { key: "004-libya-share-of-isis-killed-third" } });
      expect(row.valueBest?.toString()).toBe("0.3333");
      const territory = await t.db.claim.findUniqueOrThrow({ where: { key: "003-isis-peak-territory-38000" } });
      expect(territory.valueBest?.toString()).toBe("38000");
      expect(territory.qualifier).toBe("approximately");
    });

    it("records the attribution chain and origin of a relayed figure", async () => {
      const row = await t.db.claim.findUniqueOrThrow({ where: { key: "001-isis-captured-233" }, select: { id: true } });
      const claim = await getClaim(row.id);
      expect(claim?.attribution.map((a) => a.slug)).toEqual(["sdf", "wall-street-journal", "jerusalem-post"]);
      expect(claim?.origin?.slug).toBe("sdf");
      expect(claim?.source.outlet).toBe("Shafaq News");
      expect(claim?.context?.match).toBe(claim?.quote);
      expect(claim?.revisions.map((r) => r.action)).toEqual(["create"]);
    });

    it("reads every claim, its relations and group as the nested Prisma read does", async () => {
      const ids = await t.db.claim.findMany({ select: { id: true }, orderBy: { id: "asc" } });
      let related = 0;
      let grouped = 0;
      for (const { id } of ids) {
        const claim = await getClaim(id);
        const reference = await referenceClaimRead(t.db, id);
        expect(claim, `claim ${id}`).not.toBeNull();
        const { revisions, ...rest } = claim!;
        const sortById = <T extends { id: number }>(list: T[]) => [...list].sort((a, b) => a.id - b.id);
        expect({ ...rest, relationsFrom: sortById(rest.relationsFrom), relationsTo: sortById(rest.relationsTo) }, `claim ${id}`).toEqual({
          ...reference,
          relationsFrom: sortById(reference!.relationsFrom),
          relationsTo: sortById(reference!.relationsTo),
        });
        expect(revisions.map((r) => r.version)).toEqual(Array.from({ length: claim!.version }, (_, i) => i + 1));
        related += rest.relationsFrom.length + rest.relationsTo.length;
        if (rest.group) grouped += 1;
      }
      // The comparison covered relations both ways and claims in groups, not only bare claims.
      expect(related).toBeGreaterThan(0);
      expect(grouped).toBeGreaterThan(0);
    }, 180_000);

    it("returns nothing for unknown ids", async () => {
      expect(await getClaim(987_654)).toBeNull();
      expect(await getSource(987_654)).toBeNull();
      expect(await getMetric("no-such-metric")).toBeNull();
    });

    it("lists a source's claims in the order they appear in the text", async () => {
      const first = await t.db.source.findFirstOrThrow({ where: { claimCount: { gt: 3 } }, select: { id: true } });
      const source = await getSource(first.id);
      const starts = source!.claims.map((c) => c.quoteSpan.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    });

    it("verifies the revision chain, and names the first revision altered behind the ledger's back", async () => {
      const intact = await verifyLedger(t.db);
      expect(intact).toMatchObject({ ok: true, checked: seedClaimCount + seeds.files.length, rows: seedClaimCount + seeds.files.length });

      const victim = await t.db.revision.findFirstOrThrow({ where: { entityType: "claim" }, orderBy: { id: "asc" }, skip: 3 });
      const original = victim.snapshot;
      await t.db.$executeRaw`UPDATE "Revision" SET "snapshot" = ${original.replace(/"surface":"[^"]*"/, '"surface":"99999"')} WHERE "id" = ${victim.id}`;
      const broken = await verifyLedger(t.db);
      expect(broken).toMatchObject({ ok: false, first: { id: victim.id, problem: "hash-mismatch" } });
      await t.db.$executeRaw`UPDATE "Revision" SET "snapshot" = ${original} WHERE "id" = ${victim.id}`;
      expect((await verifyLedger(t.db)).ok).toBe(true);
    });

    describe("agreement analysis", () => {
      async function groupOf(key: string) {
        const claim = await t.db.claim.findUniqueOrThrow({ where: { key }, select: { membership: { select: { groupId: true } } } });
        const group = await t.db.agreementGroup.findUniqueOrThrow({ where: { id: claim.membership!.groupId } });
        return { ...group, analysis: parseStoredAnalysis(group.analysis) };
      }

      it("gives every active claim exactly one group", async () => {
        const [claims, members] = await Promise.all([
          t.db.claim.count({ where: { status: "active" } }),
          t.db.agreementMember.count({ where: { claimId: { not: null } } }),
        ]);
        expect(members).toBe(claims);
      });

      it("shows ISIS fighters in Syria and Iraq as a trend, with the January 2024 baseline derived, not stated", async () => {
        const group = await groupOf("003-isis-fighters-2500");
        expect(group.verdict).toBe("trend");
        expect(group.analysis.conflicts).toEqual([]);
        const ids = group.analysis.claims.map((c) => c.id);
        for (const key of ["004-isis-fighters-15000", "002-isis-fighters-thousands"]) {
          const c = await t.db.claim.findUniqueOrThrow({ where: { key }, select: { id: true } });
          expect(ids).toContain(String(c.id));
        }
        const derived = group.analysis.claims.filter((c) => c.derivedFrom !== null);
        expect(derived).toHaveLength(1);
        expect(derived[0]!.period).toMatchObject({ start: "2024-01-01", end: "2024-01-31" });
        const interval = group.analysis.intervals[derived[0]!.id]!;
        expect(interval.high).toBeLessThanOrEqual(1375);
        expect(interval.highOpen).toBe(true);
        expect(group.analysis.explanation.join(" ")).toMatch(/derived|implied/i);
      });

      it("counts the 233 captured, reported twice through the Wall Street Journal, as one origin", async () => {
        const group = await groupOf("001-isis-captured-233");
        expect(group.verdict).toBe("consistent");
        expect(group.originCount).toBe(1);
        const other = await t.db.claim.findUniqueOrThrow({ where: { key: "003-isis-captured-233" }, select: { membership: true } });
        expect(other.membership?.groupId).toBe(group.id);
        expect(group.analysis.explanation.join(" ")).toMatch(/SDF/);
      });

      it("surfaces a conflict when another source says 13 were killed in the Kabul blast, and recomputes only that group", async () => {
        const before = await t.db.agreementGroup.findMany({ select: { id: true, computedAt: true, metricId: true }, orderBy: { id: "asc" } });
        const kabulGroup = (await groupOf("000-kabul-us-service-members-killed-11")).id;
        const claimId = await addKabulAirportReport(t.db);

        const group = await groupOf("000-kabul-us-service-members-killed-11");
        expect(group.verdict).toBe("conflicting");
        expect(group.severity).toBeCloseTo(13 / 11, 2);
        expect(group.analysis.conflicts).toHaveLength(1);
        expect(group.analysis.conflicts[0]!.periodUncertain).toBe(true);
        const words = group.analysis.explanation.join(" ");
        expect(words).toMatch(/\b11\b/);
        expect(words).toMatch(/\b13\b/);
        expect(words).toMatch(/New York Times/);
        const member = await t.db.agreementMember.findUniqueOrThrow({ where: { claimId } });
        expect(member.groupId).toBe(group.id);

        const metric = await t.db.metric.findUniqueOrThrow({ where: { slug: "us-service-members-killed" } });
        expect(metric.verdict).toBe("conflicting");
        expect(metric.conflictCount).toBe(1);
        const conflicts = await listConflicts(undefined);
        expect(conflicts.rows.map((g) => g.id)).toContain(group.id);

        // Incremental: every other group is the same row, untouched.
        const after = await t.db.agreementGroup.findMany({ select: { id: true, computedAt: true, metricId: true }, orderBy: { id: "asc" } });
        const untouched = before.filter((g) => g.id !== kabulGroup);
        expect(after.filter((g) => g.id !== group.id)).toEqual(untouched);
      });

      it("regroups a claim whose place is edited, and restores the old group's verdict", async () => {
        const newcomer = await t.db.claim.findFirstOrThrow({ where: { source: { title: KABUL_REPORT_TITLE } }, select: { id: true } });
        const iraq = await t.db.place.findUniqueOrThrow({ where: { slug: "iraq" } });
        await t.db.$transaction(async (tx) => {
          const c = await tx.claim.findUniqueOrThrow({ where: { id: newcomer.id }, include: { attributions: true, source: true } });
          await editClaim(
            tx,
            c.id,
            {
              key: c.key,
              sourceId: c.sourceId,
              metricId: c.metricId,
              placeId: iraq.id,
              value: { qualifier: c.qualifier, low: c.valueLow?.toString() ?? null, best: c.valueBest?.toString() ?? null, high: c.valueHigh?.toString() ?? null, vagueTerm: c.vagueTerm },
              surface: c.surface,
              period: { start: "2021-08-26", end: "2021-08-26", label: c.periodLabel },
              quote: { exact: c.quoteExact, prefix: c.quotePrefix, suffix: c.quoteSuffix, start: c.quoteStart, end: c.quoteEnd },
              surfaceSpan: c.surfaceStart === null ? null : { start: c.surfaceStart, end: c.surfaceEnd! },
              attribution: [],
              note: "",
            },
            "test",
            "wrong place",
          );
          await refreshAgreement(tx, [c.id]);
        });
        expect((await groupOf("000-kabul-us-service-members-killed-11")).verdict).toBe("single");
        const metric = await t.db.metric.findUniqueOrThrow({ where: { slug: "us-service-members-killed" } });
        expect(metric.conflictCount).toBe(0);
        expect(metric.groupCount).toBe(2);
      });
    });

    describe("keyset pagination of a metric's claims", () => {
      const values = ["5", "17", "17", "17", "3.5", "1200", null, "0", null, "42", "17", "8", "99999", "250", null, "64"];
      let metricId: number;

      beforeAll(async () => {
        const topic = await t.db.topic.findFirstOrThrow();
        const metric = await t.db.metric.create({ data: { slug: "pagination-probe", name: "Pagination probe", unit: "items", topicId: topic.id } });
        metricId = metric.id;
        const lines = values.map((_, i) => `Line ${i}: the count stated here is item-${i}.`);
        const sourceId = await makeSource(t.db, lines.join("\n"), { title: "Pagination probe", publishedAt: null });
        for (const [i, v] of values.entries()) {
          await makeClaim(t.db, {
            sourceId,
            metricSlug: "pagination-probe",
            placeSlug: "syria",
            quote: `the count stated here is item-${i}.`,
            surface: `item-${i}`,
            value: v === null ? { qualifier: "vague", vagueTerm: "dozens" } : { qualifier: "exact", best: v },
            period: i % 3 === 0 ? { start: null, end: null, label: "" } : { start: `2024-0${(i % 9) + 1}-01`, end: `2024-0${(i % 9) + 1}-15`, label: "" },
          });
        }
      }, 120_000);

      it.each(METRIC_SORTS.flatMap((sort) => (["asc", "desc"] as const).map((dir) => ({ sort, dir }))))(
        "walks every claim exactly once, in order, sorted by $sort $dir",
        async ({ sort, dir }) => {
          const seen: Array<{ id: number; key: string | null }> = [];
          let cursor: string | undefined;
          for (let guard = 0; guard < 50; guard += 1) {
            const query: MetricClaimsQuery = { sort, dir, cursor };
            const page = await listMetricClaims(metricId, query, 3);
            const full = await t.db.claim.findMany({
              where: { id: { in: page.rows.map((r) => r.id) } },
              select: { id: true, valueBest: true, valueLow: true, valueHigh: true, periodEnd: true, sourcePublishedAt: true, createdAt: true },
            });
            const byId = new Map(full.map((r) => [r.id, r]));
            for (const r of page.rows) {
              const f = byId.get(r.id)!;
              const key = { value: (f.valueBest ?? f.valueLow ?? f.valueHigh)?.toString() ?? null, period: f.periodEnd?.toISOString() ?? null, published: f.sourcePublishedAt?.toISOString() ?? null, added: f.createdAt.toISOString() }[sort];
              seen.push({ id: r.id, key });
            }
            if (!page.next) break;
            cursor = page.next;
          }
          expect(seen).toHaveLength(values.length);
          expect(new Set(seen.map((s) => s.id)).size).toBe(values.length);
          // Nulls last in both directions; ties broken by id in the same direction.
          const numeric = sort === "value";
          const compare = (a: { id: number; key: string | null }, b: { id: number; key: string | null }) => {
            if (a.key === null || b.key === null) {
              if (a.key === b.key) return dir === "asc" ? a.id - b.id : b.id - a.id;
              return a.key === null ? 1 : -1;
            }
            const diff = numeric ? Number(a.key) - Number(b.key) : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
            if (diff !== 0) return dir === "asc" ? diff : -diff;
            return dir === "asc" ? a.id - b.id : b.id - a.id;
          };
          expect(seen.map((s) => s.id)).toEqual([...seen].sort(compare).map((s) => s.id));
        },
      );

      it("pages through one qualifier and one place only, and a place with no claims gives none", async () => {
        const walk = async (filter: Partial<MetricClaimsQuery>) => {
          const ids: number[] = [];
          let cursor: string | undefined;
          for (let guard = 0; guard < 50; guard += 1) {
            const page = await listMetricClaims(metricId, { sort: "value", dir: "desc", cursor, ...filter }, 2);
            ids.push(...page.rows.map((r) => r.id));
            if (!page.next) break;
            cursor = page.next;
          }
          return ids;
        };
        const vague = await walk({ qualifier: "vague" });
        expect(vague).toHaveLength(values.filter((v) => v === null).length);
        const rows = await t.db.claim.findMany({ where: { id: { in: vague } }, select: { qualifier: true } });
        expect(rows.every((r) => r.qualifier === "vague")).toBe(true);
        expect(await walk({ place: "syria", qualifier: "exact" })).toHaveLength(values.filter((v) => v !== null).length);
        expect(await walk({ place: "iraq" })).toEqual([]);
        expect(await walk({ status: "retracted" })).toEqual([]);
      });
    });

    describe("place and actor search", () => {
      it("finds names by their start first, then by a later word, ten at a time", async () => {
        const iraq = await searchPlaces("iraq", 10);
        expect(iraq.map((p) => p.name)).toEqual(["Iraq", "Northern Iraq", "Syria and Iraq"]);
        expect(iraq[1]).toEqual({ slug: "northern-iraq", name: "Northern Iraq", detail: "region in Iraq" });
        expect((await searchPlaces("Kab", 10)).map((p) => p.slug)).toEqual(["kabul", "kabul-airport"]);
        expect(await searchPlaces("kab", 1)).toHaveLength(1);
        expect(await searchPlaces("zzz", 10)).toEqual([]);
        expect(await searchPlaces("  ,, ", 10)).toEqual([]);
        expect((await searchActors("wall", 10)).map((a) => a.slug)).toEqual(["wall-street-journal"]);
        expect((await searchActors("SDF", 10)).map((a) => a.slug)).toEqual(["sdf", "rohilat-afrin", "sdf-internal-security-forces"]);
        expect(await placeBySlug("kirkuk")).toEqual({ slug: "kirkuk", name: "Kirkuk Governorate", detail: "province in Northern Iraq" });
        expect(await placeBySlug("no-such-place")).toBeNull();
      });

      it("ignores accents and case, and keeps a prefix one range of byte order", async () => {
        await t.db.place.create({ data: { slug: "cote-divoire", name: "Côte d'Ivoire", searchKey: searchKey("Côte d'Ivoire"), kind: "country" } });
        await t.db.place.create({ data: { slug: "cotentin", name: "Cotentin", searchKey: searchKey("Cotentin"), kind: "region" } });
        expect((await searchPlaces("cote d", 10)).map((p) => p.slug)).toEqual(["cote-divoire"]);
        expect((await searchPlaces("CÔTE D", 10)).map((p) => p.slug)).toEqual(["cote-divoire"]);
        expect((await searchPlaces("cot", 10)).map((p) => p.slug)).toEqual(["cote-divoire", "cotentin"]);
      });
    });

    it("keeps the total of sources shown on the home page equal to the sources, without counting them", async () => {
      const before = await ledgerTotals();
      expect(before.sources).toBe(await t.db.source.count());
      await makeSource(t.db, "One more article for the total.", { title: "Total probe" });
      expect((await ledgerTotals()).sources).toBe(before.sources + 1);
    });

    it("pages through sources newest first", async () => {
      const first = await listSources(undefined, 2);
      expect(first.rows).toHaveLength(2);
      expect(first.next).not.toBeNull();
      const second = await listSources(first.next!, 2);
      const ids = [...first.rows, ...second.rows].map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(first.rows[0]!.opening.length).toBeGreaterThan(0);
    });
  });
}
