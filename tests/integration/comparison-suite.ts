// Comparisons as they are stored and served, on a real database: group addresses that survive
// regrouping, plans kept apart, revisions, republished sources, and the comparison in the API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/roles";
import { refreshAgreement } from "@/lib/agreement/refresh";
import { useDb } from "@/lib/db/client";
import { getClaim } from "@/lib/data/claims";
import { groupAliasTarget, groupForApi } from "@/lib/data/agreement";
import { knownFiguresForSource } from "@/lib/data/known-figures";
import { addClaim, addSameReportClaim, markRepublished } from "@/lib/commands/commands";
import { LedgerInputError } from "@/lib/commands/errors";
import { republishedInputSchema } from "@/lib/schemas/source-republish";
import { claimInputSchema } from "@/lib/schemas/claim-input";
import { claimGroupSchema, groupResponseSchema } from "@/lib/schemas/group";
import { loadSeeds } from "@/lib/seed/load-seeds";
import { readSeeds } from "@/lib/seed/read-seeds";
import { makeClaim, makeSource } from "@/lib/testing/factories";
import type { TestDb } from "@/lib/testing/test-db";

const { GET: getGroupRoute } = await import("@/app/api/v1/groups/[id]/route");
const { GET: getClaimRoute } = await import("@/app/api/v1/claims/[id]/route");
const request = (path: string) => new Request(`http://localhost:3000${path}`);
const params = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });

const editor: CurrentUser = { id: "u1", email: "editor@example.test", name: "Editor", role: "editor" };

