import "server-only";
import { db } from "@/lib/db/client";
import { dialectOf, NAME_KIND_CODE, type NameKind } from "@/lib/db/search-index";
import { fts5Match, HIT_END, HIT_START, searchTerms, snippetParts, stripMarks, tsQueryText, type SnippetPart } from "@/lib/domain/search-query";
import { dateToDay } from "@/lib/db/dates";
import { claimRowSelect, toClaimRow, type ClaimRow } from "./claim-row";

/**
 * Search over the whole ledger, grouped: figures (by their quote), sources (title and full text),
 * metrics, places and actors (outlets included) by name. One interface over each database's own
 * full-text index: SQLite FTS5 tables (lib/db/search-index.ts) or PostgreSQL GIN expression
 * indexes (migration 014). Both stem English words ("killed" finds "kill") and match every word
 * typed; both rank by relevance.
 */
export type SearchResults = {
  terms: string[];
  figures: Array<ClaimRow & { snippet: SnippetPart[] }>;
  sources: Array<{ id: number; title: SnippetPart[]; outlet: string | null; publishedAt: string | null; snippet: SnippetPart[] }>;
  metrics: Array<{ slug: string; name: SnippetPart[]; unit: string; topic: string }>;
  places: Array<{ slug: string; name: SnippetPart[]; kind: string }>;
  actors: Array<{ slug: string; name: SnippetPart[]; kind: string }>;
};

type Hit = { id: number; marked: string; title?: string };

const SNIPPET_WORDS = 24;
const PG_HEADLINE = `StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=${SNIPPET_WORDS + 6}, MinWords=${SNIPPET_WORDS - 8}, MaxFragments=1, FragmentDelimiter=" … "`;

/** SQLite: ranked ids with marked snippets from each FTS5 table. */
async function sqliteHits(match: string, limit: number) {
  const q = <T,>(sql: string, ...params: unknown[]) => db().$queryRawUnsafe<T[]>(sql, ...params);
  const S = `char(2), char(3)`;
  const [claims, sources, ...names] = await Promise.all([
    q<{ id: bigint | number; marked: string }>(
      `SELECT rowid AS "id", snippet("ClaimSearch", 0, ${S}, '…', ${SNIPPET_WORDS}) AS "marked" FROM "ClaimSearch" WHERE "ClaimSearch" MATCH ? ORDER BY rank LIMIT ?`,
      match,
      limit,
    ),
    q<{ id: bigint | number; marked: string; title: string }>(
      `SELECT rowid AS "id", snippet("SourceSearch", 1, ${S}, '…', ${SNIPPET_WORDS}) AS "marked", highlight("SourceSearch", 0, ${S}) AS "title" FROM "SourceSearch" WHERE "SourceSearch" MATCH ? ORDER BY rank LIMIT ?`,
      match,
      limit,
    ),
    ...(Object.keys(NAME_KIND_CODE) as NameKind[]).map((kind) =>
      q<{ id: bigint | number; marked: string }>(
        `SELECT rowid / 4 AS "id", highlight("NameSearch", 0, ${S}) AS "marked" FROM "NameSearch" WHERE "NameSearch" MATCH ? AND rowid % 4 = ? ORDER BY rank LIMIT ?`,
        match,
        NAME_KIND_CODE[kind],
        limit,
      ),
    ),
  ]);
  const hits = (rows: Array<{ id: bigint | number; marked: string; title?: string }>): Hit[] => rows.map((r) => ({ ...r, id: Number(r.id) }));
  return { claims: hits(claims), sources: hits(sources), metric: hits(names[0]!), place: hits(names[1]!), actor: hits(names[2]!) };
}

/**
 * PostgreSQL: each expression repeats the one its GIN index was built on (migration 014). Ids are
 * chosen first and headlines made for those only: ts_headline reads the whole text.
 */
