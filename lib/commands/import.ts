// A ledger file imported whole or not at all: the rows the file reader accepted are checked against
// the ledger (slugs, sources it has, keys, the forms' other rules), written with multi-row INSERTs
// and their revisions, and the agreement of what they touch is recomputed once, in one transaction
// that holds the ledger's write lock. Any problem throws LedgerImportError and nothing is changed.
import "server-only";
import { refreshAgreement } from "@/lib/agreement/refresh";
import { sqliteConnection, type Db, type Tx } from "@/lib/db/client";
import { today } from "@/lib/domain/today";
import type { LedgerFile, ReadClaim, ReadSource } from "@/lib/import/read-ledger-file";
import { freshIds, idsFree, insertImported, type ImportedClaim, type ImportedSource } from "@/lib/ledger/import";
import type { ImportProblem, ImportSummary } from "@/lib/schemas/ledger-file";
import { write } from "./commands";
import { LedgerImportError } from "./errors";

/** Time an import may hold the ledger: a million claims take minutes on a small machine. */
const IMPORT_TX = { timeout: 30 * 60_000, maxWait: 60_000 };

export type ImportProgressReport = (phase: "checks" | "sources" | "claims" | "revisions" | "agreement", done: number, total: number) => void;

type Slugs = Map<string, number>;

async function slugMaps(tx: Tx) {
  const [metrics, places, actors] = [
    await tx.metric.findMany({ select: { id: true, slug: true, name: true, nonNegative: true } }),
    await tx.place.findMany({ select: { id: true, slug: true } }),
    await tx.actor.findMany({ select: { id: true, slug: true } }),
  ];
  return {
    metrics: new Map(metrics.map((m) => [m.slug, m])),
    places: new Map(places.map((p) => [p.slug, p.id])) as Slugs,
    actors: new Map(actors.map((a) => [a.slug, a.id])) as Slugs,
  };
}

/** Values of `column` among `values` that the ledger already holds. */
async function existing(tx: Tx, values: string[], find: (chunk: string[]) => Promise<Array<{ id: number; value: string | null }>>): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  for (let i = 0; i < values.length; i += 900) for (const row of await find(values.slice(i, i + 900))) if (row.value !== null) found.set(row.value, row.id);
  return found;
}

/** Every problem only the ledger can tell: unknown slugs, sources and keys it already has, the claim form's database rules. */
async function ledgerProblems(tx: Tx, file: LedgerFile, slugs: Awaited<ReturnType<typeof slugMaps>>): Promise<ImportProblem[]> {
  const problems: ImportProblem[] = [];
  const need = (map: Map<string, unknown>, slug: string | null, line: number, field: string, what: string) => {
    if (slug !== null && !map.has(slug)) problems.push({ line, field, message: `The ledger has no ${what} “${slug}”.` });
  };
  const byUrl = await existing(tx, file.sources.flatMap((s) => (s.urlKey ? [s.urlKey] : [])), async (chunk) =>
    (await tx.source.findMany({ where: { urlKey: { in: chunk } }, select: { id: true, urlKey: true } })).map((r) => ({ id: r.id, value: r.urlKey })),
  );
  const byText = await existing(tx, file.sources.map((s) => s.contentHash), async (chunk) =>
    (await tx.source.findMany({ where: { contentHash: { in: chunk } }, select: { id: true, contentHash: true } })).map((r) => ({ id: r.id, value: r.contentHash })),
  );
  for (const s of file.sources) {
    need(slugs.actors, s.outlet, s.line, "outlet", "outlet");
    need(slugs.actors, s.republished_origin, s.line, "republished_origin", "actor");
    need(slugs.actors, s.republished_via, s.line, "republished_via", "outlet");
    const sameUrl = s.urlKey ? byUrl.get(s.urlKey) : undefined;
    if (sameUrl !== undefined) problems.push({ line: s.line, field: "url", message: `The ledger already has this source (source ${sameUrl}, the same address).` });
    else if (byText.has(s.contentHash)) problems.push({ line: s.line, field: "text", message: `The ledger already has this source (source ${byText.get(s.contentHash)}, the same text).` });
  }
  const byKey = await existing(tx, file.claims.flatMap((c) => (c.key ? [c.key] : [])), async (chunk) =>
    (await tx.claim.findMany({ where: { key: { in: chunk } }, select: { id: true, key: true } })).map((r) => ({ id: r.id, value: r.key })),
  );
  const day = today();
  for (const c of file.claims) {
    need(slugs.metrics, c.metric, c.line, "metric", "metric");
    need(slugs.places, c.place, c.line, "place", "place");
    c.attribution.forEach((a, i) => need(slugs.actors, a, c.line, `attribution.${i}`, "actor"));
    c.relations.forEach((r, i) => {
      need(slugs.metrics, r.baseline_metric, c.line, `relations.${i}.baseline_metric`, "metric");
      need(slugs.places, r.baseline_place, c.line, `relations.${i}.baseline_place`, "place");
    });
    if (c.key !== null && byKey.has(c.key)) problems.push({ line: c.line, field: "key", message: `The ledger already has a claim with the key “${c.key}” (claim ${byKey.get(c.key)}).` });
    const metric = slugs.metrics.get(c.metric);
    if (metric?.nonNegative) {
      for (const field of ["low", "best", "high"] as const) if (c[field] !== null && Number(c[field]) < 0) problems.push({ line: c.line, field, message: `${metric.name} cannot be negative.` });
    }
    for (const field of ["period_start", "period_end"] as const) if (c[field] !== null && c[field]! > day) problems.push({ line: c.line, field, message: "The period cannot be in the future." });
  }
  return problems.sort((a, b) => a.line - b.line);
}

