import "server-only";
import { inTurn } from "@/lib/db/in-turn";
import type { Db, Tx } from "@/lib/db/client";
import { inChunks } from "@/lib/db/in-chunks";
import { analyseGroup } from "@/lib/domain/agreement";
import type { AnalysisClaim, GroupAnalysis } from "@/lib/domain/agreement/types";
import { storedAnalysis, type StoredAnalysis } from "@/lib/domain/agreement/stored-analysis";
import type { Verdict } from "@/lib/generated/sqlite/client";
import { dayToDate } from "@/lib/db/dates";
import { groupByNestedPlaces } from "@/lib/domain/place-components";
import { summariseAnalysis } from "@/lib/domain/agreement/group-summary";
import { loadGroupForAnalysis, metricForAnalysis, type MetricForAnalysis } from "./load-group";

/** Most severe first: the metric's headline verdict is the first of these that any group has. */
const VERDICT_ORDER: Verdict[] = ["conflicting", "corroborated", "consistent", "trend", "single", "unknown"];

async function relatedPlaces(tx: Tx, placeIds: number[]): Promise<number[]> {
  const [up, down] = await inTurn(
    () => inChunks(placeIds, (chunk) => tx.placeAncestor.findMany({ where: { placeId: { in: chunk } }, select: { ancestorId: true } })),
    () => inChunks(placeIds, (chunk) => tx.placeAncestor.findMany({ where: { ancestorId: { in: chunk } }, select: { placeId: true } })),
  );
  return [...new Set([...up.map((r) => r.ancestorId), ...down.map((r) => r.placeId)])];
}

/**
 * Every active claim and derived baseline of a metric that could share a group with figures at the
 * starting places: nested with them, followed transitively. Only these rows are read.
 */
async function findCandidates(tx: Tx, metricId: number, startPlaceIds: number[]) {
  const seenPlaces = new Set<number>();
  const claims = new Map<number, number>();
  const relations = new Map<number, number>();
  let frontier = [...new Set(startPlaceIds)];
  while (frontier.length > 0) {
    frontier.forEach((p) => seenPlaces.add(p));
    const related = await relatedPlaces(tx, frontier);
    const [claimRows, relationRows] = await inTurn(
      () => inChunks(related, (chunk) =>
        tx.claim.findMany({ where: { metricId, status: "active", placeId: { in: chunk } }, select: { id: true, placeId: true } }),
      ),
      () => inChunks(related, (chunk) =>
        tx.claimRelation.findMany({
          where: { baselineMetricId: metricId, baselinePlaceId: { in: chunk }, fromClaim: { status: "active" } },
          select: { id: true, baselinePlaceId: true },
        }),
      ),
    );
    const next = new Set<number>();
    for (const c of claimRows) {
      claims.set(c.id, c.placeId);
      if (!seenPlaces.has(c.placeId)) next.add(c.placeId);
    }
    for (const r of relationRows) {
      relations.set(r.id, r.baselinePlaceId!);
      if (!seenPlaces.has(r.baselinePlaceId!)) next.add(r.baselinePlaceId!);
    }
    frontier = [...next];
  }
  return { claims, relations };
}

/** Splits a metric's figures into groups of nested places and analyses each. */
async function analyseFigures(tx: Tx, metric: MetricForAnalysis, claimIds: number[], relationIds: number[]) {
  const figures = await loadGroupForAnalysis(tx, metric, claimIds, relationIds);
  const ancestors = new Map(figures.map((f) => [f.placeId, f.placeAncestors]));
  return groupByNestedPlaces(figures, ancestors).map((claims) => ({ claims, analysis: analyseGroup(claims, metric) }));
}

function periodSpan(claims: AnalysisClaim[]) {
  const starts = claims.map((c) => c.period.start).filter((d): d is string => d !== null).sort();
  const ends = claims.map((c) => c.period.end).filter((d): d is string => d !== null).sort();
  return { start: dayToDate(starts[0] ?? null), end: dayToDate(ends.at(-1) ?? null) };
}

/** The member place highest in the hierarchy: the one fewest of the others lie outside. */
function outermostPlace(claims: AnalysisClaim[]): number {
  let best = claims[0]!;
  for (const c of claims) if (c.placeAncestors.length < best.placeAncestors.length) best = c;
  return best.placeId;
}