async function postgresHits(text: string, limit: number) {
  const whole = `HighlightAll=true, StartSel=${HIT_START}, StopSel=${HIT_END}`;
  /** `marked` is the column ts_headline marks with the options in $3; a source's title is marked whole ($4). */
  const ranked = (table: string, expr: string, marked: string, options: string, title = false) =>
    db().$queryRawUnsafe<Array<{ id: number; marked: string; title?: string }>>(
      `WITH "q" AS (SELECT plainto_tsquery('english', $1) AS "q"),
       "hit" AS (SELECT "t"."id" FROM "${table}" "t", "q" WHERE to_tsvector('english'::regconfig, ${expr}) @@ "q"."q"
                 ORDER BY ts_rank(to_tsvector('english'::regconfig, ${expr}), "q"."q") DESC, "t"."id" DESC LIMIT $2)
       SELECT "t"."id", ts_headline('english', ${marked}, "q"."q", $3) AS "marked"
              ${title ? `, ts_headline('english', coalesce("t"."title", ''), "q"."q", $4) AS "title"` : ""}
       FROM "hit" JOIN "${table}" "t" ON "t"."id" = "hit"."id", "q"`,
      ...[text, limit, options, ...(title ? [whole] : [])],
    );
  const [claims, sources, metric, place, actor] = await Promise.all([
    ranked("Claim", `"t"."quoteExact"`, `"t"."quoteExact"`, PG_HEADLINE),
    ranked("Source", `coalesce("t"."title", '') || ' ' || "t"."text"`, `"t"."text"`, PG_HEADLINE, true),
    ranked("Metric", `"t"."name" || ' ' || "t"."description"`, `"t"."name"`, whole),
    ranked("Place", `"t"."name"`, `"t"."name"`, whole),
    ranked("Actor", `"t"."name"`, `"t"."name"`, whole),
  ]);
  return { claims, sources, metric, place, actor };
}

/** The order the engine ranked them in, for rows read back by id. */
function inOrder<T extends { id: number }>(hits: Hit[], rows: T[]): Array<{ hit: Hit; row: T }> {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return hits.flatMap((hit) => {
    const row = byId.get(hit.id);
    return row ? [{ hit, row }] : [];
  });
}

const parts = (marked: string | undefined, fallback: string) => (marked ? snippetParts(marked) : [{ text: stripMarks(fallback), hit: false }]);

/** Up to `limit` hits of each kind for what was typed; no words, no hits. */
export async function searchLedger(q: string, limit: number): Promise<SearchResults> {
  const terms = searchTerms(q);
  if (terms.length === 0) return { terms, figures: [], sources: [], metrics: [], places: [], actors: [] };
  const hits = dialectOf(db()) === "postgres" ? await postgresHits(tsQueryText(terms), limit) : await sqliteHits(fts5Match(terms), limit);
  const ids = (h: Hit[]) => ({ in: h.map((x) => x.id) });

  const [claims, sources, metrics, places, actors] = await Promise.all([
    db().claim.findMany({ where: { id: ids(hits.claims) }, select: claimRowSelect }),
    db().source.findMany({ where: { id: ids(hits.sources) }, select: { id: true, title: true, publishedAt: true, outlet: { select: { name: true } } } }),
    db().metric.findMany({ where: { id: ids(hits.metric) }, select: { id: true, slug: true, name: true, unit: true, topic: { select: { name: true } } } }),
    db().place.findMany({ where: { id: ids(hits.place) }, select: { id: true, slug: true, name: true, kind: true } }),
    db().actor.findMany({ where: { id: ids(hits.actor) }, select: { id: true, slug: true, name: true, kind: true } }),
  ]);
  return {
    terms,
    figures: inOrder(hits.claims, claims).map(({ hit, row }) => ({ ...toClaimRow(row), snippet: parts(hit.marked, row.quoteExact) })),
    sources: inOrder(hits.sources, sources).map(({ hit, row }) => ({
      id: row.id,
      title: parts(hit.title, row.title ?? `Source #${row.id}`),
      outlet: row.outlet?.name ?? null,
      publishedAt: dateToDay(row.publishedAt),
      snippet: parts(hit.marked, ""),
    })),
    metrics: inOrder(hits.metric, metrics).map(({ hit, row }) => ({ slug: row.slug, name: parts(hit.marked, row.name), unit: row.unit, topic: row.topic.name })),
    places: inOrder(hits.place, places).map(({ hit, row }) => ({ slug: row.slug, name: parts(hit.marked, row.name), kind: row.kind })),
    actors: inOrder(hits.actor, actors).map(({ hit, row }) => ({ slug: row.slug, name: parts(hit.marked, row.name), kind: row.kind })),
  };
}
