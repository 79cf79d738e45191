import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { contextAround } from "@/lib/domain/quote-selector";
import { diffSnapshots } from "@/lib/domain/snapshot-diff";
import { dateToDay } from "@/lib/db/dates";
import type { ClaimFormValues } from "@/lib/forms/claim-form-values";
import { decimalText } from "@/lib/db/values";
import { parseGroupSummary } from "@/lib/domain/agreement/stored-analysis";
import type { ClaimGroup } from "@/lib/schemas/group";
import { authorNames } from "./authors";
import {
  ATTRIBUTION_SQL,
  attributionSchema,
  CLAIM_DETAIL_SQL,
  CLAIM_REVISIONS_SQL,
  claimDetailSchema,
  relationFromSchema,
  relationToSchema,
  RELATIONS_FROM_SQL,
  RELATIONS_TO_SQL,
  revisionSchema,
  rows,
} from "./claim-sql";

/**
 * Everything the claim page shows, with the source text cut to the quote's neighbourhood: five
 * joined queries in raw SQL (lib/data/claim-sql.ts) where Prisma's nested select sent one per
 * relation level, and the authors' names.
 */
async function readClaim(id: number) {
  const client = db();
  const [found] = await rows(client, CLAIM_DETAIL_SQL(id), claimDetailSchema);
  if (!found) return null;
  const [attributions, relationsFrom, relationsTo, revisions] = await Promise.all([
    rows(client, ATTRIBUTION_SQL(id), attributionSchema),
    rows(client, RELATIONS_FROM_SQL(id), relationFromSchema),
    rows(client, RELATIONS_TO_SQL(id), relationToSchema),
    rows(client, CLAIM_REVISIONS_SQL(id), revisionSchema),
  ]);
  const { row, detail: claim } = found;
  // Only the text's neighbourhood of the quote leaves this function.
  const context = contextAround(claim.sourceText, { start: claim.quoteStart, end: claim.quoteEnd }, CONTEXT_RADIUS);
  const group =
    claim.groupId !== null && claim.groupVerdict !== null && claim.groupSummary !== null
      ? { id: claim.groupId, verdict: claim.groupVerdict, summary: claim.groupSummary }
      : null;

  return {
    ...row,
    key: claim.key,
    note: claim.note,
    statusReason: claim.statusReason,
    version: claim.version,
    updatedAt: claim.updatedAt.toISOString(),
    metric: { slug: claim.metricSlug, name: claim.metricName, unit: claim.metricUnit, topic: { slug: claim.topicSlug, name: claim.topicName } },
    quoteSelector: {
      exact: claim.quoteExact,
      prefix: claim.quotePrefix,
      suffix: claim.quoteSuffix,
      start: claim.quoteStart,
      end: claim.quoteEnd,
    },
    surfaceSpan:
      claim.surfaceStart !== null && claim.surfaceEnd !== null ? { start: claim.surfaceStart, end: claim.surfaceEnd } : null,
    context,
    source: {
      ...row.source,
      url: claim.sourceUrl,
      notBefore: dateToDay(claim.sourceNotBefore),
      retrievedAt: dateToDay(claim.sourceRetrievedAt),
      outletSlug: claim.outletSlug,
    },
    attribution: attributions,
    relationsFrom,
    relationsTo,
    modality: claim.modality,
    change: claim.change,
    cumulative: claim.cumulative,
    group: claimGroup(group),
    revisions: await describeRevisions(revisions),
  };
}

/** Memoised for the request, so that a page and its metadata read it once. */
export const getClaim = cache(readClaim);

/** The claim's group of comparable figures: its address, verdict and reasons (from the stored summary). */
function claimGroup(group: { id: number; verdict: ClaimGroup["verdict"]; summary: string } | null): ClaimGroup | null {
  if (!group) return null;
  return { id: group.id, url: `/groups/${group.id}`, verdict: group.verdict, explanation: parseGroupSummary(group.summary).explanation };
}

const CONTEXT_RADIUS = 400;

const ID_FIELDS = { metricId: "metric", placeId: "place", sourceId: "source" } as const;