/** Rows per insert statement: well under the databases' bound-parameter limits. */
const WRITE_BATCH = 50;

/** The two JSON columns of a group: the whole analysis, for its page, and its summary, for lists. */
export function storedForms(stored: StoredAnalysis): { analysis: string; summary: string } {
  return { analysis: JSON.stringify(stored), summary: JSON.stringify(summariseAnalysis(stored)) };
}

const memberOf = (groupId: number, figureId: string) =>
  figureId.startsWith("d") ? { groupId, relationId: Number(figureId.slice(1)) } : { groupId, claimId: Number(figureId) };

/** Writes analysed groups and their members in a few statements, whatever their number. */
async function writeGroups(tx: Tx, metric: MetricForAnalysis, groups: Array<{ claims: AnalysisClaim[]; analysis: GroupAnalysis }>) {
  const rows = groups.map(({ claims, analysis }) => {
    const span = periodSpan(claims);
    return {
      key: `${metric.id}:${claims[0]!.id}`,
      metricId: metric.id,
      verdict: analysis.verdict,
      severity: analysis.severity,
      claimCount: claims.filter((c) => c.derivedFrom === null).length,
      originCount: analysis.originCount,
      placeId: outermostPlace(claims),
      periodStart: span.start,
      periodEnd: span.end,
      ...storedForms(storedAnalysis(analysis, claims)),
    };
  });
  const members: Array<{ groupId: number; claimId?: number; relationId?: number }> = [];
  for (let i = 0; i < rows.length; i += WRITE_BATCH) {
    const batch = rows.slice(i, i + WRITE_BATCH);
    const created = await tx.agreementGroup.createManyAndReturn({ data: batch, select: { id: true, key: true } });
    const idByKey = new Map(created.map((g) => [g.key, g.id]));
    groups.slice(i, i + WRITE_BATCH).forEach((g, j) => {
      const groupId = idByKey.get(batch[j]!.key)!;
      for (const c of g.claims) members.push(memberOf(groupId, c.id));
    });
  }
  for (let i = 0; i < members.length; i += WRITE_BATCH * 4) {
    await tx.agreementMember.createMany({ data: members.slice(i, i + WRITE_BATCH * 4) });
  }
}

/** Recomputes the metric's headline verdict and counts from its stored groups (an indexed aggregate). */
async function refreshMetricSummary(tx: Tx, metricId: number) {
  const counts = await tx.agreementGroup.groupBy({ by: ["verdict"], where: { metricId }, _count: { _all: true } });
  const byVerdict = new Map(counts.map((c) => [c.verdict, c._count._all]));
  await tx.metric.update({
    where: { id: metricId },
    data: {
      verdict: VERDICT_ORDER.find((v) => (byVerdict.get(v) ?? 0) > 0) ?? null,
      groupCount: counts.reduce((n, c) => n + c._count._all, 0),
      conflictCount: byVerdict.get("conflicting") ?? 0,
    },
  });
}

/**
 * Brings the stored verdicts up to date after the given claims were added, edited or retracted:
 * recomputes the groups they belonged to and the groups they belong to now, and nothing else.
 */
