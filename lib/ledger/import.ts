import "server-only";
import type Database from "better-sqlite3";
import type { Tx } from "@/lib/db/client";
import { dayToDate } from "@/lib/db/dates";
import { insertRows, type InsertColumn } from "@/lib/db/insert-rows";
import { dialectOf, indexForSearch } from "@/lib/db/search-index";
import { GENESIS_HASH, canonicalJson, revisionHash, type RevisionContent } from "@/lib/domain/revision-chain";
import { claimColumns, claimSnapshot, type ClaimDraft } from "./claims";
import { lockLedger } from "./revisions";
import { excerptOf } from "./sources";

/** A source ready to be written, every reference resolved to a row id. */
export type ImportedSource = {
  id: number;
  title: string | null;
  outletId: number | null;
  url: string | null;
  urlKey: string | null;
  publishedAt: string | null;
  notBefore: string | null;
  datingNote: string;
  retrievedAt: Date;
  createdAt: Date;
  text: string;
  contentHash: string;
  republishesSourceId: number | null;
  republishedOriginId: number | null;
  republishedViaId: number | null;
  republishedNote: string;
  review: { proposed: number; accepted: number; edited: number; rejected: number };
};

export type ImportedRelation = {
  toClaimId: number | null;
  kind: "multiple_of" | "fraction_of" | "updates" | "same_report";
  factor: string | null;
  comparator: string | null;
  baselineMetricId: number | null;
  baselinePlaceId: number | null;
  baselinePeriodStart: string | null;
  baselinePeriodEnd: string | null;
  baselinePeriodLabel: string;
  baselineDescription: string;
  note: string;
};

export type ImportedClaim = { id: number; draft: ClaimDraft; status: "active" | "deprecated" | "retracted"; statusReason: string; createdAt: Date; relations: ImportedRelation[] };

export type ImportProgress = (phase: "sources" | "claims" | "revisions", done: number, total: number) => void;

// PostgreSQL's enum and decimal columns take text parameters only with a cast.
const CLAIM_COLUMNS = [
  "id", "key", "sourceId", "metricId", "placeId", "qualifier", "valueLow", "valueBest", "valueHigh", "vagueTerm", "sortValue", "surface",
  "modality", "change", "cumulative", "periodStart", "periodEnd", "periodLabel", "quoteExact", "quotePrefix", "quoteSuffix", "quoteStart", "quoteEnd",
  "surfaceStart", "surfaceEnd", "originActorId", "sourcePublishedAt", "sourceOutletId", "note", "status", "statusReason", "version", "createdAt", "updatedAt",
] as const;
const PG_CASTS: Record<string, string> = {
  qualifier: "Qualifier", comparator: "Qualifier", modality: "Modality", change: "LevelChange", status: "ClaimStatus", action: "RevisionAction", kind: "RelationKind",
  valueLow: "DECIMAL(65,30)", valueBest: "DECIMAL(65,30)", valueHigh: "DECIMAL(65,30)", factor: "DECIMAL(65,30)",
};

function columnsFor(tx: Tx, columns: readonly string[]): InsertColumn[] {
  if (dialectOf(tx) !== "postgres") return [...columns];
  return columns.map((c) => {
    const cast = PG_CASTS[c];
    return cast ? { name: c, cast: cast.startsWith("DECIMAL") ? cast : `"${cast}"` } : c;
  });
}

/** The first id free after every row of `table` has. */
async function nextId(tx: Tx, table: string): Promise<number> {
  const rows = await tx.$queryRawUnsafe<Array<{ top: number | bigint | null }>>(`SELECT max("id") AS "top" FROM "${table}"`);
  return Number(rows[0]?.top ?? 0) + 1;
}

