import "server-only";
import { db } from "@/lib/db/client";
import { originKey } from "@/lib/domain/agreement/origins";
import { matchKnownFigures, type LedgerFigure } from "@/lib/domain/agreement/known-figures";
import { extractFigures } from "@/lib/extraction/extract-figures";
import { dateToDay } from "@/lib/db/dates";
import { decimalText } from "@/lib/db/values";
import { decimalSortKey } from "@/lib/schemas/decimal-bound";
import type { KnownFigureMatch, KnownFigureView } from "@/lib/extraction/known-figures";
import type { ProposedForMatch } from "@/lib/schemas/known-figures";
import { extractionContext } from "./extraction-context";

const actorSelect = { select: { id: true, slug: true, name: true, kind: true, affiliation: { select: { slug: true, name: true } } } } as const;

export type { KnownFigureMatch, KnownFigureView };

/**
 * The proposed figures of a source that the ledger already holds from other sources, for the
 * review screen: each with the claims it matches, how many sources they come from, and their
 * origins. Reads the article itself; the review screen, which has the proposals already, asks
 * knownFiguresAmong instead.
 */
export async function knownFiguresForSource(sourceId: number): Promise<KnownFigureView[]> {
  const source = await db().source.findUnique({ where: { id: sourceId }, select: { text: true, publishedAt: true } });
  if (!source) return [];
  const context = await extractionContext();
  const proposals = extractFigures(source.text, { publishedOn: dateToDay(source.publishedAt), gazetteer: context.gazetteer, metrics: context.metrics });
  const matches = await knownFiguresAmong(
    sourceId,
    proposals.map((p) => ({ start: p.start, end: p.end, metric: p.metric.slug, low: p.low, best: p.best, high: p.high, period: p.period, place: p.place?.slug ?? null })),
  );
  return matches.map(({ start, end, ...m }) => ({ ...m, proposal: proposals.find((p) => p.start === start && p.end === end)! }));
}

/**
 * Which of the given proposed figures the ledger already holds from other sources. Figures
 * already claimed or rejected in this source are left out.
 */
export async function knownFiguresAmong(sourceId: number, figures: readonly ProposedForMatch[]): Promise<KnownFigureMatch[]> {
  const source = await db().source.findUnique({
    where: { id: sourceId },
    select: {
      claims: { select: { surfaceStart: true, surfaceEnd: true } },
      proposalRejections: { select: { start: true, end: true } },
      republishedOrigin: actorSelect,
    },
  });
  if (!source) return [];
  const done = [...source.claims.map((c) => ({ start: c.surfaceStart ?? -1, end: c.surfaceEnd ?? -1 })), ...source.proposalRejections];
  const proposals = figures
    .filter((p): p is ProposedForMatch & { metric: string } => p.metric !== null && (p.best ?? p.low ?? p.high) !== null)
    .filter((p) => !done.some((d) => d.start < p.end && p.start < d.end));
  if (proposals.length === 0) return [];

  const metrics = await db().metric.findMany({ where: { slug: { in: [...new Set(proposals.map((p) => p.metric))] } }, select: { id: true, slug: true, name: true, unit: true } });
  const values = [...new Set(proposals.map((p) => p.best ?? p.low ?? p.high).filter((v): v is string => v !== null))];
  // Read through the (metricId, sortValue) index: only claims with one of the proposed values.
  const claims = await db().claim.findMany({
    where: { metricId: { in: metrics.map((m) => m.id) }, sortValue: { in: values.map(decimalSortKey) }, status: "active", sourceId: { not: sourceId } },
    select: {
      id: true,
      sourceId: true,
      valueLow: true,
      valueBest: true,
      valueHigh: true,
      periodStart: true,
      periodEnd: true,
      metric: { select: { slug: true } },
      place: { select: { slug: true } },
      source: { select: { id: true, title: true, outlet: { select: { slug: true, name: true } } } },
      attributions: { orderBy: { position: "asc" }, select: { actor: actorSelect } },
    },
    take: 500,
  });
  const chain = (a: { slug: string; name: string; kind: string; affiliation: { slug: string; name: string } | null }) => ({
    slug: a.slug,
    kind: a.kind,
    affiliationSlug: a.affiliation?.slug ?? null,
    name: a.name,
    affiliationName: a.affiliation?.name ?? null,
  });
  const ledger: LedgerFigure[] = claims.map((c) => ({
    claimId: c.id,
    sourceId: c.sourceId,
    metric: c.metric.slug,
    low: decimalText(c.valueLow),
    best: decimalText(c.valueBest),
    high: decimalText(c.valueHigh),
    period: { start: dateToDay(c.periodStart), end: dateToDay(c.periodEnd) },
    origin: originKey(
      c.attributions.map((a) => chain(a.actor)),
      { id: c.source.id, outletSlug: c.source.outlet?.slug ?? null, outletName: c.source.outlet?.name ?? null, title: c.source.title },
    ),
  }));
  // The article's own origin for a figure, when it names one: a republished report's, else none.
  const ownOrigin = source.republishedOrigin ? [originKey([chain(source.republishedOrigin)], { id: sourceId, outletSlug: null, outletName: null }).key] : [];
  const matches = matchKnownFigures(
    proposals.map((p) => ({ start: p.start, end: p.end, metric: p.metric, low: p.low, best: p.best, high: p.high, period: p.period, origins: ownOrigin })),
    ledger,
  );
  const metricBySlug = new Map(metrics.map((m) => [m.slug, m]));
  return matches.flatMap((m) => {
    const proposal = proposals.find((p) => p.start === m.start && p.end === m.end)!;
    const metric = metricBySlug.get(proposal.metric);
    if (!metric) return [];
    const place = proposal.place ?? claims.find((c) => c.id === m.claimIds[0])!.place.slug;
    return [{ start: m.start, end: m.end, metricName: metric.name, unit: metric.unit, place, claimIds: m.claimIds, sourceCount: m.sourceCount, origins: m.origins }];
  });
}