export async function refreshAgreement(tx: Tx, claimIds: number[]): Promise<{ groups: number }> {
  if (claimIds.length === 0) return { groups: 0 };
  const claims = await inChunks(claimIds, (chunk) =>
    tx.claim.findMany({
      where: { id: { in: chunk } },
      select: {
        id: true,
        metricId: true,
        placeId: true,
        membership: { select: { groupId: true } },
        relationsFrom: { select: { id: true, baselineMetricId: true, baselinePlaceId: true, membership: { select: { groupId: true } } } },
      },
    }),
  );

  // Where to look: each claim's metric and place now, and each derived baseline's.
  const starts = new Map<number, Set<number>>();
  const addStart = (metricId: number, placeId: number) => {
    const set = starts.get(metricId) ?? new Set<number>();
    set.add(placeId);
    starts.set(metricId, set);
  };
  const oldGroupIds = new Set<number>();
  for (const c of claims) {
    addStart(c.metricId, c.placeId);
    if (c.membership) oldGroupIds.add(c.membership.groupId);
    for (const r of c.relationsFrom) {
      if (r.baselineMetricId !== null && r.baselinePlaceId !== null) addStart(r.baselineMetricId, r.baselinePlaceId);
      if (r.membership) oldGroupIds.add(r.membership.groupId);
    }
  }
  // The other members of the old groups must be regrouped too: a claim that moved may have split its old group.
  const oldMembers = await inChunks([...oldGroupIds], (chunk) =>
    tx.agreementMember.findMany({
      where: { groupId: { in: chunk } },
      select: { group: { select: { metricId: true } }, claim: { select: { placeId: true } }, relation: { select: { baselinePlaceId: true } } },
    }),
  );
  for (const m of oldMembers) {
    const place = m.claim?.placeId ?? m.relation?.baselinePlaceId;
    if (place != null) addStart(m.group.metricId, place);
  }

  // Find the groups now: every figure nested with a starting place, regrouped and analysed.
  const found: Array<{ metric: MetricForAnalysis; claimIds: number[]; relationIds: number[] }> = [];
  for (const [metricId, places] of starts) {
    const candidates = await findCandidates(tx, metricId, [...places]);
    found.push({ metric: await metricForAnalysis(tx, metricId), claimIds: [...candidates.claims.keys()], relationIds: [...candidates.relations.keys()] });
  }
  // Replace every group that held any of those figures.
  const holders = await inTurn(
    () => inChunks(found.flatMap((f) => f.claimIds), (chunk) => tx.agreementMember.findMany({ where: { claimId: { in: chunk } }, select: { groupId: true } })),
    () => inChunks(found.flatMap((f) => f.relationIds), (chunk) => tx.agreementMember.findMany({ where: { relationId: { in: chunk } }, select: { groupId: true } })),
  );
  holders.flat().forEach((m) => oldGroupIds.add(m.groupId));
  const affectedMetrics = new Set(found.map((f) => f.metric.id));
  if (oldGroupIds.size > 0) {
    const old = await inChunks([...oldGroupIds], (chunk) => tx.agreementGroup.findMany({ where: { id: { in: chunk } }, select: { metricId: true } }));
    old.forEach((g) => affectedMetrics.add(g.metricId));
    await inChunks([...oldGroupIds], async (chunk) => {
      await tx.agreementMember.deleteMany({ where: { groupId: { in: chunk } } });
      await tx.agreementGroup.deleteMany({ where: { id: { in: chunk } } });
      return [];
    });
  }
  let written = 0;
  for (const f of found) {
    const groups = await analyseFigures(tx, f.metric, f.claimIds, f.relationIds);
    await writeGroups(tx, f.metric, groups);
    written += groups.length;
  }
  for (const metricId of affectedMetrics) await refreshMetricSummary(tx, metricId);
  return { groups: written };
}

/**
 * Rebuilds every group of the ledger, one metric per transaction, reading each metric's figures
 * once. For first runs, repairs and the benchmark; a claim edit uses refreshAgreement.
 */
export async function rebuildAgreement(db: Db): Promise<{ metrics: number; groups: number }> {
  const metricIds = (await db.metric.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((m) => m.id);
  let groups = 0;
  for (const metricId of metricIds) {
    groups += await db.$transaction(
      async (tx) => {
        const [claims, relations] = await inTurn(
          () => tx.claim.findMany({ where: { metricId, status: "active" }, select: { id: true } }),
          () => tx.claimRelation.findMany({ where: { baselineMetricId: metricId, fromClaim: { status: "active" } }, select: { id: true } }),
        );
        await tx.agreementMember.deleteMany({ where: { group: { metricId } } });
        await tx.agreementGroup.deleteMany({ where: { metricId } });
        const metric = await metricForAnalysis(tx, metricId);
        const analysed = await analyseFigures(tx, metric, claims.map((c) => c.id), relations.map((r) => r.id));
        await writeGroups(tx, metric, analysed);
        await refreshMetricSummary(tx, metricId);
        return analysed.length;
      },
      { timeout: 600_000, maxWait: 30_000 },
    );
  }
  return { metrics: metricIds.length, groups };
}
