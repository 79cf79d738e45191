import "server-only";
import { cache } from "react";
import { analysisTotals } from "@/lib/domain/agreement/group-summary";
import { parseGroupSummary, parseStoredAnalysis, type StoredAnalysis } from "@/lib/domain/agreement/stored-analysis";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { dateToDay } from "@/lib/db/dates";
import type { GroupResponse } from "@/lib/schemas/group";
import { decodeCursor, encodeCursor, type Page } from "./pagination";

const groupSelect = {
  id: true,
  verdict: true,
  severity: true,
  claimCount: true,
  originCount: true,
  periodStart: true,
  periodEnd: true,
  place: { select: { slug: true, name: true } },
  metric: { select: { slug: true, name: true, unit: true, kind: true, topic: { select: { slug: true, name: true } } } },
} satisfies Prisma.AgreementGroupSelect;

type GroupRecord = Prisma.AgreementGroupGetPayload<{ select: typeof groupSelect }>;

function toGroup(g: GroupRecord, analysis: StoredAnalysis, complete: boolean, totals: { figures: number; origins: number }) {
  return {
    id: g.id,
    verdict: g.verdict,
    severity: g.severity,
    claimCount: g.claimCount,
    originCount: g.originCount,
    period: { start: dateToDay(g.periodStart), end: dateToDay(g.periodEnd) },
    place: g.place,
    metric: g.metric,
    /** The whole analysis when `complete`; in lists, its summary: a few of the figures. */
    analysis,
    complete,
    figureTotal: totals.figures,
    originTotal: totals.origins,
  };
}
export type AgreementGroupView = ReturnType<typeof toGroup>;

/** A group in a list: its summary only, however many figures the group holds. */
function fromSummary(g: GroupRecord & { summary: string }): AgreementGroupView {
  const summary = parseGroupSummary(g.summary);
  return toGroup(g, summary, false, { figures: summary.figureTotal, origins: summary.originTotal });
}

/** Keyset order shared by a metric's groups and the Conflicts page: widest gap first, then oldest. */
function severityPage(where: Prisma.AgreementGroupWhereInput, rawCursor: string | undefined, pageSize: number) {
  const cursor = decodeCursor(rawCursor);
  const severity = cursor?.v == null ? null : Number(cursor.v);
  const after: Prisma.AgreementGroupWhereInput =
    cursor && severity !== null && Number.isFinite(severity) ? { OR: [{ severity: { lt: severity } }, { severity, id: { gt: cursor.id } }] } : {};
  return { where: { ...where, ...after }, orderBy: [{ severity: "desc" as const }, { id: "asc" as const }], take: pageSize + 1 };
}

async function readPage(query: ReturnType<typeof severityPage>, pageSize: number): Promise<Page<AgreementGroupView>> {
  const rows = await db().agreementGroup.findMany({ ...query, select: { ...groupSelect, summary: true } });
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  return {
    rows: page.map(fromSummary),
    next: rows.length > pageSize && last ? encodeCursor({ v: String(last.severity), id: last.id }) : null,
  };
}

/** A metric's groups, the most severe first, a page at a time. */
export async function listMetricGroups(metricId: number, rawCursor: string | undefined, pageSize = 10) {
  return readPage(severityPage({ metricId }, rawCursor, pageSize), pageSize);
}

/** Every conflicting group in the ledger, the widest gap first. */
export async function listConflicts(rawCursor: string | undefined, pageSize = 20) {
  return readPage(severityPage({ verdict: "conflicting" }, rawCursor, pageSize), pageSize);
}

/** One group of comparable figures, for its own page; null when there is no such group. */
async function readGroup(id: number): Promise<(AgreementGroupView & { computedAt: string }) | null> {
  const group = await db().agreementGroup.findUnique({ where: { id }, select: { ...groupSelect, analysis: true, computedAt: true } });
  if (!group) return null;
  const analysis = parseStoredAnalysis(group.analysis);
  return { ...toGroup(group, analysis, true, analysisTotals(analysis)), computedAt: group.computedAt.toISOString() };
}