/** Each revision with what it changed, ids shown as the names a reader knows. */
async function describeRevisions(revisions: Array<{ id: number; version: number; action: string; author: string; reason: string; createdAt: Date; hash: string; prevHash: string; snapshot: string }>) {
  const changes = revisions.map((r, i) => (i === 0 ? [] : diffSnapshots(revisions[i - 1]!.snapshot, r.snapshot)));
  const ids = { metric: new Set<number>(), place: new Set<number>(), source: new Set<number>(), actor: new Set<number>() };
  for (const change of changes.flat()) {
    const field = ID_FIELDS[change.path as keyof typeof ID_FIELDS];
    for (const raw of [change.before, change.after]) {
      if (raw === null) continue;
      if (field) ids[field].add(Number(raw));
      if (change.path === "attribution") (JSON.parse(raw) as number[]).forEach((a) => ids.actor.add(a));
    }
  }
  // Most claims have one revision and most edits change no id: only the names needed are read.
  const none = Promise.resolve([]);
  const [metrics, places, sources, actors, authors] = await Promise.all([
    ids.metric.size ? db().metric.findMany({ where: { id: { in: [...ids.metric] } }, select: { id: true, name: true } }) : none,
    ids.place.size ? db().place.findMany({ where: { id: { in: [...ids.place] } }, select: { id: true, name: true } }) : none,
    ids.source.size ? db().source.findMany({ where: { id: { in: [...ids.source] } }, select: { id: true, title: true } }) : none,
    ids.actor.size ? db().actor.findMany({ where: { id: { in: [...ids.actor] } }, select: { id: true, name: true } }) : none,
    authorNames(revisions.map((r) => r.author)),
  ]);
  const names = {
    metric: new Map(metrics.map((m) => [m.id, m.name])),
    place: new Map(places.map((p) => [p.id, p.name])),
    source: new Map(sources.map((x) => [x.id, x.title ?? `source #${x.id}`])),
  };
  const actorNames = new Map(actors.map((a) => [a.id, a.name]));
  const readable = (path: string, raw: string | null) => {
    if (raw === null) return null;
    const field = ID_FIELDS[path as keyof typeof ID_FIELDS];
    if (field) return names[field].get(Number(raw)) ?? raw;
    if (path === "attribution") return (JSON.parse(raw) as number[]).map((a) => actorNames.get(a) ?? `#${a}`).join(" → ") || "(the source itself)";
    return raw;
  };
  return revisions.map(({ snapshot: _snapshot, ...r }, i) => ({
    ...r,
    author: authors.get(r.author) ?? r.author,
    createdAt: r.createdAt.toISOString(),
    changes: changes[i]!.map((c) => ({ path: c.path, before: readable(c.path, c.before), after: readable(c.path, c.after) })),
  }));
}

/** The content a claim revision recorded (lib/ledger/claims.ts: claimSnapshot). */
type ClaimSnapshot = {
  metricId: number;
  placeId: number;
  sourceId: number;
  value: { qualifier: string; low: string | null; best: string | null; high: string | null; vagueTerm: string | null };
  surface: string;
  period: { start: string | null; end: string | null; label: string };
  quote: { exact: string };
  attribution: number[];
  note: string;
  status: string;
  statusReason: string;
};

/** A claim as one of its revisions recorded it, names resolved; null when it has no such version. */
export async function getClaimAtVersion(id: number, version: number) {
  const revision = await db().revision.findUnique({
    where: { entityType_entityId_version: { entityType: "claim", entityId: id, version } },
    select: { version: true, action: true, author: true, reason: true, createdAt: true, hash: true, snapshot: true },
  });
  if (!revision) return null;
  const s = JSON.parse(revision.snapshot) as ClaimSnapshot;
  const [metric, place, actors] = await Promise.all([
    db().metric.findUnique({ where: { id: s.metricId }, select: { slug: true, name: true, unit: true } }),
    db().place.findUnique({ where: { id: s.placeId }, select: { slug: true, name: true } }),
    db().actor.findMany({ where: { id: { in: s.attribution } }, select: { id: true, name: true } }),
  ]);
  const actorName = new Map(actors.map((a) => [a.id, a.name]));
  return {
    version: revision.version,
    action: revision.action,
    author: revision.author,
    reason: revision.reason,
    createdAt: revision.createdAt.toISOString(),
    hash: revision.hash,
    value: s.value,
    surface: s.surface,
    period: s.period,
    quote: s.quote.exact,
    metric,
    place,
    attribution: s.attribution.map((a) => actorName.get(a) ?? `#${a}`),
    note: s.note,
    status: s.status,
    statusReason: s.statusReason,
  };
}

/** A claim as the edit form's values, with its version and source; null when there is no such claim. */
export async function getClaimForEdit(id: number): Promise<{ id: number; version: number; source: { id: number; title: string | null }; values: ClaimFormValues } | null> {
  const claim = await db().claim.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      sourceId: true,
      quoteExact: true,
      quoteStart: true,
      surface: true,
      qualifier: true,
      valueLow: true,
      valueBest: true,
      valueHigh: true,
      vagueTerm: true,
      periodStart: true,
      periodEnd: true,
      periodLabel: true,
      modality: true,
      change: true,
      cumulative: true,
      note: true,
      metric: { select: { slug: true } },
      place: { select: { slug: true } },
      source: { select: { id: true, title: true } },
      attributions: { orderBy: { position: "asc" }, select: { actor: { select: { slug: true } } } },
    },
  });
  if (!claim) return null;
  // An exact figure is stored with its low and high equal to it; the form shows it once.
  const exact = claim.qualifier === "exact";
  return {
    id: claim.id,
    version: claim.version,
    source: claim.source,
    values: {
      claimId: String(claim.id),
      expectedVersion: String(claim.version),
      sourceId: String(claim.sourceId),
      quote: claim.quoteExact,
      quoteStart: String(claim.quoteStart),
      surface: claim.surface,
      qualifier: claim.qualifier,
      low: exact ? "" : (decimalText(claim.valueLow) ?? ""),
      best: decimalText(claim.valueBest) ?? "",
      high: exact ? "" : (decimalText(claim.valueHigh) ?? ""),
      vagueTerm: claim.vagueTerm ?? "",
      metric: claim.metric.slug,
      place: claim.place.slug,
      periodStart: dateToDay(claim.periodStart) ?? "",
      periodEnd: dateToDay(claim.periodEnd) ?? "",
      periodLabel: claim.periodLabel,
      modality: claim.modality,
      change: claim.change ?? "",
      cumulative: claim.cumulative ? "on" : "",
      attribution: claim.attributions.map((a) => a.actor.slug).join(", "),
      note: claim.note,
    },
  };
}
