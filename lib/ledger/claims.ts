import "server-only";
import { z } from "zod";
import { inTurn } from "@/lib/db/in-turn";
import type { ClaimValue, LevelChange, Modality, ReferencePeriod } from "@/lib/schemas/claim";
import type { QuoteAnchor } from "@/lib/domain/quote-selector";
import type { Tx } from "@/lib/db/client";
import { appendRevision } from "./revisions";
import { dayToDate } from "@/lib/db/dates";
import { decimalSortKey } from "@/lib/schemas/decimal-bound";

/** A claim ready to be written: every reference already resolved to a row id. */
export type ClaimDraft = {
  key: string | null;
  sourceId: number;
  metricId: number;
  placeId: number;
  value: ClaimValue;
  surface: string;
  period: ReferencePeriod;
  quote: QuoteAnchor;
  surfaceSpan: { start: number; end: number } | null;
  /** Actor ids from the origin to the last relay; empty when the source itself is the origin. */
  attribution: number[];
  note: string;
  /** Default "observed"; a plan's or forecast's direction; a running total. */
  modality?: Modality;
  change?: LevelChange | null;
  cumulative?: boolean;
};

/** The number the metric page sorts by: the best value, else whichever bound the source gave. */
export function sortValueOf(value: ClaimValue): string | null {
  return value.best ?? value.low ?? value.high;
}

/** That number as the stored sort key, whose byte order is numeric order. */
export function sortKeyOf(value: ClaimValue): string | null {
  const v = sortValueOf(value);
  return v === null ? null : decimalSortKey(v);
}

/** The content a revision records for a claim: what a reader would need to rebuild it. */
export function claimSnapshot(draft: ClaimDraft, status = "active", statusReason = "") {
  return {
    key: draft.key,
    sourceId: draft.sourceId,
    metricId: draft.metricId,
    placeId: draft.placeId,
    value: draft.value,
    surface: draft.surface,
    period: draft.period,
    quote: { exact: draft.quote.exact, prefix: draft.quote.prefix, suffix: draft.quote.suffix, start: draft.quote.start, end: draft.quote.end },
    surfaceSpan: draft.surfaceSpan,
    attribution: draft.attribution,
    note: draft.note,
    // Only what differs from the defaults, so that the revisions of claims written before these
    // fields existed read the same.
    ...((draft.modality ?? "observed") !== "observed" ? { modality: draft.modality } : {}),
    ...(draft.change ? { change: draft.change } : {}),
    ...(draft.cumulative ? { cumulative: true } : {}),
    status,
    statusReason,
  };
}

/** The Claim row a draft is stored as (without its attribution rows). */
export function claimColumns(draft: ClaimDraft, source: { publishedAt: Date | null; outletId: number | null }) {
  const { value, period, quote } = draft;
  const low = value.qualifier === "exact" ? value.best : value.low;
  const high = value.qualifier === "exact" ? value.best : value.high;
  return {
    key: draft.key,
    sourceId: draft.sourceId,
    metricId: draft.metricId,
    placeId: draft.placeId,
    qualifier: value.qualifier,
    valueLow: low,
    valueBest: value.best,
    valueHigh: high,
    vagueTerm: value.vagueTerm,
    sortValue: sortKeyOf(value),
    surface: draft.surface,
    periodStart: dayToDate(period.start),
    periodEnd: dayToDate(period.end),
    periodLabel: period.label,
    quoteExact: quote.exact,
    quotePrefix: quote.prefix,
    quoteSuffix: quote.suffix,
    quoteStart: quote.start,
    quoteEnd: quote.end,
    surfaceStart: draft.surfaceSpan?.start ?? null,
    surfaceEnd: draft.surfaceSpan?.end ?? null,
    originActorId: draft.attribution[0] ?? null,
    sourcePublishedAt: source.publishedAt,
    sourceOutletId: source.outletId,
    note: draft.note,
    modality: draft.modality ?? "observed",
    change: draft.change ?? null,
    cumulative: draft.cumulative ?? false,
  };
}

/**
 * Writes a new claim with its attribution chain, keeps the claim counts of its metric, topic and
 * source, and appends the "create" revision. Runs inside the caller's transaction.
 */
export async function addClaim(tx: Tx, draft: ClaimDraft, author: string, reason = ""): Promise<number> {
  const source = await tx.source.findUniqueOrThrow({ where: { id: draft.sourceId }, select: { publishedAt: true, outletId: true } });
  const claim = await tx.claim.create({
    data: {
      ...claimColumns(draft, source),
      attributions: { create: draft.attribution.map((actorId, position) => ({ actorId, position })) },
    },
    select: { id: true, metric: { select: { topicId: true } } },
  });
  await tx.metric.update({ where: { id: draft.metricId }, data: { claimCount: { increment: 1 } } });
  await tx.topic.update({ where: { id: claim.metric.topicId }, data: { claimCount: { increment: 1 } } });
  await tx.source.update({ where: { id: draft.sourceId }, data: { claimCount: { increment: 1 } } });
  await appendRevision(tx, {
    entityType: "claim",
    entityId: claim.id,
    version: 1,
    action: "create",
    author,
    reason,
    snapshot: claimSnapshot(draft),
  });
  return claim.id;
}

