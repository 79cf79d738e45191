import "server-only";
import crypto from "node:crypto";
import { ZodError } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { CLAIM_FILTER_NAMES, VERDICTS, type ClaimFilters } from "@/lib/schemas/claim-filters";
import { claimRowSelect, toClaimRow, type ClaimRow } from "./claim-row";
import { decodeCursor, encodeCursor, type Page } from "./pagination";

/**
 * The claims list behind /claims, the place, actor and outlet pages, GET /api/v1/claims and the
 * exports: every filter of the URL, newest added first, a keyset page at a time on the
 * (filter column, createdAt, id) indexes of migration 014.
 */

function refuse(field: string, message: string): never {
  throw new ZodError([{ code: "custom", path: [field], message, input: undefined }]);
}

/** Past this many places inside a place, the filter is a subquery on the closure table instead of a list. */
const PLACE_LIST_MAX = 1_000;

const endOfDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_399_999);
const startOfDay = (day: string) => new Date(`${day}T00:00:00Z`);

/** The filters as a Prisma condition; a slug the ledger does not have is refused, naming the filter. */
export async function claimWhere(filters: ClaimFilters): Promise<Prisma.ClaimWhereInput> {
  const and: Prisma.ClaimWhereInput[] = [];
  const [topic, metric, place, outlet, origin] = await Promise.all([
    filters.topic ? db().topic.findUnique({ where: { slug: filters.topic }, select: { id: true, metrics: { select: { id: true } } } }) : null,
    filters.metric ? db().metric.findUnique({ where: { slug: filters.metric }, select: { id: true } }) : null,
    filters.place ? db().place.findUnique({ where: { slug: filters.place }, select: { id: true } }) : null,
    filters.outlet ? db().actor.findUnique({ where: { slug: filters.outlet }, select: { id: true } }) : null,
    filters.origin ? db().actor.findUnique({ where: { slug: filters.origin }, select: { id: true } }) : null,
  ]);
  if (filters.topic && !topic) refuse("topic", `There is no topic “${filters.topic}”.`);
  if (filters.metric && !metric) refuse("metric", `There is no metric “${filters.metric}”.`);
  if (filters.place && !place) refuse("place", `There is no place “${filters.place}”.`);
  if (filters.outlet && !outlet) refuse("outlet", `There is no outlet “${filters.outlet}”.`);
  if (filters.origin && !origin) refuse("origin", `There is no actor “${filters.origin}”.`);

  if (topic) and.push({ metricId: { in: topic.metrics.map((m) => m.id) } });
  if (metric) and.push({ metricId: metric.id });
  if (place) {
    const inside = await db().placeAncestor.findMany({ where: { ancestorId: place.id }, select: { placeId: true }, take: PLACE_LIST_MAX + 1 });
    and.push(inside.length <= PLACE_LIST_MAX ? { placeId: { in: inside.map((p) => p.placeId) } } : { place: { ancestors: { some: { ancestorId: place.id } } } });
  }
  if (outlet) and.push({ sourceOutletId: outlet.id });
  if (origin) and.push({ originActorId: origin.id });
  if (filters.qualifier) and.push({ qualifier: filters.qualifier });
  if (filters.modality) and.push({ modality: filters.modality });
  if (filters.status) and.push({ status: filters.status });
  if (filters.verdict) and.push({ membership: { group: { verdict: filters.verdict } } });
  // A period overlaps [from, to]; an open end is its other end; a claim with no period matches no period filter.
  if (filters.periodFrom) {
    const from = startOfDay(filters.periodFrom);
    and.push({ OR: [{ periodEnd: { gte: from } }, { periodEnd: null, periodStart: { gte: from } }] });
  }
  if (filters.periodTo) {
    const to = endOfDay(filters.periodTo);
    and.push({ OR: [{ periodStart: { lte: to } }, { periodStart: null, periodEnd: { lte: to } }] });
  }
  if (filters.publishedFrom) and.push({ sourcePublishedAt: { gte: startOfDay(filters.publishedFrom) } });
  if (filters.publishedTo) and.push({ sourcePublishedAt: { lte: endOfDay(filters.publishedTo) } });
  return and.length > 0 ? { AND: and } : {};
}

