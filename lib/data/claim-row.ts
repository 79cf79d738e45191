import type { Prisma } from "@/lib/generated/sqlite/client";
import { dateToDay } from "@/lib/db/dates";
import { decimalText } from "@/lib/db/values";

/** What a claim needs to appear as one row of a list. */
export const claimRowSelect = {
  id: true,
  qualifier: true,
  valueLow: true,
  valueBest: true,
  valueHigh: true,
  vagueTerm: true,
  modality: true,
  surface: true,
  quoteExact: true,
  periodStart: true,
  periodEnd: true,
  periodLabel: true,
  status: true,
  createdAt: true,
  metric: { select: { slug: true, name: true, unit: true } },
  place: { select: { slug: true, name: true } },
  originActor: { select: { slug: true, name: true } },
  source: { select: { id: true, title: true, publishedAt: true, outlet: { select: { name: true } } } },
} satisfies Prisma.ClaimSelect;

type ClaimRowRecord = Prisma.ClaimGetPayload<{ select: typeof claimRowSelect }>;


/** A claim row as plain data: decimals as exact strings, dates as days. */
export function toClaimRow(r: ClaimRowRecord) {
  return {
    id: r.id,
    value: { qualifier: r.qualifier, low: decimalText(r.valueLow), best: decimalText(r.valueBest), high: decimalText(r.valueHigh), vagueTerm: r.vagueTerm },
    modality: r.modality,
    surface: r.surface,
    quote: r.quoteExact,
    period: { start: dateToDay(r.periodStart), end: dateToDay(r.periodEnd), label: r.periodLabel },
    status: r.status,
    metric: r.metric,
    place: r.place,
    origin: r.originActor,
    source: {
      id: r.source.id,
      title: r.source.title,
      outlet: r.source.outlet?.name ?? null,
      publishedAt: dateToDay(r.source.publishedAt),
    },
  };
}
export type ClaimRow = ReturnType<typeof toClaimRow>;
