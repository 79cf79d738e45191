// The claim read as Prisma's nested select gives it: what lib/data/claims.ts read before it joined
// in raw SQL. The integration suites check that both give the same data for every claim.
import type { Db } from "@/lib/db/client";
import { claimRowSelect, toClaimRow } from "@/lib/data/claim-row";
import { dateToDay } from "@/lib/db/dates";
import { decimalText } from "@/lib/db/values";
import { contextAround } from "@/lib/domain/quote-selector";
import { parseGroupSummary } from "@/lib/domain/agreement/stored-analysis";

const relationSelect = {
  id: true,
  kind: true,
  factor: true,
  comparator: true,
  baselinePeriodStart: true,
  baselinePeriodEnd: true,
  baselinePeriodLabel: true,
  baselineDescription: true,
  note: true,
} as const;

/** Everything the claim page shows, with the source text cut to the quote's neighbourhood. */
export async function referenceClaimRead(db: Db, id: number) {
  const claim = await db.claim.findUnique({
    where: { id },
    select: {
      ...claimRowSelect,
      key: true,
      note: true,
      statusReason: true,
      version: true,
      updatedAt: true,
      quotePrefix: true,
      quoteSuffix: true,
      quoteStart: true,
      quoteEnd: true,
      surfaceStart: true,
      surfaceEnd: true,
      metric: { select: { slug: true, name: true, unit: true, topic: { select: { slug: true, name: true } } } },
      source: {
        select: {
          id: true,
          title: true,
          url: true,
          publishedAt: true,
          notBefore: true,
          retrievedAt: true,
          text: true,
          outlet: { select: { slug: true, name: true } },
        },
      },
      attributions: {
        orderBy: { position: "asc" },
        select: { position: true, actor: { select: { slug: true, name: true, kind: true, affiliation: { select: { name: true } } } } },
      },
      relationsFrom: {
        select: { ...relationSelect, toClaim: { select: claimRowSelect } },
      },
      relationsTo: {
        select: { ...relationSelect, fromClaim: { select: claimRowSelect } },
      },
      modality: true,
      change: true,
      cumulative: true,
      membership: { select: { group: { select: { id: true, verdict: true, summary: true } } } },
    },
  });
  if (!claim) return null;

  const context = contextAround(claim.source.text, { start: claim.quoteStart, end: claim.quoteEnd }, 400);
  const row = toClaimRow(claim);
  const relation = (r: (typeof claim.relationsFrom)[number] | (typeof claim.relationsTo)[number]) => ({
    id: r.id,
    kind: r.kind,
    factor: decimalText(r.factor),
    comparator: r.comparator,
    baseline: {
      period: { start: dateToDay(r.baselinePeriodStart), end: dateToDay(r.baselinePeriodEnd), label: r.baselinePeriodLabel },
      description: r.baselineDescription,
    },
    note: r.note,
  });

  return {
    ...row,
    key: claim.key,
    note: claim.note,
    statusReason: claim.statusReason,
    version: claim.version,
    updatedAt: claim.updatedAt.toISOString(),
    metric: claim.metric,
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
      url: claim.source.url,
      notBefore: dateToDay(claim.source.notBefore),
      retrievedAt: dateToDay(claim.source.retrievedAt),
      outletSlug: claim.source.outlet?.slug ?? null,
    },
    attribution: claim.attributions.map((a) => ({
      slug: a.actor.slug,
      name: a.actor.name,
      kind: a.actor.kind,
      affiliation: a.actor.affiliation?.name ?? null,
    })),
    relationsFrom: claim.relationsFrom.map((r) => ({ ...relation(r), other: r.toClaim ? toClaimRow(r.toClaim) : null })),
    relationsTo: claim.relationsTo.map((r) => ({ ...relation(r), other: toClaimRow(r.fromClaim) })),
    modality: claim.modality,
    change: claim.change,
    cumulative: claim.cumulative,
    group: claim.membership?.group
      ? {
          id: claim.membership.group.id,
          url: `/groups/${claim.membership.group.id}`,
          verdict: claim.membership.group.verdict,
          explanation: parseGroupSummary(claim.membership.group.summary).explanation,
        }
      : null,
  };
}