/** Ties a cursor to the filters it was made for, so that a cursor of another view is refused, not misread. */
export function filterKey(filters: ClaimFilters): string {
  const canonical = CLAIM_FILTER_NAMES.map((n) => `${n}=${filters[n] ?? ""}`).join("&");
  return crypto.createHash("sha256").update(canonical).digest("base64url").slice(0, 12);
}

/** A cursor this list gave for these filters; anything else is refused with the reason. */
function readCursor(raw: string | undefined, filters: ClaimFilters): { at: Date; id: number } | null {
  if (!raw) return null;
  const cursor = decodeCursor(raw);
  const [key, at] = cursor?.v?.split("@") ?? [];
  if (!cursor || !at || Number.isNaN(Date.parse(at))) refuse("cursor", "The cursor is not one this API gave; start again without it.");
  if (key !== filterKey(filters)) refuse("cursor", "The cursor belongs to other filters; start again without it.");
  return { at: new Date(at), id: cursor.id };
}

const listSelect = { ...claimRowSelect, createdAt: true } as const;

export type ClaimPage = Page<ClaimRow>;

/** One page of the filtered claims, newest added first. */
export async function listClaims(filters: ClaimFilters, page: { cursor?: string; limit: number }): Promise<ClaimPage> {
  const cursor = readCursor(page.cursor, filters);
  const where = await claimWhere(filters);
  const after: Prisma.ClaimWhereInput = cursor ? { createdAt: { lte: cursor.at }, OR: [{ createdAt: { lt: cursor.at } }, { id: { lt: cursor.id } }] } : {};
  const rows = await db().claim.findMany({ where: { AND: [where, after] }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: page.limit + 1, select: listSelect });
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  const next = rows.length > page.limit && last ? encodeCursor({ v: `${filterKey(filters)}@${last.createdAt.toISOString()}`, id: last.id }) : null;
  return { rows: shown.map(toClaimRow), next };
}

export type FacetValue = { value: string; label: string; count: number };
/**
 * `total` is exact unless `totalCapped` (then "more than total"); the facet counts are over the
 * newest `sampled` matching claims when `sampled` is not null, over all of them otherwise.
 */
export type ClaimFacets = { total: number; totalCapped: boolean; sampled: number | null; facets: Record<FacetName, FacetValue[]> };
export type FacetName = "topic" | "metric" | "place" | "outlet" | "origin" | "qualifier" | "modality" | "status" | "verdict";

const FACET_SIZE = 10;
/** Facets count at most the newest this many matching claims: GROUP BYs over a million rows take seconds. */
export const FACET_SAMPLE = 5_000;
/** Totals are counted up to this many; past it the page says "more than". */
export const TOTAL_CAP = 100_000;

const only = (filters: ClaimFilters, name: keyof ClaimFilters) => Object.keys(filters).every((k) => k === name);

/** The number of claims the filters keep: a stored count where the write path keeps one, else a count up to TOTAL_CAP. */
async function filteredTotal(filters: ClaimFilters, where: Prisma.ClaimWhereInput): Promise<{ total: number; capped: boolean }> {
  if (Object.keys(filters).length === 0) {
    const sum = await db().topic.aggregate({ _sum: { claimCount: true } });
    return { total: sum._sum.claimCount ?? 0, capped: false };
  }
  if (only(filters, "metric") && filters.metric) {
    const m = await db().metric.findUnique({ where: { slug: filters.metric }, select: { claimCount: true } });
    return { total: m?.claimCount ?? 0, capped: false };
  }
  if (only(filters, "topic") && filters.topic) {
    const t = await db().topic.findUnique({ where: { slug: filters.topic }, select: { claimCount: true } });
    return { total: t?.claimCount ?? 0, capped: false };
  }
  const n = await db().claim.count({ where, take: TOTAL_CAP + 1 });
  return n > TOTAL_CAP ? { total: TOTAL_CAP, capped: true } : { total: n, capped: false };
}

/**
 * Counts of the filtered claims by each filter's values, the largest first, as Datasette shows
 * them beside its filters: one GROUP BY per filter, over the newest FACET_SAMPLE matching claims
 * when there are more (the rows newer than the first one past the sample, in the list's order on
 * the list's index), so that a facet costs what a few pages cost at any size of the ledger.
 */
