import "server-only";
import { db } from "@/lib/db/client";
import { contextAround } from "@/lib/domain/quote-selector";
import { dateToDay } from "@/lib/ledger/dates";
import { claimRowSelect, toClaimRow } from "./claim-row";

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
export async function getClaim(id: number) {
  const claim = await db().claim.findUnique({
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
    },
  });
  if (!claim) return null;

  const [context, revisions] = await Promise.all([
    quoteNeighbourhood(claim.source.id, claim.quoteStart, claim.quoteEnd),
    db().revision.findMany({
      where: { entityType: "claim", entityId: id },
      orderBy: { version: "asc" },
      select: { id: true, version: true, action: true, author: true, reason: true, createdAt: true, hash: true, prevHash: true },
    }),
  ]);

  const row = toClaimRow(claim);
  const decimal = (d: { toString(): string } | null) => (d === null ? null : d.toString());
  const relation = (r: (typeof claim.relationsFrom)[number] | (typeof claim.relationsTo)[number]) => ({
    id: r.id,
    kind: r.kind,
    factor: decimal(r.factor),
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
    revisions: revisions.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
  };
}

const CONTEXT_RADIUS = 400;

/** The quote with the text around it, cut at word boundaries; the browser never gets the whole article. */
async function quoteNeighbourhood(sourceId: number, start: number, end: number) {
  const source = await db().source.findUnique({ where: { id: sourceId }, select: { text: true } });
  return source ? contextAround(source.text, { start, end }, CONTEXT_RADIUS) : null;
}
