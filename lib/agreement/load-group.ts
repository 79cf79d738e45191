import type { AnalysisClaim, AnalysisPeriod, Interval } from "@/lib/domain/agreement/types";
import { deriveBaseline, mergeOrigins, originKey } from "@/lib/domain/agreement";
import { formatDay } from "@/lib/domain/figures-format";
import type { Qualifier } from "@/lib/schemas/claim";
import { dateToDay } from "@/lib/db/dates";
import type { Tx } from "@/lib/db/client";
import { inChunks } from "@/lib/db/in-chunks";
import { decimalText } from "@/lib/db/values";

export const DEFAULT_TOLERANCE = 0.1;

export type MetricForAnalysis = {
  id: number;
  name: string;
  unit: string;
  kind: "stock" | "flow";
  nonNegative: boolean;
  tolerance: number;
  windowDays?: number;
};

export async function metricForAnalysis(tx: Tx, metricId: number): Promise<MetricForAnalysis> {
  const m = await tx.metric.findUniqueOrThrow({
    where: { id: metricId },
    select: { id: true, name: true, unit: true, kind: true, nonNegative: true, tolerance: true, windowDays: true },
  });
  const { windowDays, ...rest } = m;
  return { ...rest, tolerance: m.tolerance === null ? DEFAULT_TOLERANCE : Number(m.tolerance.toString()), ...(windowDays === null ? {} : { windowDays }) };
}

const actorSelect = { select: { slug: true, name: true, kind: true, affiliation: { select: { slug: true, name: true } } } } as const;

/** What a source republishes: another source in the ledger, or an outside report's origin and outlet. */
const republishedSelect = {
  republishedOrigin: actorSelect,
  republishedVia: actorSelect,
  republishesSource: { select: { id: true, title: true, outlet: actorSelect } },
} as const;

const claimSelect = {
  id: true,
  metricId: true,
  placeId: true,
  qualifier: true,
  valueLow: true,
  valueBest: true,
  valueHigh: true,
  vagueTerm: true,
  modality: true,
  change: true,
  cumulative: true,
  periodStart: true,
  periodEnd: true,
  place: { select: { name: true, ancestors: { select: { ancestorId: true } } } },
  source: {
    select: {
      id: true,
      title: true,
      publishedAt: true,
      retrievedAt: true,
      notBefore: true,
      outlet: { select: { slug: true, name: true } },
      ...republishedSelect,
    },
  },
  attributions: {
    orderBy: { position: "asc" },
    select: { actor: actorSelect },
  },
  relationsFrom: { where: { kind: "same_report" }, select: { toClaimId: true } },
} as const;

type ClaimRecord = Awaited<ReturnType<typeof loadClaimRecords>>[number];

async function loadClaimRecords(tx: Tx, ids: number[]) {
  return inChunks(ids, (chunk) => tx.claim.findMany({ where: { id: { in: chunk } }, select: claimSelect, orderBy: { id: "asc" } }));
}


function sourceLabel(source: ClaimRecord["source"]): string {
  const who = source.outlet?.name ?? source.title ?? `source #${source.id}`;
  return `${who}, ${source.publishedAt ? formatDay(dateToDay(source.publishedAt)) : "undated"}`;
}

/**
 * A claim's reference period for the analysis. A missing end is bounded by the publication day:
 * a source cannot report a figure after it was written.
 */
function analysisPeriod(c: ClaimRecord): AnalysisPeriod {
  const start = dateToDay(c.periodStart);
  const end = dateToDay(c.periodEnd);
  if (start !== null && end !== null) return { start, end, certainty: "stated" };
  return {
    start,
    end: end ?? dateToDay(c.source.publishedAt),
    certainty: "open",
    notBefore: c.source.publishedAt ? null : dateToDay(c.source.notBefore),
  };
}

function toAnalysisClaim(c: ClaimRecord, origin: AnalysisClaim["origin"]): AnalysisClaim {
  const value = { qualifier: c.qualifier, low: decimalText(c.valueLow), best: decimalText(c.valueBest), high: decimalText(c.valueHigh), vagueTerm: c.vagueTerm };
  return {
    modality: c.modality,
    change: c.change,
    cumulative: c.cumulative,
    reportedOn: dateToDay(c.source.publishedAt) ?? dateToDay(c.source.notBefore),
    id: String(c.id),
    derivedFrom: null,
    metricId: c.metricId,
    placeId: c.placeId,
    placeName: c.place.name,
    placeAncestors: c.place.ancestors.map((a) => a.ancestorId),
    period: analysisPeriod(c),
    value,
    origin,
    // Who published it and when; the explanation adds the period and the figure in words.
    label: sourceLabel(c.source),
  };
}

