import "server-only";
import { z } from "zod";
import { contentHash, normaliseUrl } from "@/lib/domain/content-hash";
import type { Tx } from "@/lib/db/client";
import { appendRevision } from "./revisions";
import { dayToDate } from "@/lib/db/dates";

export type SourceDraft = {
  title: string | null;
  outletId: number | null;
  url: string | null;
  publishedAt: string | null;
  notBefore: string | null;
  datingNote: string;
  retrievedAt: string;
  text: string;
};

const EXCERPT_LENGTH = 280;

/** The opening of an article for lists: whole words, whitespace folded. */
export function excerptOf(text: string): string {
  const folded = text.replace(/\s+/g, " ").trim();
  if (folded.length <= EXCERPT_LENGTH) return folded;
  const cut = folded.slice(0, EXCERPT_LENGTH);
  const lastSpace = cut.lastIndexOf(" ");
  return `${cut.slice(0, lastSpace > EXCERPT_LENGTH / 2 ? lastSpace : EXCERPT_LENGTH)}…`;
}

export type DuplicateSource = { id: number; matchedBy: "url" | "content" };

/** The existing source a new one would duplicate, by normalised URL or by content hash. */
export async function findDuplicateSource(tx: Tx, draft: Pick<SourceDraft, "url" | "text">): Promise<DuplicateSource | null> {
  const urlKey = draft.url ? normaliseUrl(draft.url) : null;
  if (urlKey) {
    const byUrl = await tx.source.findUnique({ where: { urlKey }, select: { id: true } });
    if (byUrl) return { id: byUrl.id, matchedBy: "url" };
  }
  const byContent = await tx.source.findUnique({ where: { contentHash: contentHash(draft.text) }, select: { id: true } });
  return byContent ? { id: byContent.id, matchedBy: "content" } : null;
}

/** Writes a new source and its "create" revision. The caller checks for duplicates first. */
export async function addSource(tx: Tx, draft: SourceDraft, author: string): Promise<number> {
  const row = {
    title: draft.title,
    outletId: draft.outletId,
    url: draft.url,
    urlKey: draft.url ? normaliseUrl(draft.url) : null,
    publishedAt: dayToDate(draft.publishedAt),
    notBefore: dayToDate(draft.notBefore),
    datingNote: draft.datingNote,
    retrievedAt: dayToDate(draft.retrievedAt) ?? new Date(),
    text: draft.text,
    excerpt: excerptOf(draft.text),
    contentHash: contentHash(draft.text),
  };
  const source = await tx.source.create({ data: row, select: { id: true } });
  await tx.ledgerTotal.upsert({ where: { name: "sources" }, create: { name: "sources", value: 1 }, update: { value: { increment: 1 } } });
  const { text: _text, excerpt: _excerpt, ...snapshot } = row;
  await appendRevision(tx, {
    entityType: "source",
    entityId: source.id,
    version: 1,
    action: "create",
    author,
    reason: "",
    snapshot,
  });
  return source.id;
}

/** What a source republishes: another source in the ledger, or an outside report's origin and outlet. */
export type Republished = {
  republishesSourceId: number | null;
  republishedOriginId: number | null;
  republishedViaId: number | null;
  republishedNote: string;
};

/** Sets what a source republishes and appends its "edit" revision: the last snapshot with the change. */
export async function setRepublished(tx: Tx, sourceId: number, republished: Republished, author: string, reason: string): Promise<void> {
  const last = await tx.revision.findFirst({ where: { entityType: "source", entityId: sourceId }, orderBy: { version: "desc" }, select: { version: true, snapshot: true } });
  const version = (last?.version ?? 0) + 1;
  await tx.source.update({ where: { id: sourceId }, data: { ...republished, version } });
  const before = last ? z.record(z.string(), z.unknown()).parse(JSON.parse(last.snapshot)) : {};
  await appendRevision(tx, { entityType: "source", entityId: sourceId, version, action: "edit", author, reason, snapshot: { ...before, ...republished } });
}

/** Counts a proposal accepted in the review screen, as proposed or after a correction. */
export async function countReviewed(tx: Tx, sourceId: number, how: "accepted" | "edited"): Promise<void> {
  const column = how === "accepted" ? "reviewAccepted" : "reviewEdited";
  await tx.source.update({ where: { id: sourceId }, data: { [column]: { increment: 1 } } });
}

/** Keeps the number of figures the extractor proposed in a source; writes only when it changed. */
export async function recordProposed(tx: Tx, sourceId: number, proposed: number): Promise<void> {
  await tx.source.updateMany({ where: { id: sourceId, NOT: { reviewProposed: proposed } }, data: { reviewProposed: proposed } });
}
