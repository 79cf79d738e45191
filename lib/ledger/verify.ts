import type { Db } from "@/lib/db/client";
import { contentHash } from "@/lib/domain/content-hash";
import { canonicalDecimal } from "@/lib/schemas/decimal-bound";
import { canonicalJson, GENESIS_HASH, verifyRevisionChain, type ChainProblem } from "@/lib/domain/revision-chain";
import type { ClaimValue, ReferencePeriod } from "@/lib/schemas/claim";
import { claimColumns, type ClaimDraft } from "./claims";
import { decimalText } from "@/lib/db/values";

const PAGE = 5_000;
// Under the 999 bound parameters SQLite builds may allow: a page of ids goes into one IN list.
const ROW_PAGE = 900;

/** A row that no longer matches its history: edited, deleted or added behind the ledger's back. */
export type RowProblem = {
  entityType: string;
  id: number;
  problem: "row-differs" | "revision-count" | "no-revisions" | "revisions-without-row" | "head-missing";
  detail: string;
};

export type LedgerVerification =
  | { ok: true; checked: number; rows: number; head: string }
  | { ok: false; checked: number; first: ChainProblem }
  | { ok: false; checked: number; head: string; row: RowProblem };

/**
 * Checks the whole ledger: re-hashes every revision in order (a page at a time) and names the first
 * broken link; then checks that every claim and source equals its latest revision's snapshot and
 * has as many revisions as its version. `expectHead`: a head hash noted earlier (printed by
 * `ledger:verify`), which must still be in the chain; a truncated tail has lost it.
 */
export async function verifyLedger(db: Db, options: { expectHead?: string } = {}): Promise<LedgerVerification> {
  let prevHash = GENESIS_HASH;
  let checked = 0;
  let afterId = 0;
  let sawExpected = options.expectHead === undefined || options.expectHead === GENESIS_HASH;
  for (;;) {
    const rows = await db.revision.findMany({ where: { id: { gt: afterId } }, orderBy: { id: "asc" }, take: PAGE });
    if (rows.length === 0) break;
    const result = verifyRevisionChain(
      rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
      prevHash,
    );
    if (!result.ok) return { ok: false, checked: checked + result.checked, first: result.first };
    if (!sawExpected) sawExpected = rows.some((r) => r.hash === options.expectHead);
    checked += result.checked;
    prevHash = result.lastHash;
    afterId = rows.at(-1)!.id;
  }
  const head = prevHash;
  if (!sawExpected) {
    return {
      ok: false,
      checked,
      head,
      row: { entityType: "revision", id: afterId, problem: "head-missing", detail: `the expected head ${options.expectHead} is not in the chain: revisions were removed from its end` },
    };
  }
  const row = (await checkClaims(db)) ?? (await checkSources(db)) ?? (await checkEntityTypes(db));
  if (row) return { ok: false, checked, head, row };
  const [claims, sources] = await Promise.all([db.claim.count(), db.source.count()]);
  return { ok: true, checked, rows: claims + sources, head };
}

type LatestRevision = { count: number; version: number; id: number; snapshot: string; versions: number[] };

/** The revisions of a page of entities, counted, with the latest one's snapshot. */
async function latestRevisions(db: Db, entityType: string, ids: number[]): Promise<Map<number, LatestRevision>> {
  const revisions = await db.revision.findMany({
    where: { entityType, entityId: { in: ids } },
    orderBy: [{ entityId: "asc" }, { version: "asc" }],
    select: { id: true, entityId: true, version: true, snapshot: true },
  });
  const latest = new Map<number, LatestRevision>();
  for (const r of revisions) {
    const seen = latest.get(r.entityId);
    latest.set(r.entityId, { count: (seen?.count ?? 0) + 1, version: r.version, id: r.id, snapshot: r.snapshot, versions: [...(seen?.versions ?? []), r.version] });
  }
  return latest;
}

/** A column value in one spelling: dates as ISO text, decimals canonical. */
function comparable(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object" && "toFixed" in (value as object)) return canonicalDecimal(decimalText(value as { toFixed(): string; toString(): string })!);
  return value;
}

const DECIMAL_COLUMNS = new Set(["valueLow", "valueBest", "valueHigh"]);

function firstDifference(row: Record<string, unknown>, expected: Record<string, unknown>): string | null {
  for (const [column, want] of Object.entries(expected)) {
    let a = comparable(row[column]);
    let b = comparable(want);
    if (DECIMAL_COLUMNS.has(column)) {
      a = a === null ? null : canonicalDecimal(String(a));
      b = b === null ? null : canonicalDecimal(String(b));
    }
    if (canonicalJson(a) !== canonicalJson(b)) return `${column} is ${canonicalJson(a)} in the table but ${canonicalJson(b)} in its latest revision`;
  }
  return null;
}