/** Memoised for the request, so that a page and its metadata read it once. */
export const getGroup = cache(readGroup);

/**
 * Where an old group address leads after groups merged or split: the id of the group that now
 * holds most of its former members, or null when the address never was a group's or its figures
 * are all gone.
 */
export async function groupAliasTarget(id: number): Promise<number | null> {
  const alias = await db().agreementGroupAlias.findUnique({ where: { id }, select: { groupId: true } });
  return alias?.groupId ?? null;
}

/** How the analysis used a figure, for the API. */
function memberRole(a: StoredAnalysis, id: string): GroupResponse["members"][number]["role"] {
  if (a.apart?.includes(id)) return "apart";
  if (a.revisions?.some((r) => r.earlier.includes(id))) return "revised-earlier";
  if (a.conflictingIds.includes(id)) return "conflicting";
  if (a.agreeingIds.includes(id)) return "agreeing";
  if (a.partWholeIds.includes(id)) return "fits";
  return "other";
}

/** A group for the JSON API: its verdict and reasons, and every member with its interval and origin. */
export async function groupForApi(id: number): Promise<GroupResponse | null> {
  const g = await getGroup(id);
  if (!g) return null;
  const a = g.analysis;
  return {
    id: g.id,
    url: `/groups/${g.id}`,
    metric: { slug: g.metric.slug, name: g.metric.name, unit: g.metric.unit, kind: g.metric.kind },
    place: g.place,
    verdict: g.verdict,
    explanation: a.explanation,
    direction: a.direction ?? null,
    revisions: a.revisions ?? [],
    members: a.claims.map((c) => ({
      id: c.id,
      claimId: c.derivedFrom ?? Number(c.id),
      derived: c.derivedFrom !== null,
      modality: c.modality ?? "observed",
      cumulative: c.cumulative ?? false,
      label: c.label,
      place: c.placeName,
      period: { start: c.period.start, end: c.period.end, certainty: c.period.certainty },
      interval: a.intervals[c.id] ?? null,
      origin: c.origin,
      role: memberRole(a, c.id),
    })),
  };
}

export async function conflictCount(): Promise<number> {
  const sum = await db().metric.aggregate({ _sum: { conflictCount: true } });
  return sum._sum.conflictCount ?? 0;
}

/**
 * One real group per verdict, for "How to read the ledger": the most severe group with that
 * verdict (each is one index range of `[verdict, severity, id]`), or null when the ledger has none.
 */
export async function verdictExamples(verdicts: readonly GroupRecord["verdict"][]): Promise<Map<GroupRecord["verdict"], AgreementGroupView | null>> {
  const found = await Promise.all(
    verdicts.map((verdict) =>
      db().agreementGroup.findFirst({
        where: { verdict },
        orderBy: [{ severity: "desc" }, { id: "asc" }],
        select: { ...groupSelect, summary: true },
      }),
    ),
  );
  return new Map(verdicts.map((v, i) => [v, found[i] ? fromSummary(found[i]) : null]));
}

/** The groups that hold a claim of the view (a place and the places inside it, an actor's figures), the most severe first. */
export async function listGroupsOfClaims(claims: Prisma.ClaimWhereInput, rawCursor: string | undefined, pageSize = 6) {
  return readPage(severityPage({ members: { some: { claim: claims } } }, rawCursor, pageSize), pageSize);
}

/** The conflicts most recently found or changed, for the feed of new conflicts. */
export async function recentConflicts(limit: number) {
  const rows = await db().agreementGroup.findMany({ where: { verdict: "conflicting" }, orderBy: [{ computedAt: "desc" }, { id: "desc" }], take: limit, select: { ...groupSelect, summary: true, computedAt: true } });
  return rows.map((g) => ({ group: fromSummary(g), computedAt: g.computedAt }));
}
