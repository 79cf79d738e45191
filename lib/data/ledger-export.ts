import "server-only";
import { db } from "@/lib/db/client";
import { dateToDay } from "@/lib/db/dates";
import { decimalText } from "@/lib/db/values";
import type { LedgerClaimLine, LedgerEndLine, LedgerSourceLine } from "@/lib/schemas/ledger-file";

/** Sources read per query (each with its whole text), and their claims with them. */
const SOURCE_BATCH = 200;

const claimSelect = {
  id: true, key: true, sourceId: true, qualifier: true, valueLow: true, valueBest: true, valueHigh: true, vagueTerm: true, surface: true, surfaceStart: true,
  modality: true, change: true, cumulative: true, periodStart: true, periodEnd: true, periodLabel: true, quoteExact: true, quoteStart: true, note: true,
  status: true, statusReason: true, createdAt: true,
  metric: { select: { slug: true } },
  place: { select: { slug: true } },
  attributions: { orderBy: { position: "asc" as const }, select: { actor: { select: { slug: true } } } },
  relationsFrom: {
    orderBy: { id: "asc" as const },
    select: {
      kind: true, toClaimId: true, factor: true, comparator: true, baselineMetricId: true, baselinePlaceId: true, baselinePeriodStart: true, baselinePeriodEnd: true,
      baselinePeriodLabel: true, baselineDescription: true, note: true,
    },
  },
};

/**
 * The whole ledger as the import reads it (lib/schemas/ledger-file.ts): sources in id order, each
 * followed by its claims in id order, then the end line. A batch of sources at a time, so memory
 * stays flat at a million claims. Nothing in it depends on when or where it is exported, so two
 * exports of the same ledger are the same bytes.
 */
export async function* exportLedger(): AsyncGenerator<LedgerSourceLine | LedgerClaimLine | LedgerEndLine> {
  const slug = new Map<string, Map<number, string>>();
  const slugOf = async (kind: "metric" | "place", id: number | null): Promise<string | null> => {
    if (id === null) return null;
    if (!slug.has(kind)) {
      const rows = kind === "metric" ? await db().metric.findMany({ select: { id: true, slug: true } }) : await db().place.findMany({ select: { id: true, slug: true } });
      slug.set(kind, new Map(rows.map((r) => [r.id, r.slug])));
    }
    return slug.get(kind)!.get(id) ?? null;
  };
  let sources = 0;
  let claims = 0;
  for (let after = 0; ; ) {
    const batch = await db().source.findMany({
      where: { id: { gt: after } },
      orderBy: { id: "asc" },
      take: SOURCE_BATCH,
      include: { outlet: { select: { slug: true } }, republishedOrigin: { select: { slug: true } }, republishedVia: { select: { slug: true } } },
    });
    if (batch.length === 0) break;
    const rows = await db().claim.findMany({ where: { sourceId: { in: batch.map((s) => s.id) } }, orderBy: [{ sourceId: "asc" }, { id: "asc" }], select: claimSelect });
    const bySource = new Map<number, typeof rows>();
    for (const r of rows) bySource.set(r.sourceId, [...(bySource.get(r.sourceId) ?? []), r]);
    for (const s of batch) {
      sources += 1;
      yield {
        type: "source",
        id: s.id,
        title: s.title,
        outlet: s.outlet?.slug ?? null,
        url: s.url,
        published: dateToDay(s.publishedAt),
        not_before: dateToDay(s.notBefore),
        dating_note: s.datingNote,
        retrieved_at: s.retrievedAt.toISOString(),
        created_at: s.createdAt.toISOString(),
        text: s.text,
        republishes: s.republishesSourceId,
        republished_origin: s.republishedOrigin?.slug ?? null,
        republished_via: s.republishedVia?.slug ?? null,
        republished_note: s.republishedNote,
        review: { proposed: s.reviewProposed, accepted: s.reviewAccepted, edited: s.reviewEdited, rejected: s.reviewRejected },
      };
      for (const c of bySource.get(s.id) ?? []) {
        claims += 1;
        const relations: LedgerClaimLine["relations"] = [];
        for (const r of c.relationsFrom) {
          relations.push({
            kind: r.kind,
            to: r.toClaimId,
            factor: decimalText(r.factor),
            comparator: r.comparator,
            baseline_metric: await slugOf("metric", r.baselineMetricId),
            baseline_place: await slugOf("place", r.baselinePlaceId),
            baseline_period_start: dateToDay(r.baselinePeriodStart),
            baseline_period_end: dateToDay(r.baselinePeriodEnd),
            baseline_period_label: r.baselinePeriodLabel,
            baseline_description: r.baselineDescription,
            note: r.note,
          });
        }
        yield {
          type: "claim",
          id: c.id,
          key: c.key,
          source_id: c.sourceId,
          metric: c.metric.slug,
          place: c.place.slug,
          qualifier: c.qualifier,
          low: decimalText(c.valueLow),
          best: decimalText(c.valueBest),
          high: decimalText(c.valueHigh),
          vague_term: c.vagueTerm,
          surface: c.surface,
          surface_start: c.surfaceStart,
          modality: c.modality,
          change: c.change,
          cumulative: c.cumulative,
          period_start: dateToDay(c.periodStart),
          period_end: dateToDay(c.periodEnd),
          period_label: c.periodLabel,
          quote: c.quoteExact,
          quote_start: c.quoteStart,
          attribution: c.attributions.map((a) => a.actor.slug),
          note: c.note,
          status: c.status,
          status_reason: c.statusReason,
          created_at: c.createdAt.toISOString(),
          relations,
        };
      }
    }
    after = batch.at(-1)!.id;
  }
  yield { complete: true, sources, claims };
}
