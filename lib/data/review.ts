import "server-only";
import { db } from "@/lib/db/client";
import { searchKey } from "@/lib/domain/search-key";
import { dateToDay } from "@/lib/ledger/dates";
import { ACTOR_KIND_LABELS } from "@/lib/schemas/entities";
import type { LookupItem } from "@/lib/schemas/lookup";

/** The review screen's tally as the write path keeps it. */
export type ReviewTally = { proposed: number; accepted: number; edited: number; rejected: number };

/** What the review screen's actions answer: the new tally, or what went wrong by field. */
export type ReviewResult = { ok: true; claimId?: number; tally: ReviewTally } | { ok: false; message: string; fields: Record<string, string> };

const tallySelect = { reviewProposed: true, reviewAccepted: true, reviewEdited: true, reviewRejected: true } as const;

function toTally(s: { reviewProposed: number; reviewAccepted: number; reviewEdited: number; reviewRejected: number }): ReviewTally {
  return { proposed: s.reviewProposed, accepted: s.reviewAccepted, edited: s.reviewEdited, rejected: s.reviewRejected };
}

/** What the review screen needs of a source: its text, date, what is claimed or rejected, and the tally. */
export async function getReviewSource(id: number) {
  const source = await db().source.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      text: true,
      publishedAt: true,
      ...tallySelect,
      claims: { select: { surfaceStart: true, surfaceEnd: true, quoteStart: true, quoteEnd: true } },
      proposalRejections: { select: { start: true, end: true } },
    },
  });
  if (!source) return null;
  return {
    id: source.id,
    title: source.title,
    text: source.text,
    publishedOn: dateToDay(source.publishedAt),
    tally: toTally(source),
    claimedSpans: source.claims.map((c) => ({ start: c.surfaceStart ?? c.quoteStart, end: c.surfaceEnd ?? c.quoteEnd })),
    rejectedSpans: source.proposalRejections,
  };
}

export async function reviewTally(sourceId: number): Promise<ReviewTally> {
  const source = await db().source.findUnique({ where: { id: sourceId }, select: tallySelect });
  return source ? toTally(source) : { proposed: 0, accepted: 0, edited: 0, rejected: 0 };
}

const MAX_WORDS = 6;

/**
 * The actors an attribution phrase names ("according to the SDF" → Syrian Democratic Forces),
 * longest name first. Every run of up to six words of the phrase is looked up as a whole name, an
 * alias or a slug, through their indexes, so the cost does not grow with the number of actors.
 */
export async function actorsNamedIn(phrase: string | null): Promise<LookupItem[]> {
  if (!phrase) return [];
  const words = searchKey(phrase).split(" ").filter(Boolean);
  const runs = new Set<string>();
  for (let i = 0; i < words.length; i += 1) {
    for (let n = 1; n <= MAX_WORDS && i + n <= words.length; n += 1) runs.add(words.slice(i, i + n).join(" "));
  }
  if (runs.size === 0) return [];
  const keys = [...runs];
  const select = { slug: true, name: true, kind: true, affiliation: { select: { name: true } } } as const;
  const rows = await db().actor.findMany({
    where: {
      kind: { not: "unnamed" },
      OR: [{ searchKey: { in: keys } }, { slug: { in: keys.map((k) => k.replaceAll(" ", "-")) } }, { aliases: { some: { searchKey: { in: keys } } } }],
    },
    select,
    take: 20,
  });
  const best = rows.sort((a, b) => b.name.length - a.name.length)[0];
  return best ? [{ slug: best.slug, name: best.name, detail: best.affiliation ? `${ACTOR_KIND_LABELS[best.kind]}, ${best.affiliation.name}` : ACTOR_KIND_LABELS[best.kind] }] : [];
}
