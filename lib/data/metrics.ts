import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { claimRowSelect, toClaimRow, type ClaimRow } from "./claim-row";
import { decodeCursor, encodeCursor, type Page } from "./pagination";
import { QUALIFIERS, slug } from "@/lib/schemas/claim";
import { CLAIM_STATUSES } from "@/lib/schemas/claim-filters";

export const METRIC_SORTS = ["value", "period", "published", "added"] as const;

/**
 * The metric page's query string: sort column, direction, cursor and the filters (place, how the
 * figure is hedged, ledger status). Bad values fall back to defaults; an empty filter is no filter.
 */
export const metricClaimsQuerySchema = z.object({
  sort: z.enum(METRIC_SORTS).catch("period"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  cursor: z.string().max(200).optional().catch(undefined),
  place: slug.optional().catch(undefined),
  qualifier: z.enum(QUALIFIERS).optional().catch(undefined),
  status: z.enum(CLAIM_STATUSES).optional().catch(undefined),
});
export type MetricClaimsQuery = z.infer<typeof metricClaimsQuerySchema>;

const SORT_FIELD = {
  value: "sortValue",
  period: "periodEnd",
  published: "sourcePublishedAt",
  added: "createdAt",
} as const satisfies Record<MetricClaimsQuery["sort"], keyof Prisma.ClaimWhereInput>;

async function readMetric(slug: string) {
  return db().metric.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      unit: true,
      description: true,
      claimCount: true,
      tolerance: true,
      kind: true,
      verdict: true,
      groupCount: true,
      conflictCount: true,
      topic: { select: { slug: true, name: true } },
    },
  });
}

/** Memoised for the request, so that a page and its metadata read it once. */
export const getMetric = cache(readMetric);

/**
 * One page of a metric's claims in keyset order, nulls last in both directions, so that
 * the page costs the same at the millionth claim as at the first.
 *
 * Rows with a value and rows without are read apart, each in the order of the (metricId, column,
 * id) index: sorting with "nulls last" in one query makes both databases sort every claim of the
 * metric first. The cursor's bound is written as `column ≤ v AND (column < v OR id < c)` (for a
 * descending page), so that the index is entered at v instead of read from its start.
 */
export async function listMetricClaims(metricId: number, query: MetricClaimsQuery, pageSize = 25): Promise<Page<ClaimRow>> {
  const field = SORT_FIELD[query.sort];
  const cursor = decodeCursor(query.cursor);
  const cmp = query.dir === "asc" ? "gt" : "lt";
  const cmpOrEqual = query.dir === "asc" ? "gte" : "lte";
  const toValue = (v: string) => (field === "sortValue" ? v : new Date(v));
  const select = { ...claimRowSelect, sortValue: true, sourcePublishedAt: true } as const;
  const take = pageSize + 1;
  // createdAt is never null; the other columns may be.
  const nullable = field !== "createdAt";

  const filter: Prisma.ClaimWhereInput = {
    ...(query.place ? { place: { slug: query.place } } : {}),
    ...(query.qualifier ? { qualifier: query.qualifier } : {}),
    ...(query.status ? { status: query.status } : {}),
  };

  const rows: Array<Prisma.ClaimGetPayload<{ select: typeof select }>> = [];
  if (!cursor || cursor.v !== null) {
    const bound: Prisma.ClaimWhereInput[] = [];
    if (nullable) bound.push({ [field]: { not: null } });
    if (cursor && cursor.v !== null) {
      const v = toValue(cursor.v);
      bound.push({ [field]: { [cmpOrEqual]: v } }, { OR: [{ [field]: { [cmp]: v } }, { id: { [cmp]: cursor.id } }] });
    }
    rows.push(...(await db().claim.findMany({ where: { metricId, ...filter, AND: bound }, orderBy: [{ [field]: query.dir }, { id: query.dir }], take, select })));
  }
  if (nullable && rows.length < take) {
    const afterNull: Prisma.ClaimWhereInput = cursor && cursor.v === null ? { id: { [cmp]: cursor.id } } : {};
    rows.push(...(await db().claim.findMany({ where: { metricId, ...filter, [field]: null, ...afterNull }, orderBy: { id: query.dir }, take: take - rows.length, select })));
  }

  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  let next: string | null = null;
  if (rows.length > pageSize && last) {
    const raw = { sortValue: last.sortValue, periodEnd: last.periodEnd, sourcePublishedAt: last.sourcePublishedAt, createdAt: last.createdAt }[field];
    const v = raw === null ? null : raw instanceof Date ? raw.toISOString() : raw.toString();
    next = encodeCursor({ v, id: last.id });
  }
  return { rows: page.map(toClaimRow), next };
}

/** The places a metric's claims are about, by name, with how many claims each: the place filter's choices. */
export async function listMetricPlaces(metricId: number): Promise<Array<{ slug: string; name: string; count: number }>> {
  const counts = await db().claim.groupBy({ by: ["placeId"], where: { metricId }, _count: { _all: true } });
  if (counts.length === 0) return [];
  const places = await db().place.findMany({ where: { id: { in: counts.map((c) => c.placeId) } }, select: { id: true, slug: true, name: true } });
  const count = new Map(counts.map((c) => [c.placeId, c._count._all]));
  return places.map((p) => ({ slug: p.slug, name: p.name, count: count.get(p.id) ?? 0 })).sort((a, b) => a.name.localeCompare(b.name));
}