type ActorRecord = { slug: string; name: string; kind: string; affiliation: { slug: string; name: string } | null };
const chainActor = (a: ActorRecord) => ({ slug: a.slug, kind: a.kind, affiliationSlug: a.affiliation?.slug ?? null, name: a.name, affiliationName: a.affiliation?.name ?? null });

/**
 * A claim's attribution chain, origin first. A claim without one, in a source that republishes
 * another report, takes that report's: its origin and outlet, or the republished source's outlet.
 */
function chainOf(c: ClaimRecord) {
  if (c.attributions.length > 0) return c.attributions.map((a) => chainActor(a.actor));
  const s = c.source;
  const republished: ActorRecord[] = [];
  for (const a of [s.republishedOrigin, s.republishedVia ?? s.republishesSource?.outlet ?? null]) if (a) republished.push(a);
  return republished.map(chainActor);
}

function originOf(c: ClaimRecord) {
  return originKey(chainOf(c), { id: c.source.id, outletSlug: c.source.outlet?.slug ?? null, outletName: c.source.outlet?.name ?? null, title: c.source.title });
}

/** The derived figures a group holds: baselines implied by relative claims ("more than double X"). */
async function loadDerived(tx: Tx, relationIds: number[], metric: MetricForAnalysis): Promise<AnalysisClaim[]> {
  const relations = await inChunks(relationIds, (chunk) =>
    tx.claimRelation.findMany({
      where: { id: { in: chunk } },
      orderBy: { id: "asc" },
      select: {
        id: true,
        kind: true,
        factor: true,
        comparator: true,
        baselinePlaceId: true,
        baselinePeriodStart: true,
        baselinePeriodEnd: true,
        baselineDescription: true,
        fromClaim: { select: { ...claimSelect, metric: { select: { unit: true, nonNegative: true, tolerance: true } } } },
      },
    }),
  );
  const placeIds = [...new Set(relations.map((r) => r.baselinePlaceId).filter((p): p is number => p !== null))];
  const places = await tx.place.findMany({
    where: { id: { in: placeIds } },
    select: { id: true, name: true, ancestors: { select: { ancestorId: true } } },
  });
  const placeById = new Map(places.map((p) => [p.id, p]));
  const out: AnalysisClaim[] = [];
  for (const r of relations) {
    const place = r.baselinePlaceId === null ? undefined : placeById.get(r.baselinePlaceId);
    if (!place || r.factor === null || (r.kind !== "multiple_of" && r.kind !== "fraction_of")) continue;
    const from = r.fromClaim;
    const fromValue = { qualifier: from.qualifier, low: decimalText(from.valueLow), best: decimalText(from.valueBest), high: decimalText(from.valueHigh), vagueTerm: from.vagueTerm };
    const interval: Interval | null = deriveBaseline(
      fromValue,
      { kind: r.kind, factor: r.factor.toString(), comparator: r.comparator },
      { tolerance: from.metric.tolerance === null ? metric.tolerance : Number(from.metric.tolerance.toString()), nonNegative: metric.nonNegative },
    );
    if (!interval) continue;
    const start = dateToDay(r.baselinePeriodStart);
    const end = dateToDay(r.baselinePeriodEnd);
    out.push({
      id: `d${r.id}`,
      derivedFrom: from.id,
      metricId: metric.id,
      placeId: place.id,
      placeName: place.name,
      placeAncestors: place.ancestors.map((a) => a.ancestorId),
      period: start !== null && end !== null ? { start, end, certainty: "stated" } : { start, end, certainty: "open" },
      value: { qualifier: (r.comparator ?? "approximately") as Qualifier, low: null, best: null, high: null, vagueTerm: null },
      interval,
      origin: originOf(from),
      // A noun phrase for sentences ("only the January estimate … gives a usable figure"); the
      // explanation adds which claim implies it, and the chart marks it as derived.
      label: r.baselineDescription || "the figure it is compared with",
    });
  }
  return out;
}

/** Everything the analysis needs about one group's claims and derived figures. */
export async function loadGroupForAnalysis(tx: Tx, metric: MetricForAnalysis, claimIds: number[], relationIds: number[]) {
  const records = await loadClaimRecords(tx, claimIds);
  const sameReport: Array<[string, string]> = records.flatMap((c) =>
    c.relationsFrom.filter((r) => r.toClaimId !== null).map((r) => [String(c.id), String(r.toClaimId)] as [string, string]),
  );
  const origins = new Map(records.map((c) => [String(c.id), originOf(c)]));
  const canonical = mergeOrigins(sameReport, new Map([...origins].map(([id, o]) => [id, o.key])));
  const claims = records.map((c) => {
    const own = origins.get(String(c.id))!;
    return toAnalysisClaim(c, { ...own, key: canonical(String(c.id)) });
  });
  return [...claims, ...(await loadDerived(tx, relationIds, metric))];
}
