import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { claimRowSelect, toClaimRow, type ClaimRow } from "./claim-row";
import { decodeCursor, encodeCursor, type Page } from "./pagination";

export const METRIC_SORTS = ["value", "period", "published", "added"] as const;

/** The metric page's query string: sort column, direction and cursor. Bad values fall back to defaults. */
export const metricClaimsQuerySchema = z.object({
  sort: z.enum(METRIC_SORTS).catch("period"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  cursor: z.string().max(200).optional().catch(undefined),
});
export type MetricClaimsQuery = z.infer<typeof metricClaimsQuerySchema>;

const SORT_FIELD = {
  value: "sortValue",
  period: "periodEnd",
  published: "sourcePublishedAt",
  added: "createdAt",
} as const satisfies Record<MetricClaimsQuery["sort"], keyof Prisma.ClaimWhereInput>;

export async function getMetric(slug: string) {
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

/**
 * One page of a metric's claims in keyset order, nulls last in both directions, so that
 * the page costs the same at the millionth claim as at the first.
 */
export async function listMetricClaims(metricId: number, query: MetricClaimsQuery, pageSize = 50): Promise<Page<ClaimRow>> {
  const field = SORT_FIELD[query.sort];
  const cursor = decodeCursor(query.cursor);
  const cmp = query.dir === "asc" ? "gt" : "lt";
  const toValue = (v: string) => (field === "sortValue" ? v : new Date(v));

  // createdAt is never null, and Prisma refuses null conditions and null ordering on a required column.
  const nullable = field !== "createdAt";
  let after: Prisma.ClaimWhereInput = {};
  if (cursor && cursor.v !== null) {
    const beyond: Prisma.ClaimWhereInput[] = [{ [field]: { [cmp]: toValue(cursor.v) } }, { [field]: toValue(cursor.v), id: { [cmp]: cursor.id } }];
    after = { OR: nullable ? [...beyond, { [field]: null }] : beyond };
  } else if (cursor && nullable) {
    after = { [field]: null, id: { [cmp]: cursor.id } };
  }

  const rows = await db().claim.findMany({
    where: { metricId, ...after },
    orderBy: [{ [field]: !nullable ? query.dir : { sort: query.dir, nulls: "last" } }, { id: query.dir }],
    take: pageSize + 1,
    select: { ...claimRowSelect, sortValue: true, sourcePublishedAt: true },
  });
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