/** Whether none of the ids is taken in `table`. */
export async function idsFree(tx: Tx, table: "Source" | "Claim", ids: number[]): Promise<boolean> {
  for (let i = 0; i < ids.length; i += 900) {
    const chunk = ids.slice(i, i + 900);
    const taken = table === "Source" ? await tx.source.count({ where: { id: { in: chunk } } }) : await tx.claim.count({ where: { id: { in: chunk } } });
    if (taken > 0) return false;
  }
  return true;
}

/** Ids for `count` new rows of `table`, after every existing one. */
export async function freshIds(tx: Tx, table: "Source" | "Claim", count: number): Promise<number[]> {
  const first = await nextId(tx, table);
  return Array.from({ length: count }, (_, i) => first + i);
}

function sourceSnapshot(s: ImportedSource) {
  return {
    title: s.title,
    outletId: s.outletId,
    url: s.url,
    urlKey: s.urlKey,
    publishedAt: dayToDate(s.publishedAt),
    notBefore: dayToDate(s.notBefore),
    datingNote: s.datingNote,
    retrievedAt: s.retrievedAt,
    contentHash: s.contentHash,
    republishesSourceId: s.republishesSourceId,
    republishedOriginId: s.republishedOriginId,
    republishedViaId: s.republishedViaId,
    republishedNote: s.republishedNote,
  };
}

/**
 * Writes imported sources and claims (ids already chosen) with multi-row INSERTs: their rows, the
 * attribution chains and relations, one "create" revision each appended to the hash chain in
 * order, the search index and the counters. Runs in the caller's transaction, which holds the
 * ledger's write lock; the agreement is the caller's to refresh, once for all of it.
 */