export async function claimFacets(filters: ClaimFilters, sample = FACET_SAMPLE): Promise<ClaimFacets> {
  const filtered = await claimWhere(filters);
  const boundary = await db().claim.findFirst({ where: filtered, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: sample, select: { createdAt: true, id: true } });
  const where: Prisma.ClaimWhereInput = boundary
    ? { AND: [filtered, { createdAt: { gte: boundary.createdAt } }, { OR: [{ createdAt: { gt: boundary.createdAt } }, { id: { gt: boundary.id } }] }] }
    : filtered;
  type Column = "metricId" | "placeId" | "sourceOutletId" | "originActorId" | "qualifier" | "modality" | "status";
  const group = async (by: Column, take = FACET_SIZE) => {
    const rows = (await db().claim.groupBy({ by: [by], where, _count: { _all: true }, orderBy: { _count: { id: "desc" } }, take })) as unknown as Array<
      Record<Column, unknown> & { _count: { _all: number } }
    >;
    return rows.map((r) => ({ key: r[by], count: r._count._all }));
  };
  // The verdict is the claim's group's, a join Prisma cannot group by: one count per verdict, each
  // over the same bounded rows.
  const verdictCount = async (verdict: (typeof VERDICTS)[number]) => ({
    key: verdict,
    count: await db().claim.count({ where: { AND: [where, { membership: { group: { verdict } } }] } }),
  });
  const [total, metrics, places, outlets, origins, qualifiers, modalities, statuses, verdicts] = await Promise.all([
    filteredTotal(filters, filtered),
    group("metricId", 200),
    group("placeId"),
    group("sourceOutletId"),
    group("originActorId"),
    group("qualifier"),
    group("modality"),
    group("status"),
    Promise.all(VERDICTS.map(verdictCount)),
  ]);
  const ids = (rows: Array<{ key: unknown }>) => rows.map((r) => r.key).filter((k): k is number => typeof k === "number");
  const [metricRows, placeRows, actorRows] = await Promise.all([
    db().metric.findMany({ where: { id: { in: ids(metrics) } }, select: { id: true, slug: true, name: true, topic: { select: { slug: true, name: true } } } }),
    db().place.findMany({ where: { id: { in: ids(places) } }, select: { id: true, slug: true, name: true } }),
    db().actor.findMany({ where: { id: { in: [...ids(outlets), ...ids(origins)] } }, select: { id: true, slug: true, name: true } }),
  ]);
  const byId = <T extends { id: number; slug: string; name: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
  const named = (rows: Array<{ key: unknown; count: number }>, names: Map<number, { slug: string; name: string }>) =>
    rows.flatMap((r) => {
      const n = typeof r.key === "number" ? names.get(r.key) : undefined;
      return n ? [{ value: n.slug, label: n.name, count: r.count }] : [];
    });
  const metricNames = byId(metricRows);
  const topics = new Map<string, FacetValue>();
  for (const m of metrics) {
    const t = metricNames.get(m.key as number)?.topic;
    if (!t) continue;
    const entry = topics.get(t.slug) ?? { value: t.slug, label: t.name, count: 0 };
    entry.count += m.count;
    topics.set(t.slug, entry);
  }
  const plain = (rows: Array<{ key: unknown; count: number }>) => rows.map((r) => ({ value: String(r.key), label: String(r.key).replaceAll("_", " "), count: r.count }));
  return {
    total: total.total,
    totalCapped: total.capped,
    sampled: boundary ? sample : null,
    facets: {
      topic: [...topics.values()].sort((a, b) => b.count - a.count).slice(0, FACET_SIZE),
      metric: named(metrics, metricNames).slice(0, FACET_SIZE),
      place: named(places, byId(placeRows)),
      outlet: named(outlets, byId(actorRows)),
      origin: named(origins, byId(actorRows)),
      qualifier: plain(qualifiers),
      modality: plain(modalities),
      status: plain(statuses),
      verdict: plain(verdicts.filter((v) => v.count > 0).sort((a, b) => b.count - a.count)),
    },
  };
}

/** The newest claims of a view with the time each was added: the items of its Atom feed. */
export async function newestClaims(filters: ClaimFilters, limit: number): Promise<Array<{ claim: ClaimRow; addedAt: Date }>> {
  const rows = await db().claim.findMany({ where: await claimWhere(filters), orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit, select: listSelect });
  return rows.map((r) => ({ claim: toClaimRow(r), addedAt: r.createdAt }));
}
