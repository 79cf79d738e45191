import "server-only";
import { db } from "@/lib/db/client";
import { dateToDay } from "@/lib/db/dates";
import { decimalText } from "@/lib/db/values";
import type { Prisma } from "@/lib/generated/sqlite/client";

/** One claim as a row of an export: everything needed to read it without the ledger, and its permalink. */
export type ExportRow = {
  id: number;
  permalink: string;
  metric: string;
  unit: string;
  place: string;
  qualifier: string;
  modality: string;
  low: string | null;
  best: string | null;
  high: string | null;
  vague_term: string | null;
  surface: string;
  period_start: string | null;
  period_end: string | null;
  period_label: string;
  quote: string;
  attribution: string;
  origin: string | null;
  group_verdict: string | null;
  status: string;
  version: number;
  source_id: number;
  source_title: string | null;
  source_url: string | null;
  outlet: string | null;
  published: string | null;
  retrieved: string | null;
};

export const EXPORT_COLUMNS: Array<keyof ExportRow> = [
  "id", "permalink", "metric", "unit", "place", "qualifier", "modality", "low", "best", "high", "vague_term", "surface",
  "period_start", "period_end", "period_label", "quote", "attribution", "origin", "group_verdict", "status", "version",
  "source_id", "source_title", "source_url", "outlet", "published", "retrieved",
];

const exportSelect = {
  id: true, createdAt: true, qualifier: true, modality: true, valueLow: true, valueBest: true, valueHigh: true, vagueTerm: true, surface: true,
  periodStart: true, periodEnd: true, periodLabel: true, quoteExact: true, status: true, version: true,
  metric: { select: { name: true, unit: true } },
  place: { select: { name: true } },
  originActor: { select: { name: true } },
  attributions: { orderBy: { position: "asc" }, select: { actor: { select: { name: true } } } },
  membership: { select: { group: { select: { verdict: true } } } },
  source: { select: { id: true, title: true, url: true, publishedAt: true, retrievedAt: true, outlet: { select: { name: true } } } },
} satisfies Prisma.ClaimSelect;

/** Claims read per query: memory stays flat whatever the size of the export. */
const EXPORT_BATCH = 500;

/**
 * The filtered claims in the list's order, read a batch at a time by keyset, so that an export of
 * a million claims holds one batch in memory. Resolve the filters first (claimWhere) so that a bad
 * one is refused before anything is sent.
 */
export async function* exportClaims(where: Prisma.ClaimWhereInput, siteOrigin: string): AsyncGenerator<ExportRow> {
  let after: { at: Date; id: number } | null = null;
  for (;;) {
    const keyset: Prisma.ClaimWhereInput = after ? { createdAt: { lte: after.at }, OR: [{ createdAt: { lt: after.at } }, { id: { lt: after.id } }] } : {};
    const rows = await db().claim.findMany({ where: { AND: [where, keyset] }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: EXPORT_BATCH, select: exportSelect });
    for (const r of rows) {
      yield {
        id: r.id,
        permalink: `${siteOrigin}/claims/${r.id}`,
        metric: r.metric.name,
        unit: r.metric.unit,
        place: r.place.name,
        qualifier: r.qualifier,
        modality: r.modality,
        low: decimalText(r.valueLow),
        best: decimalText(r.valueBest),
        high: decimalText(r.valueHigh),
        vague_term: r.vagueTerm,
        surface: r.surface,
        period_start: dateToDay(r.periodStart),
        period_end: dateToDay(r.periodEnd),
        period_label: r.periodLabel,
        quote: r.quoteExact,
        attribution: r.attributions.map((a) => a.actor.name).join(" → "),
        origin: r.originActor?.name ?? null,
        group_verdict: r.membership?.group.verdict ?? null,
        status: r.status,
        version: r.version,
        source_id: r.source.id,
        source_title: r.source.title,
        source_url: r.source.url,
        outlet: r.source.outlet?.name ?? null,
        published: dateToDay(r.source.publishedAt),
        retrieved: dateToDay(r.source.retrievedAt),
      };
    }
    if (rows.length < EXPORT_BATCH) return;
    const last = rows.at(-1)!;
    after = { at: last.createdAt, id: last.id };
  }
}