export async function insertImported(
  tx: Tx,
  sources: ImportedSource[],
  claims: ImportedClaim[],
  author: string,
  progress?: ImportProgress,
  sqlite: Database.Database | null = null,
): Promise<{ relations: number }> {
  await lockLedger(tx);
  const now = new Date();
  const claimsPerSource = new Map<number, number>();
  for (const c of claims) claimsPerSource.set(c.draft.sourceId, (claimsPerSource.get(c.draft.sourceId) ?? 0) + 1);

  await insertRows(
    tx,
    "Source",
    columnsFor(tx, ["id", "title", "outletId", "url", "urlKey", "publishedAt", "notBefore", "datingNote", "retrievedAt", "text", "excerpt", "contentHash", "claimCount",
      "republishedOriginId", "republishedViaId", "republishedNote", "version", "reviewProposed", "reviewAccepted", "reviewEdited", "reviewRejected", "createdAt"]),
    sources.map((s) => [s.id, s.title, s.outletId, s.url, s.urlKey, dayToDate(s.publishedAt), dayToDate(s.notBefore), s.datingNote, s.retrievedAt, s.text, excerptOf(s.text), s.contentHash,
      claimsPerSource.get(s.id) ?? 0, s.republishedOriginId, s.republishedViaId, s.republishedNote, 1, s.review.proposed, s.review.accepted, s.review.edited, s.review.rejected, s.createdAt]),
    (done) => progress?.("sources", done, sources.length),
    sqlite,
  );
  // After all of them, since a source may republish one further on in the file.
  for (const s of sources) if (s.republishesSourceId !== null) await tx.source.update({ where: { id: s.id }, data: { republishesSourceId: s.republishesSourceId } });

  const sourceFacts = new Map(sources.map((s) => [s.id, { publishedAt: dayToDate(s.publishedAt), outletId: s.outletId }]));
  const missing = [...new Set(claims.map((c) => c.draft.sourceId).filter((id) => !sourceFacts.has(id)))];
  for (const s of await tx.source.findMany({ where: { id: { in: missing } }, select: { id: true, publishedAt: true, outletId: true } })) sourceFacts.set(s.id, s);
  await insertRows(
    tx,
    "Claim",
    columnsFor(tx, CLAIM_COLUMNS),
    claims.map((c) => {
      const row: Record<string, unknown> = { id: c.id, ...claimColumns(c.draft, sourceFacts.get(c.draft.sourceId)!), status: c.status, statusReason: c.statusReason, version: 1, createdAt: c.createdAt, updatedAt: now };
      return CLAIM_COLUMNS.map((name) => row[name] ?? null);
    }),
    (done) => progress?.("claims", done, claims.length),
    sqlite,
  );
  await insertRows(tx, "ClaimAttribution", ["claimId", "position", "actorId"], claims.flatMap((c) => c.draft.attribution.map((actorId, position) => [c.id, position, actorId])), undefined, sqlite);
  const relations = claims.flatMap((c) =>
    c.relations.map((r) => [c.id, r.toClaimId, r.kind, r.factor, r.comparator, r.baselineMetricId, r.baselinePlaceId, dayToDate(r.baselinePeriodStart), dayToDate(r.baselinePeriodEnd),
      r.baselinePeriodLabel, r.baselineDescription, r.note, now]),
  );
  await insertRows(tx, "ClaimRelation", columnsFor(tx, ["fromClaimId", "toClaimId", "kind", "factor", "comparator", "baselineMetricId", "baselinePlaceId", "baselinePeriodStart",
    "baselinePeriodEnd", "baselinePeriodLabel", "baselineDescription", "note", "createdAt"]), relations, undefined, sqlite);

  // The revisions, hashed in order after the chain's head (read under the ledger's lock).
  const head = await tx.revision.findFirst({ orderBy: { id: "desc" }, select: { id: true, hash: true } });
  let prevHash = head?.hash ?? GENESIS_HASH;
  let revisionId = (head?.id ?? 0) + 1;
  const at = now.toISOString();
  const revisions: unknown[][] = [];
  const append = (entityType: string, entityId: number, snapshot: unknown) => {
    const content: RevisionContent = { entityType, entityId, version: 1, action: "create", author, reason: "", snapshot: canonicalJson(snapshot), createdAt: at };
    const hash = revisionHash(prevHash, content);
    revisions.push([revisionId, entityType, entityId, 1, "create", author, "", content.snapshot, prevHash, hash, now]);
    prevHash = hash;
    revisionId += 1;
  };
  for (const s of sources) append("source", s.id, sourceSnapshot(s));
  for (const c of claims) append("claim", c.id, claimSnapshot(c.draft, c.status, c.statusReason));
  await insertRows(tx, "Revision", columnsFor(tx, ["id", "entityType", "entityId", "version", "action", "author", "reason", "snapshot", "prevHash", "hash", "createdAt"]), revisions,
    (done) => progress?.("revisions", done, revisions.length), sqlite);

  await indexForSearch(tx, { sources: sources.map((s) => s.id), claims: claims.map((c) => c.id) });
  await countImported(tx, sources.length, claims);
  if (dialectOf(tx) === "postgres") {
    // Rows were written with their ids; the sequences move past them.
    for (const table of ["Source", "Claim", "ClaimRelation", "Revision"]) {
      await tx.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT max("id") FROM "${table}"))`);
    }
  }
  return { relations: relations.length };
}

/** The counters pages read instead of counting: per metric, per topic, and the sources in all. */
async function countImported(tx: Tx, sources: number, claims: ImportedClaim[]): Promise<void> {
  const perMetric = new Map<number, number>();
  for (const c of claims) perMetric.set(c.draft.metricId, (perMetric.get(c.draft.metricId) ?? 0) + 1);
  const perTopic = new Map<number, number>();
  for (const [metricId, n] of perMetric) {
    const metric = await tx.metric.update({ where: { id: metricId }, data: { claimCount: { increment: n } }, select: { topicId: true } });
    perTopic.set(metric.topicId, (perTopic.get(metric.topicId) ?? 0) + n);
  }
  for (const [topicId, n] of perTopic) await tx.topic.update({ where: { id: topicId }, data: { claimCount: { increment: n } } });
  if (sources > 0) await tx.ledgerTotal.upsert({ where: { name: "sources" }, create: { name: "sources", value: sources }, update: { value: { increment: sources } } });
}
