import "server-only";
import { entityRevisions } from "./revisions";
import type { ReviewTally } from "@/lib/schemas/claim-input";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { dateToDay } from "@/lib/db/dates";
import { claimRowSelect, toClaimRow } from "./claim-row";
import { decodeCursor, encodeCursor, type Page } from "./pagination";

async function readSource(id: number) {
  const source = await db().source.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      url: true,
      publishedAt: true,
      notBefore: true,
      datingNote: true,
      retrievedAt: true,
      text: true,
      contentHash: true,
      claimCount: true,
      version: true,
      outlet: { select: { slug: true, name: true } },
      republishesSource: { select: { id: true, title: true } },
      republishedOrigin: { select: { slug: true, name: true } },
      republishedVia: { select: { slug: true, name: true } },
      republishedNote: true,
      claims: {
        orderBy: [{ quoteStart: "asc" }, { id: "asc" }],
        select: { ...claimRowSelect, quoteStart: true, quoteEnd: true, surfaceStart: true, surfaceEnd: true },
      },
    },
  });
  if (!source) return null;
  return {
    ...source,
    revisions: await entityRevisions("source", id),
    publishedAt: dateToDay(source.publishedAt),
    notBefore: dateToDay(source.notBefore),
    retrievedAt: dateToDay(source.retrievedAt),
    claims: source.claims.map((c) => ({
      ...toClaimRow(c),
      quoteSpan: { start: c.quoteStart, end: c.quoteEnd },
      surfaceSpan: c.surfaceStart !== null && c.surfaceEnd !== null ? { start: c.surfaceStart, end: c.surfaceEnd } : null,
    })),
  };
}

/** Memoised for the request, so that a page and its metadata read it once. */
export const getSource = cache(readSource);

export type SourceListRow = {
  id: number;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  claimCount: number;
  opening: string;
};

/** Newest first, keyset-paginated. Only the opening words of each text leave the database. */
export async function listSources(rawCursor: string | undefined, pageSize = 30): Promise<Page<SourceListRow>> {
  const cursor = decodeCursor(rawCursor);
  const after = cursor?.v
    ? { OR: [{ createdAt: { lt: new Date(cursor.v) } }, { createdAt: new Date(cursor.v), id: { lt: cursor.id } }] }
    : {};
  const rows = await db().source.findMany({
    where: after,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
    select: { id: true, title: true, excerpt: true, publishedAt: true, claimCount: true, createdAt: true, outlet: { select: { name: true } } },
  });
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  return {
    rows: page.map((r) => ({
      id: r.id,
      title: r.title,
      outlet: r.outlet?.name ?? null,
      publishedAt: dateToDay(r.publishedAt),
      claimCount: r.claimCount,
      opening: r.excerpt,
    })),
    next: rows.length > pageSize && last ? encodeCursor({ v: last.createdAt.toISOString(), id: last.id }) : null,
  };
}

/** A source's id and title, for a page that names it (the claim form's heading); null when there is none. */
export async function getSourceHeading(id: number): Promise<{ id: number; title: string | null } | null> {
  return db().source.findUnique({ where: { id }, select: { id: true, title: true } });
}


const tallySelect = { reviewProposed: true, reviewAccepted: true, reviewEdited: true, reviewRejected: true } as const;

function toTally(s: { reviewProposed: number; reviewAccepted: number; reviewEdited: number; reviewRejected: number }): ReviewTally {
  return { proposed: s.reviewProposed, accepted: s.reviewAccepted, edited: s.reviewEdited, rejected: s.reviewRejected };
}

export async function reviewTally(sourceId: number): Promise<ReviewTally> {
  const source = await db().source.findUnique({ where: { id: sourceId }, select: tallySelect });
  return source ? toTally(source) : { proposed: 0, accepted: 0, edited: 0, rejected: 0 };
}

/** What the review screen needs: the text, and the spans already claimed or rejected, so they are not proposed again. */
export async function getSourceForReview(id: number) {
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
    publishedAt: dateToDay(source.publishedAt),
    tally: toTally(source),
    claimedSpans: source.claims.map((c) => ({ start: c.surfaceStart ?? c.quoteStart, end: c.surfaceEnd ?? c.quoteEnd })),
    rejectedSpans: source.proposalRejections,
  };
}