type ClaimSnapshot = {
  key: string | null;
  sourceId: number;
  metricId: number;
  placeId: number;
  value: ClaimValue;
  surface: string;
  period: ReferencePeriod;
  quote: ClaimDraft["quote"];
  surfaceSpan: ClaimDraft["surfaceSpan"];
  attribution: number[];
  note: string;
  status: string;
  statusReason: string;
};

function countProblem(entityType: string, id: number, version: number, latest: LatestRevision | undefined): RowProblem | null {
  if (!latest) return { entityType, id, problem: "no-revisions", detail: `${entityType} #${id} has no revision` };
  const consecutive = latest.versions.every((v, i) => v === i + 1);
  if (latest.count !== version || !consecutive) {
    return { entityType, id, problem: "revision-count", detail: `${entityType} #${id} is at version ${version} but has ${latest.count} revision(s) (versions ${latest.versions.join(", ")})` };
  }
  return null;
}

async function checkClaims(db: Db): Promise<RowProblem | null> {
  for (let after = 0; ; ) {
    const rows = await db.claim.findMany({
      where: { id: { gt: after } },
      orderBy: { id: "asc" },
      take: ROW_PAGE,
      include: { attributions: { orderBy: { position: "asc" }, select: { actorId: true } } },
    });
    if (rows.length === 0) return null;
    const latest = await latestRevisions(db, "claim", rows.map((r) => r.id));
    for (const row of rows) {
      const revision = latest.get(row.id);
      const counted = countProblem("claim", row.id, row.version, revision);
      if (counted) return counted;
      const snap = JSON.parse(revision!.snapshot) as ClaimSnapshot;
      const draft: ClaimDraft = { ...snap, quote: snap.quote, surfaceSpan: snap.surfaceSpan };
      const expected = {
        ...claimColumns(draft, { publishedAt: row.sourcePublishedAt, outletId: row.sourceOutletId }),
        status: snap.status,
        statusReason: snap.statusReason,
        attributions: snap.attribution,
      };
      const actual = { ...row, attributions: row.attributions.map((a) => a.actorId) } as unknown as Record<string, unknown>;
      const difference = firstDifference(actual, expected);
      if (difference) return { entityType: "claim", id: row.id, problem: "row-differs", detail: `claim #${row.id}: ${difference} (#${revision!.id})` };
    }
    after = rows.at(-1)!.id;
  }
}

async function checkSources(db: Db): Promise<RowProblem | null> {
  for (let after = 0; ; ) {
    const rows = await db.source.findMany({ where: { id: { gt: after } }, orderBy: { id: "asc" }, take: ROW_PAGE });
    if (rows.length === 0) return null;
    const latest = await latestRevisions(db, "source", rows.map((r) => r.id));
    for (const row of rows) {
      const revision = latest.get(row.id);
      // Its text never changes; its title, outlet, address, date and what it republishes can, each
      // change with a revision.
      const counted = countProblem("source", row.id, row.version, revision);
      if (counted) return counted;
      const snap = JSON.parse(revision!.snapshot) as Record<string, unknown>;
      const difference =
        firstDifference(row as unknown as Record<string, unknown>, snap) ??
        (contentHash(row.text) === row.contentHash ? null : "its text no longer matches its content hash");
      if (difference) return { entityType: "source", id: row.id, problem: "row-differs", detail: `source #${row.id}: ${difference} (#${revision!.id})` };
    }
    after = rows.at(-1)!.id;
  }
}

/** Revisions of rows that are gone, or of a kind of entity the ledger does not keep. */
async function checkEntityTypes(db: Db): Promise<RowProblem | null> {
  const counts = { claim: await db.claim.count(), source: await db.source.count() };
  // Actors and places that editors add have revisions; those curated with the seeds have none.
  const addedByEditors = { actor: await db.actor.count(), place: await db.place.count() };
  const groups = await db.revision.groupBy({ by: ["entityType"], where: { version: 1 }, _count: { _all: true } });
  for (const g of groups) {
    const rows = counts[g.entityType as keyof typeof counts];
    const atMost = addedByEditors[g.entityType as keyof typeof addedByEditors];
    if (atMost !== undefined && g._count._all <= atMost) continue;
    if (rows === undefined || g._count._all !== rows) {
      return {
        entityType: g.entityType,
        id: 0,
        problem: "revisions-without-row",
        detail: `${g._count._all} ${g.entityType}(s) were created in the revisions but ${rows ?? 0} are in the table`,
      };
    }
  }
  return null;
}