export function defineComparisonSuite(name: string, create: () => Promise<TestDb>) {
  describe(`comparisons on ${name}`, () => {
    let t: TestDb;

    beforeAll(async () => {
      t = await create();
      useDb(t.db);
      await loadSeeds(t.db, readSeeds());
      const topic = await t.db.topic.findFirstOrThrow();
      await t.db.metric.create({ data: { slug: "address-probe", name: "Address probe", unit: "strikes", kind: "flow", topicId: topic.id } });
    }, 120_000);

    afterAll(async () => {
      await t?.drop();
    });

    /** Where an address leads now: the group itself, or the group its alias names. */
    async function follow(id: number): Promise<number | null> {
      if (await t.db.agreementGroup.findUnique({ where: { id }, select: { id: true } })) return id;
      return groupAliasTarget(id);
    }
    const groupOf = async (claimId: number) => (await t.db.agreementMember.findUniqueOrThrow({ where: { claimId } })).groupId;

    let probes = 0;
    async function probe(place: string, value: number) {
      probes += 1;
      const text = `Officials counted ${value} strikes in ${place} in March 2024 (report ${probes}).`;
      const sourceId = await makeSource(t.db, text, { title: `${place} ${value}`, publishedAt: "2024-04-01" });
      return makeClaim(t.db, {
        sourceId,
        metricSlug: "address-probe",
        placeSlug: place,
        quote: text,
        surface: `${value} strikes`,
        value: { qualifier: "exact", best: String(value) },
        period: { start: "2024-03-01", end: "2024-03-31", label: "March 2024" },
      });
    }
    async function retract(claimId: number) {
      await t.db.$transaction(async (tx) => {
        await tx.claim.update({ where: { id: claimId }, data: { status: "retracted" } });
        await refreshAgreement(tx, [claimId]);
      });
    }

    it("keeps every group address working as claims join and leave, merge and split", async () => {
      // Every address ever seen, with the claims it should lead to (most of its former members).
      const seen = new Map<number, Set<number>>();
      const record = async (...claims: number[]) => {
        for (const c of claims) {
          const g = await groupOf(c);
          const members = seen.get(g) ?? new Set<number>();
          members.add(c);
          seen.set(g, members);
        }
      };
      const a = await probe("hasakah", 3);
      const b = await probe("iraq", 40);
      await record(a, b);
      const syriaGroup = await groupOf(a);

      const c = await probe("hasakah", 3); // joins: the address stays
      expect(await groupOf(c)).toBe(syriaGroup);
      await record(c);

      const iraqGroup = await groupOf(b);
      const whole = await probe("syria-and-iraq", 50); // merges Hasakah's and Iraq's groups
      const merged = await groupOf(whole);
      expect(merged).toBe(syriaGroup); // the larger part keeps its address
      expect(await groupOf(b)).toBe(merged);
      // Iraq's old address redirects, on the page and in the API.
      expect(await groupAliasTarget(iraqGroup)).toBe(merged);
      const moved = await getGroupRoute(request(`/api/v1/groups/${iraqGroup}`), params(iraqGroup));
      expect(moved.status).toBe(307);
      expect(moved.headers.get("location")).toMatch(new RegExp(`/api/v1/groups/${merged}$`));
      await record(whole);

      await retract(whole); // splits again
      expect(await groupOf(a)).toBe(syriaGroup);
      await record(a, b, c);

      const d = await probe("iraq", 41); // and Iraq's group grows once more
      await record(d);

      // Every address leads to a live group that holds at least one of the claims it held.
      for (const [address, members] of seen) {
        const target = await follow(address);
        expect(target, `group address ${address}`).not.toBeNull();
        const now = await t.db.agreementMember.findMany({ where: { groupId: target! }, select: { claimId: true } });
        const held = new Set(now.map((m) => m.claimId));
        expect([...members].some((m) => held.has(m)), `group address ${address}`).toBe(true);
      }
      // The Iraq address from before the merge is Iraq's group again after the split.
      const iraqBefore = [...seen].find(([, m]) => m.has(b) && !m.has(a))![0];
      expect(await follow(iraqBefore)).toBe(await groupOf(b));

      // The API follows the same addresses: a live group answers, an old one redirects, none is a 404.
      const live = await getGroupRoute(request(`/api/v1/groups/${syriaGroup}`), params(syriaGroup));
      expect(live.status).toBe(200);
      expect(groupResponseSchema.parse(await live.json()).id).toBe(syriaGroup);
      const missing = await getGroupRoute(request("/api/v1/groups/987654"), params(987654));
      expect(missing.status).toBe(404);
      expect(await missing.json()).toMatchObject({ error: expect.any(String) });
      const claim = await getClaimRoute(request(`/api/v1/claims/${a}`), params(a));
      const body = (await claim.json()) as { modality: string; group: unknown };
      expect(body.modality).toBe("observed");
      expect(claimGroupSchema.parse(body.group).id).toBe(syriaGroup);
    });

    it("stores a claim's modality, keeps a plan apart, and says so in the API", async () => {
      const text = "Washington plans to reduce its troops in Syria to fewer than 1,000 in the coming months; some 2,000 are there now.";
      const sourceId = await makeSource(t.db, text, { title: "Drawdown", publishedAt: "2025-04-18", outletSlug: "new-york-times" });
      const base = { sourceId, metric: "us-troops-deployed", place: "syria", quote: text, attribution: [] };
      const now = await addClaim(t.db, claimInputSchema.parse({ ...base, qualifier: "approximately", best: "2000", surface: "some 2,000", periodStart: "2025-04-18", periodEnd: "2025-04-18" }), editor);
      const plan = await addClaim(
        t.db,
        claimInputSchema.parse({ ...base, qualifier: "fewer_than", high: "1000", surface: "fewer than 1,000", modality: "planned", change: "down" }),
        editor,
      );
      const stored = await t.db.claim.findUniqueOrThrow({ where: { id: plan.id }, select: { modality: true, change: true } });
      expect(stored).toEqual({ modality: "planned", change: "down" });

      const claim = await getClaim(now.id);
      expect(claim?.modality).toBe("observed");
      const group = claimGroupSchema.parse(claim?.group);
      expect(group.url).toBe(`/groups/${group.id}`);
      expect(group.verdict).not.toBe("conflicting");

      const full = groupResponseSchema.parse(await groupForApi(group.id));
      expect(full.members.find((m) => m.id === String(plan.id))).toMatchObject({ modality: "planned", role: "apart" });
      // The plan implies the level before it: at least 1,000, compared with the 2,000 there now.
      const implied = full.members.find((m) => m.id === `p${plan.id}`);
      expect(implied).toMatchObject({ derived: true, claimId: plan.id, interval: { low: 1000, high: null } });
      expect(full.explanation.join(" ")).toContain("Shown apart");
    });

    it("calls an origin's later figure a revision, and leaves the earlier one on record", async () => {
      const make = async (value: string, published: string) => {
        const text = `CENTCOM said ${value} service members were killed at Kabul airport on 26 August 2021.`;
        const sourceId = await makeSource(t.db, text, { title: `CENTCOM ${value}`, publishedAt: published });
        return makeClaim(t.db, {
          sourceId,
          metricSlug: "us-service-members-killed",
          placeSlug: "kabul-airport",
          quote: text,
          surface: value,
          value: { qualifier: "exact", best: value },
          period: { start: "2021-08-26", end: "2021-08-26", label: "26 August 2021" },
          attribution: ["centcom"],
        });
      };
      await make("11", "2021-08-26");
      const later = await make("13", "2021-08-27");
      const group = groupResponseSchema.parse(await groupForApi(await groupOf(later)));
      expect(group.revisions).toHaveLength(1);
      expect(group.revisions[0]!.current).toBe(String(later));
      expect(group.explanation.join(" ")).toMatch(/revised/i);
    });

    it("gives a republished source's claims the origin of the report it republishes", async () => {
      const text = "Kurdish forces captured 77 suspects in Raqqa in May 2024.";
      const sourceId = await makeSource(t.db, text, { title: "Rewrite", publishedAt: "2024-08-14" });
      const id = await makeClaim(t.db, {
        sourceId,
        metricSlug: "isis-members-captured",
        placeSlug: "raqqa",
        quote: text,
        surface: "77",
        value: { qualifier: "exact", best: "77" },
        period: { start: "2024-05-01", end: "2024-05-31", label: "May 2024" },
      });
      const originNow = async () => groupResponseSchema.parse(await groupForApi(await groupOf(id))).members.find((m) => m.id === String(id))?.origin.key;
      expect(await originNow()).toBe(`source:${sourceId}`);

      const mark = (over: Record<string, unknown>) =>
        markRepublished(t.db, republishedInputSchema.parse({ sourceId, reason: "a rewrite of the WSJ report", ...over }), editor);
      await expect(mark({ origin: "no-such-actor" })).rejects.toThrow(LedgerInputError);
      await mark({ origin: "sdf", via: "wall-street-journal", note: "rewrite of the WSJ report of 12 Aug 2024, citing the SDF" });
      expect(await originNow()).toBe("actor:sdf");
      const revision = await t.db.revision.findFirstOrThrow({ where: { entityType: "source", entityId: sourceId }, orderBy: { version: "desc" } });
      expect([revision.version, revision.action, revision.reason]).toEqual([2, "edit", "a rewrite of the WSJ report"]);
      await mark({});
      expect(await originNow()).toBe(`source:${sourceId}`);
    });

    it("says when a new article repeats a figure the ledger holds, and records it as the same report in one step", async () => {
      const text = "In a rewrite of the Wall Street Journal report, SDF officials reported capturing 233 suspected ISIS fighters in 28 operations during the first seven months of the year.";
      const sourceId = await makeSource(t.db, text, { title: "A rewrite of the SDF tally", publishedAt: "2024-08-20" });
      const known = await knownFiguresForSource(sourceId);
      const captured = known.find((k) => k.proposal.best === "233");
      expect(captured, JSON.stringify(known.map((k) => k.proposal.surface))).toBeDefined();
      expect(captured!.sourceCount).toBe(2);
      expect(captured!.origins.join(" ")).toMatch(/SDF/);

      const p = captured!.proposal;
      const input = claimInputSchema.parse({
        sourceId,
        quote: p.quote,
        quoteStart: p.quoteStart,
        surface: p.surface,
        qualifier: p.qualifier,
        best: p.best,
        metric: p.metric.slug,
        place: captured!.place,
        periodStart: p.period.start,
        periodEnd: p.period.end,
      });
      const { id } = await addSameReportClaim(t.db, input, captured!.claimIds[0]!, editor);
      const group = groupResponseSchema.parse(await groupForApi(await groupOf(id)));
      const same = group.members.filter((m) => m.id === String(id) || captured!.claimIds.includes(Number(m.id)));
      expect(same).toHaveLength(captured!.claimIds.length + 1);
      expect(new Set(same.map((m) => m.origin.key)).size).toBe(1);
      expect(await knownFiguresForSource(sourceId)).not.toContainEqual(expect.objectContaining({ proposal: expect.objectContaining({ best: "233" }) }));
    });
  });
}