function importedSource(s: ReadSource, ids: Map<number, number>, actors: Slugs): ImportedSource {
  const actor = (slug: string | null) => (slug === null ? null : actors.get(slug)!);
  return {
    id: ids.get(s.id)!,
    title: s.title,
    outletId: actor(s.outlet),
    url: s.url,
    urlKey: s.urlKey,
    publishedAt: s.published,
    notBefore: s.not_before,
    datingNote: s.dating_note,
    retrievedAt: new Date(s.retrieved_at),
    createdAt: new Date(s.created_at),
    text: s.text,
    contentHash: s.contentHash,
    republishesSourceId: s.republishes === null ? null : ids.get(s.republishes)!,
    republishedOriginId: actor(s.republished_origin),
    republishedViaId: actor(s.republished_via),
    republishedNote: s.republished_note,
    review: s.review,
  };
}

function importedClaim(c: ReadClaim, sourceIds: Map<number, number>, claimIds: Map<number, number>, slugs: Awaited<ReturnType<typeof slugMaps>>): ImportedClaim {
  return {
    id: claimIds.get(c.id)!,
    status: c.status,
    statusReason: c.status_reason,
    createdAt: new Date(c.created_at),
    draft: {
      key: c.key,
      sourceId: sourceIds.get(c.source_id)!,
      metricId: slugs.metrics.get(c.metric)!.id,
      placeId: slugs.places.get(c.place)!,
      // An exact figure is stored with its bounds equal to it; as entered, it states none.
      value: c.qualifier === "exact" ? { qualifier: c.qualifier, low: null, best: c.best, high: null, vagueTerm: c.vague_term } : { qualifier: c.qualifier, low: c.low, best: c.best, high: c.high, vagueTerm: c.vague_term },
      surface: c.surface,
      period: { start: c.period_start, end: c.period_end, label: c.period_label },
      quote: c.anchor,
      surfaceSpan: c.surfaceSpan,
      attribution: c.attribution.map((a) => slugs.actors.get(a)!),
      note: c.note,
      modality: c.modality,
      change: c.change,
      cumulative: c.cumulative,
    },
    relations: c.relations.map((r) => ({
      toClaimId: r.to === null ? null : claimIds.get(r.to)!,
      kind: r.kind,
      factor: r.factor,
      comparator: r.comparator,
      baselineMetricId: r.baseline_metric === null ? null : slugs.metrics.get(r.baseline_metric)!.id,
      baselinePlaceId: r.baseline_place === null ? null : slugs.places.get(r.baseline_place)!,
      baselinePeriodStart: r.baseline_period_start,
      baselinePeriodEnd: r.baseline_period_end,
      baselinePeriodLabel: r.baseline_period_label,
      baselineDescription: r.baseline_description,
      note: r.note,
    })),
  };
}

/**
 * Imports a file the reader accepted, as `author` (a user id). Rows keep the file's ids when the
 * ledger has none of them (a ledger restored into an empty database keeps its permalinks);
 * otherwise every row gets a new id and the file's ids only link its lines.
 */
export async function importLedger(db: Db, file: LedgerFile, author: string, progress?: ImportProgressReport): Promise<ImportSummary> {
  const started = performance.now();
  return write(
    db,
    async (tx) => {
      progress?.("checks", 0, 1);
      const slugs = await slugMaps(tx);
      const problems = await ledgerProblems(tx, file, slugs);
      if (problems.length > 0) throw new LedgerImportError(problems);
      const fileSourceIds = file.sources.map((s) => s.id);
      const fileClaimIds = file.claims.map((c) => c.id);
      const keptIds = (await idsFree(tx, "Source", fileSourceIds)) && (await idsFree(tx, "Claim", fileClaimIds));
      const sourceIds = new Map(keptIds ? fileSourceIds.map((id) => [id, id]) : (await freshIds(tx, "Source", fileSourceIds.length)).map((id, i) => [fileSourceIds[i]!, id]));
      const claimIds = new Map(keptIds ? fileClaimIds.map((id) => [id, id]) : (await freshIds(tx, "Claim", fileClaimIds.length)).map((id, i) => [fileClaimIds[i]!, id]));
      progress?.("checks", 1, 1);

      const sources = file.sources.map((s) => importedSource(s, sourceIds, slugs.actors));
      const claims = file.claims.map((c) => importedClaim(c, sourceIds, claimIds, slugs));
      const { relations } = await insertImported(tx, sources, claims, author, progress, sqliteConnection(db));
      progress?.("agreement", 0, 1);
      const { groups } = await refreshAgreement(tx, claims.map((c) => c.id));
      progress?.("agreement", 1, 1);
      return { sources: sources.length, claims: claims.length, relations, groups, keptIds, seconds: (performance.now() - started) / 1000, firstClaimId: claims[0]?.id ?? null };
    },
    IMPORT_TX,
  );
}