async function moveCount(tx: Tx, from: { metricId: number; sourceId: number }, to: { metricId: number; sourceId: number }) {
  if (from.metricId !== to.metricId) {
    const [oldMetric, newMetric] = await inTurn(
      () => tx.metric.update({ where: { id: from.metricId }, data: { claimCount: { decrement: 1 } }, select: { topicId: true } }),
      () => tx.metric.update({ where: { id: to.metricId }, data: { claimCount: { increment: 1 } }, select: { topicId: true } }),
    );
    if (oldMetric.topicId !== newMetric.topicId) {
      await tx.topic.update({ where: { id: oldMetric.topicId }, data: { claimCount: { decrement: 1 } } });
      await tx.topic.update({ where: { id: newMetric.topicId }, data: { claimCount: { increment: 1 } } });
    }
  }
  if (from.sourceId !== to.sourceId) {
    await tx.source.update({ where: { id: from.sourceId }, data: { claimCount: { decrement: 1 } } });
    await tx.source.update({ where: { id: to.sourceId }, data: { claimCount: { increment: 1 } } });
  }
}

/**
 * Replaces a claim's content and appends an "edit" revision with the reason. Nothing is lost:
 * the previous content stays in the revision before it. The UPDATE itself requires the claim to be
 * at `expectedVersion` (by default the version just read); false, and nothing written, when it is not.
 */
export async function editClaim(tx: Tx, claimId: number, draft: ClaimDraft, author: string, reason: string, expectedVersion?: number): Promise<boolean> {
  const current = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: { version: true, metricId: true, sourceId: true, status: true, statusReason: true },
  });
  const from = expectedVersion ?? current.version;
  const source = await tx.source.findUniqueOrThrow({ where: { id: draft.sourceId }, select: { publishedAt: true, outletId: true } });
  const version = from + 1;
  const updated = await tx.claim.updateMany({
    where: { id: claimId, version: from },
    data: { ...claimColumns(draft, source), version },
  });
  if (updated.count !== 1) return false;
  await tx.claimAttribution.deleteMany({ where: { claimId } });
  await tx.claimAttribution.createMany({ data: draft.attribution.map((actorId, position) => ({ claimId, actorId, position })) });
  await moveCount(tx, current, draft);
  await appendRevision(tx, {
    entityType: "claim",
    entityId: claimId,
    version,
    action: "edit",
    author,
    reason,
    snapshot: claimSnapshot(draft, current.status, current.statusReason),
  });
  return true;
}

export type ClaimStatus = "active" | "deprecated" | "retracted";

const STATUS_ACTION = { active: "restore", deprecated: "deprecate", retracted: "retract" } as const;

/** A revision's snapshot as stored: canonical JSON of one object. */
const snapshotSchema = z.record(z.string(), z.unknown());

/**
 * Marks a claim active, deprecated or retracted with the reason, as version `version`, and appends
 * the revision: the previous snapshot with the new status. The claim's content is not touched. The
 * UPDATE itself requires the claim to be at version - 1; false, and nothing written, when it is not.
 */
export async function setClaimStatus(tx: Tx, claimId: number, version: number, change: { status: ClaimStatus; reason: string }, author: string): Promise<boolean> {
  const updated = await tx.claim.updateMany({ where: { id: claimId, version: version - 1 }, data: { status: change.status, statusReason: change.reason, version } });
  if (updated.count !== 1) return false;
  const last = await tx.revision.findFirstOrThrow({
    where: { entityType: "claim", entityId: claimId },
    orderBy: { version: "desc" },
    select: { snapshot: true },
  });
  const snapshot = { ...snapshotSchema.parse(JSON.parse(last.snapshot)), status: change.status, statusReason: change.reason };
  await appendRevision(tx, { entityType: "claim", entityId: claimId, version, action: STATUS_ACTION[change.status], author, reason: change.reason, snapshot });
  return true;
}

/** A relation from a new claim to another claim, or to a baseline its source only implies. */
export type ClaimRelationDraft = {
  kind: "multiple_of" | "fraction_of" | "updates";
  factor: string | null;
  comparator: ClaimValue["qualifier"] | null;
  toClaimId: number | null;
  baseline: { metricId: number; placeId: number; period: ReferencePeriod; description: string } | null;
  note: string;
};

/** Writes a claim's relation ("more than double" a baseline, a fraction of a claim, an update of one). */
export async function addClaimRelation(tx: Tx, fromClaimId: number, r: ClaimRelationDraft): Promise<void> {
  await tx.claimRelation.create({
    data: {
      fromClaimId,
      toClaimId: r.toClaimId,
      kind: r.kind,
      factor: r.factor,
      comparator: r.comparator,
      baselineMetricId: r.baseline?.metricId ?? null,
      baselinePlaceId: r.baseline?.placeId ?? null,
      baselinePeriodStart: dayToDate(r.baseline?.period.start ?? null),
      baselinePeriodEnd: dayToDate(r.baseline?.period.end ?? null),
      baselinePeriodLabel: r.baseline?.period.label ?? "",
      baselineDescription: r.baseline?.description ?? "",
      note: r.note,
    },
  });
}

/** Records that a claim is the same report as another one already in the ledger (one origin). */
export async function linkSameReport(tx: Tx, fromClaimId: number, toClaimId: number, note: string): Promise<void> {
  await tx.claimRelation.create({ data: { fromClaimId, toClaimId, kind: "same_report", note } });
}
