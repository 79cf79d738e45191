// The raw baseline of `npm run bench:load`: a bare node:http server that answers the same reads as the
// app with the same joins, straight through better-sqlite3 (or pg with a postgresql:// URL), and
// renders pages with plain template strings. It is what the app is measured against.
//
//   tsx scripts/bench-load/baseline.ts <port> <database url>
import http from "node:http";
import Database from "better-sqlite3";
import pg from "pg";
import { contextAround } from "@/lib/domain/quote-selector";
import { diffSnapshots } from "@/lib/domain/snapshot-diff";
import { fts5Match, searchTerms, stripMarks, tsQueryText } from "@/lib/domain/search-query";

type Row = Record<string, unknown>;
type Query = (sql: string, params: unknown[]) => Promise<Row[]>;

/** One query function over either database; the SQL is written with $n placeholders. */
export function openDatabase(url: string): { query: Query; close: () => Promise<void>; postgres: boolean } {
  if (url.startsWith("file:")) {
    const sqlite = new Database(url.slice("file:".length), { readonly: true });
    const statements = new Map<string, Database.Statement>();
    return {
      query: async (sql, params) => {
        let statement = statements.get(sql);
        if (!statement) {
          // Each placeholder appears once and in order in these queries, so $n becomes a plain ?.
          statement = sqlite.prepare(sql.replace(/\$\d+/g, "?"));
          statements.set(sql, statement);
        }
        return statement.all(...params) as Row[];
      },
      close: async () => {
        sqlite.close();
      },
      postgres: false,
    };
  }
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  return { query: async (sql, params) => (await pool.query(sql, params)).rows as Row[], close: () => pool.end(), postgres: true };
}

// The columns of a claim row (lib/data/claim-row.ts) with its metric, place, origin, source and outlet.
const ROW_COLUMNS = `c.id, c.qualifier, c."valueLow", c."valueBest", c."valueHigh", c."vagueTerm", c.surface, c."quoteExact",
  c."periodStart", c."periodEnd", c."periodLabel", c.status, c."createdAt",
  m.slug AS "metricSlug", m.name AS "metricName", m.unit AS "metricUnit", p.slug AS "placeSlug", p.name AS "placeName",
  oa.slug AS "originSlug", oa.name AS "originName", s.id AS "sourceId", s.title AS "sourceTitle", s."publishedAt" AS "sourcePublishedAt",
  o.name AS "outletName"`;
const ROW_JOINS = `JOIN "Metric" m ON m.id = c."metricId" JOIN "Place" p ON p.id = c."placeId"
  LEFT JOIN "Actor" oa ON oa.id = c."originActorId" JOIN "Source" s ON s.id = c."sourceId" LEFT JOIN "Actor" o ON o.id = s."outletId"`;

const CLAIM_SQL = `SELECT ${ROW_COLUMNS}, c.key, c.note, c."statusReason", c.version, c."updatedAt", c."quotePrefix", c."quoteSuffix",
  c."quoteStart", c."quoteEnd", c."surfaceStart", c."surfaceEnd", t.slug AS "topicSlug", t.name AS "topicName",
  s.url AS "sourceUrl", s."notBefore" AS "sourceNotBefore", s."retrievedAt" AS "sourceRetrievedAt", o.slug AS "outletSlug", s.text AS "sourceText"
  FROM "Claim" c ${ROW_JOINS} JOIN "Topic" t ON t.id = m."topicId" WHERE c.id = $1`;
const ATTRIBUTION_SQL = `SELECT a.position, ac.slug, ac.name, ac.kind, af.name AS affiliation FROM "ClaimAttribution" a
  JOIN "Actor" ac ON ac.id = a."actorId" LEFT JOIN "Actor" af ON af.id = ac."affiliationId" WHERE a."claimId" = $1 ORDER BY a.position`;
const RELATION_COLUMNS = `r.id AS "relationId", r.kind AS "relationKind", r.factor, r.comparator, r."baselinePeriodStart", r."baselinePeriodEnd",
  r."baselinePeriodLabel", r."baselineDescription", r.note AS "relationNote"`;
const RELATIONS_FROM_SQL = `SELECT ${RELATION_COLUMNS}, ${ROW_COLUMNS} FROM "ClaimRelation" r LEFT JOIN "Claim" c ON c.id = r."toClaimId"
  LEFT JOIN "Metric" m ON m.id = c."metricId" LEFT JOIN "Place" p ON p.id = c."placeId" LEFT JOIN "Actor" oa ON oa.id = c."originActorId"
  LEFT JOIN "Source" s ON s.id = c."sourceId" LEFT JOIN "Actor" o ON o.id = s."outletId" WHERE r."fromClaimId" = $1`;
const RELATIONS_TO_SQL = `SELECT ${RELATION_COLUMNS}, ${ROW_COLUMNS} FROM "ClaimRelation" r JOIN "Claim" c ON c.id = r."fromClaimId" ${ROW_JOINS}
  WHERE r."toClaimId" = $1`;
const REVISIONS_SQL = `SELECT id, version, action, author, reason, "createdAt", hash, "prevHash", snapshot FROM "Revision"
  WHERE "entityType" = 'claim' AND "entityId" = $1 ORDER BY version`;
const METRIC_SQL = `SELECT m.id, m.slug, m.name, m.unit, m.description, m."claimCount", m.tolerance, m.kind, m.verdict, m."groupCount",
  m."conflictCount", t.slug AS "topicSlug", t.name AS "topicName" FROM "Metric" m JOIN "Topic" t ON t.id = m."topicId" WHERE m.slug = $1`;
// The metric page's default order (period, newest first), dated rows then undated, as lib/data/metrics.ts reads them.
const METRIC_DATED_SQL = `SELECT ${ROW_COLUMNS} FROM "Claim" c ${ROW_JOINS} WHERE c."metricId" = $1 AND c."periodEnd" IS NOT NULL
  ORDER BY c."periodEnd" DESC, c.id DESC LIMIT 26`;
const METRIC_UNDATED_SQL = `SELECT ${ROW_COLUMNS} FROM "Claim" c ${ROW_JOINS} WHERE c."metricId" = $1 AND c."periodEnd" IS NULL
  ORDER BY c.id DESC LIMIT $2`;

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));
const escape = (v: unknown) =>
  text(v).replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);
const day = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string | number).toISOString().slice(0, 10));

function claimRow(r: Row) {
  return {
    id: r.id,
    value: { qualifier: r.qualifier, low: r.valueLow === null ? null : text(r.valueLow), best: r.valueBest === null ? null : text(r.valueBest), high: r.valueHigh === null ? null : text(r.valueHigh), vagueTerm: r.vagueTerm },
    surface: r.surface,
    quote: r.quoteExact,
    period: { start: day(r.periodStart), end: day(r.periodEnd), label: r.periodLabel },
    status: r.status,
    metric: { slug: r.metricSlug, name: r.metricName, unit: r.metricUnit },
    place: { slug: r.placeSlug, name: r.placeName },
    origin: r.originSlug === null ? null : { slug: r.originSlug, name: r.originName },
    source: { id: r.sourceId, title: r.sourceTitle, outlet: r.outletName ?? null, publishedAt: day(r.sourcePublishedAt) },
  };
}

function relation(r: Row) {
  return {
    id: r.relationId,
    kind: r.relationKind,
    factor: r.factor === null ? null : text(r.factor),
    comparator: r.comparator,
    baseline: { period: { start: day(r.baselinePeriodStart), end: day(r.baselinePeriodEnd), label: r.baselinePeriodLabel }, description: r.baselineDescription },
    note: r.relationNote,
    other: r.id === null ? null : claimRow(r),
  };
}

/** The claim as GET /api/v1/claims/:id answers it, from the same joins. */
async function readClaim(query: Query, id: number) {
  const [claim] = await query(CLAIM_SQL, [id]);
  if (!claim) return null;
  const [attributions, from, to, revisions] = await Promise.all([
    query(ATTRIBUTION_SQL, [id]),
    query(RELATIONS_FROM_SQL, [id]),
    query(RELATIONS_TO_SQL, [id]),
    query(REVISIONS_SQL, [id]),
  ]);
  const start = Number(claim.quoteStart);
  const end = Number(claim.quoteEnd);
  const row = claimRow(claim);
  return {
    ...row,
    key: claim.key,
    note: claim.note,
    statusReason: claim.statusReason,
    version: claim.version,
    updatedAt: new Date(claim.updatedAt as string).toISOString(),
    metric: { ...row.metric, topic: { slug: claim.topicSlug, name: claim.topicName } },
    quoteSelector: { exact: claim.quoteExact, prefix: claim.quotePrefix, suffix: claim.quoteSuffix, start, end },
    surfaceSpan: claim.surfaceStart === null || claim.surfaceEnd === null ? null : { start: claim.surfaceStart, end: claim.surfaceEnd },
    context: contextAround(text(claim.sourceText), { start, end }, 400),
    source: { ...row.source, url: claim.sourceUrl, notBefore: day(claim.sourceNotBefore), retrievedAt: day(claim.sourceRetrievedAt), outletSlug: claim.outletSlug ?? null },
    attribution: attributions.map((a) => ({ slug: a.slug, name: a.name, kind: a.kind, affiliation: a.affiliation ?? null })),
    relationsFrom: from.map(relation),
    relationsTo: to.map(relation),
    revisions: revisions.map((r, i) => ({
      id: r.id,
      version: r.version,
      action: r.action,
      author: r.author,
      reason: r.reason,
      hash: r.hash,
      prevHash: r.prevHash,
      createdAt: new Date(r.createdAt as string).toISOString(),
      changes: i === 0 ? [] : diffSnapshots(text(revisions[i - 1]!.snapshot), text(revisions[i]!.snapshot)),
    })),
  };
}

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)} · Figure Ledger</title></head><body><header><a href="/">Figure Ledger</a></header><main>${body}</main></body></html>`;

const figure = (r: ReturnType<typeof claimRow>) =>
  `<tr><td><a href="/claims/${r.id}">${escape(r.surface)}</a> ${escape(r.metric.unit)}</td><td>${escape(r.place.name)}</td><td>${escape(r.period.start)} – ${escape(r.period.end)} ${escape(r.period.label)}</td><td>${escape(r.source.title)} (${escape(r.source.outlet)}, ${escape(r.source.publishedAt)})</td><td>${escape(r.origin?.name)}</td><td>${escape(r.status)}</td></tr>`;

function claimPage(c: NonNullable<Awaited<ReturnType<typeof readClaim>>>): string {
  return page(
    `${c.surface} ${c.metric.name}`,
    `<nav><a href="/topics/${escape(c.metric.topic.slug)}">${escape(c.metric.topic.name)}</a> › <a href="/metrics/${escape(c.metric.slug)}">${escape(c.metric.name)}</a></nav>
<h1>${escape(c.surface)} ${escape(c.metric.unit)} in ${escape(c.place.name)}</h1>
<p>${escape(c.value.qualifier)} ${escape(c.value.low)} ${escape(c.value.best)} ${escape(c.value.high)} ${escape(c.value.vagueTerm)}; ${escape(c.period.start)} – ${escape(c.period.end)} ${escape(c.period.label)}; ${escape(c.status)} ${escape(c.statusReason)}</p>
<blockquote>${escape(c.context?.before)}<mark>${escape(c.quoteSelector.exact)}</mark>${escape(c.context?.after)}</blockquote>
<p>Source: <a href="/sources/${c.source.id}">${escape(c.source.title)}</a> ${escape(c.source.outlet)} ${escape(c.source.publishedAt)} <a href="${escape(c.source.url)}">original</a></p>
<ol>${c.attribution.map((a) => `<li>${escape(a.name)} (${escape(a.kind)}) ${escape(a.affiliation)}</li>`).join("")}</ol>
<table>${[...c.relationsFrom, ...c.relationsTo].flatMap((r) => (r.other ? [figure(r.other)] : [])).join("")}</table>
<ol>${c.revisions.map((r) => `<li>v${escape(r.version)} ${escape(r.action)} by ${escape(r.author)} ${escape(r.createdAt)} ${escape(r.reason)} <code>${escape(r.hash)}</code> ${r.changes.map((x) => `${escape(x.path)}: ${escape(x.before)} → ${escape(x.after)}`).join("; ")}</li>`).join("")}</ol>`,
  );
}

async function metricPage(query: Query, slug: string): Promise<string | null> {
  const [metric] = await query(METRIC_SQL, [slug]);
  if (!metric) return null;
  const rows = await query(METRIC_DATED_SQL, [metric.id]);
  if (rows.length < 26) rows.push(...(await query(METRIC_UNDATED_SQL, [metric.id, 26 - rows.length])));
  const figures = rows.slice(0, 25).map(claimRow);
  const next = rows.length > 25 ? `<a href="/metrics/${escape(slug)}?cursor=${figures.at(-1)!.id}">Next</a>` : "";
  return page(
    text(metric.name),
    `<nav><a href="/topics/${escape(metric.topicSlug)}">${escape(metric.topicName)}</a></nav><h1>${escape(metric.name)}</h1><p>${escape(metric.description)}</p>
<p>${escape(metric.claimCount)} claims in ${escape(metric.unit)}; ${escape(metric.groupCount)} groups, ${escape(metric.conflictCount)} in conflict; ${escape(metric.verdict)}</p>
<table>${figures.map(figure).join("")}</table>${next}`,
  );
}


// The other reading pages, each with the reads its page makes in lib/data (same tables, joins, order
// and limits), rendered as plain template strings.
const TOPICS_SQL = `SELECT t.slug, t.name, t.description, t."claimCount", (SELECT count(*) FROM "Metric" m WHERE m."topicId" = t.id) AS "metricCount"
  FROM "Topic" t ORDER BY t."claimCount" DESC, t.name ASC LIMIT 200`;
const LATEST_SQL = `SELECT ${ROW_COLUMNS} FROM "Claim" c ${ROW_JOINS} ORDER BY c."createdAt" DESC, c.id DESC LIMIT 6`;
const TOTALS_SQL = `SELECT (SELECT sum("claimCount") FROM "Topic") AS claims, (SELECT value FROM "LedgerTotal" WHERE name = 'sources') AS sources`;
const TOPIC_SQL = `SELECT id, slug, name, description, "claimCount" FROM "Topic" WHERE slug = $1`;
const TOPIC_METRICS_SQL = `SELECT slug, name, unit, description, "claimCount", verdict, "groupCount", "conflictCount" FROM "Metric"
  WHERE "topicId" = $1 ORDER BY "claimCount" DESC, name ASC`;
const GROUP_COLUMNS = `g.id, g.verdict, g.severity, g."claimCount", g."originCount", g."periodStart", g."periodEnd", pl.slug AS "placeSlug",
  pl.name AS "placeName", m.slug AS "metricSlug", m.name AS "metricName", m.unit AS "metricUnit", m.kind AS "metricKind",
  t.slug AS "topicSlug", t.name AS "topicName"`;
const GROUP_JOINS = `JOIN "Place" pl ON pl.id = g."placeId" JOIN "Metric" m ON m.id = g."metricId" JOIN "Topic" t ON t.id = m."topicId"`;
const GROUP_SQL = `SELECT ${GROUP_COLUMNS}, g.analysis FROM "AgreementGroup" g ${GROUP_JOINS} WHERE g.id = $1`;
const CONFLICTS_SQL = `SELECT ${GROUP_COLUMNS}, g.summary FROM "AgreementGroup" g ${GROUP_JOINS} WHERE g.verdict = 'conflicting'
  ORDER BY g.severity DESC, g.id ASC LIMIT 11`;
const CONFLICT_COUNT_SQL = `SELECT sum("conflictCount") AS n FROM "Metric"`;
const SOURCE_SQL = `SELECT s.id, s.title, s.url, s."publishedAt", s."notBefore", s."datingNote", s."retrievedAt", s.text, s."contentHash",
  s."claimCount", s.version, o.slug AS "outletSlug", o.name AS "outletName", rs.id AS "republishesId", rs.title AS "republishesTitle",
  ro.slug AS "originSlug", ro.name AS "originName", rv.slug AS "viaSlug", rv.name AS "viaName", s."republishedNote"
  FROM "Source" s LEFT JOIN "Actor" o ON o.id = s."outletId" LEFT JOIN "Source" rs ON rs.id = s."republishesSourceId"
  LEFT JOIN "Actor" ro ON ro.id = s."republishedOriginId" LEFT JOIN "Actor" rv ON rv.id = s."republishedViaId" WHERE s.id = $1`;
const SOURCE_CLAIMS_SQL = `SELECT ${ROW_COLUMNS}, c."quoteStart", c."quoteEnd", c."surfaceStart", c."surfaceEnd" FROM "Claim" c ${ROW_JOINS}
  WHERE c."sourceId" = $1 ORDER BY c."quoteStart" ASC, c.id ASC`;
const SOURCE_REVISIONS_SQL = `SELECT version, action, author, reason, "createdAt" FROM "Revision" WHERE "entityType" = 'source' AND "entityId" = $1
  ORDER BY version`;
const SEARCH_LIMIT = 10;
const S = `char(2), char(3)`;
const SQLITE_SEARCH = [
  `SELECT rowid AS id, snippet("ClaimSearch", 0, ${S}, '…', 24) AS marked FROM "ClaimSearch" WHERE "ClaimSearch" MATCH $1 ORDER BY rank LIMIT $2`,
  `SELECT rowid AS id, snippet("SourceSearch", 1, ${S}, '…', 24) AS marked FROM "SourceSearch" WHERE "SourceSearch" MATCH $1 ORDER BY rank LIMIT $2`,
  ...[1, 2, 3].map((kind) => `SELECT rowid / 4 AS id, highlight("NameSearch", 0, ${S}) AS marked FROM "NameSearch" WHERE "NameSearch" MATCH $1 AND rowid % 4 = ${kind} ORDER BY rank LIMIT $2`),
];
const pgRanked = (table: string, expr: string, marked: string) => `WITH q AS (SELECT plainto_tsquery('english', $1) AS q),
  hit AS (SELECT t.id FROM "${table}" t, q WHERE to_tsvector('english'::regconfig, ${expr}) @@ q.q
    ORDER BY ts_rank(to_tsvector('english'::regconfig, ${expr}), q.q) DESC, t.id DESC LIMIT $2)
  SELECT t.id, ts_headline('english', ${marked}, q.q, 'MaxWords=30, MinWords=16, MaxFragments=1') AS marked FROM hit JOIN "${table}" t ON t.id = hit.id, q`;
const POSTGRES_SEARCH = [
  pgRanked("Claim", `t."quoteExact"`, `t."quoteExact"`),
  pgRanked("Source", `coalesce(t."title", '') || ' ' || t."text"`, `t."text"`),
  pgRanked("Metric", `t."name" || ' ' || t."description"`, `t."name"`),
  pgRanked("Place", `t."name"`, `t."name"`),
  pgRanked("Actor", `t."name"`, `t."name"`),
];
const SEARCH_CLAIMS_SQL = (n: number) => `SELECT ${ROW_COLUMNS} FROM "Claim" c ${ROW_JOINS} WHERE c.id IN (${Array.from({ length: n }, (_, i) => `$${i + 1}`).join(", ")})`;

const groupRow = (g: Row) =>
  `<tr><td><a href="/groups/${escape(g.id)}">${escape(g.metricName)}</a> in ${escape(g.placeName)}</td><td>${escape(g.verdict)}</td><td>${escape(g.severity)}</td><td>${escape(g.claimCount)} figures, ${escape(g.originCount)} origins</td><td>${escape(day(g.periodStart))} – ${escape(day(g.periodEnd))}</td></tr>`;

async function homePage(query: Query): Promise<string> {
  const [topics, latest, [totals]] = await Promise.all([query(TOPICS_SQL, []), query(LATEST_SQL, []), query(TOTALS_SQL, [])]);
  return page(
    "Figure Ledger",
    `<p>${escape(totals?.claims)} claims from ${escape(totals?.sources)} sources</p>
<ul>${topics.map((t) => `<li><a href="/topics/${escape(t.slug)}">${escape(t.name)}</a> ${escape(t.claimCount)} claims, ${escape(t.metricCount)} metrics<p>${escape(t.description)}</p></li>`).join("")}</ul>
<table>${latest.map((r) => figure(claimRow(r))).join("")}</table>`,
  );
}

async function topicPage(query: Query, slug: string): Promise<string | null> {
  const [topic] = await query(TOPIC_SQL, [slug]);
  if (!topic) return null;
  const metrics = await query(TOPIC_METRICS_SQL, [topic.id]);
  return page(
    text(topic.name),
    `<h1>${escape(topic.name)}</h1><p>${escape(topic.description)}</p><p>${escape(topic.claimCount)} claims</p>
<ul>${metrics.map((m) => `<li><a href="/metrics/${escape(m.slug)}">${escape(m.name)}</a> (${escape(m.unit)}) ${escape(m.claimCount)} claims; ${escape(m.groupCount)} groups, ${escape(m.conflictCount)} in conflict; ${escape(m.verdict)}<p>${escape(m.description)}</p></li>`).join("")}</ul>`,
  );
}

async function groupPage(query: Query, id: number): Promise<string | null> {
  const [group] = await query(GROUP_SQL, [id]);
  if (!group) return null;
  const analysis = JSON.parse(text(group.analysis)) as { members?: Array<Record<string, unknown>>; explanation?: string[] };
  return page(
    `${text(group.metricName)} in ${text(group.placeName)}`,
    `<nav><a href="/topics/${escape(group.topicSlug)}">${escape(group.topicName)}</a> › <a href="/metrics/${escape(group.metricSlug)}">${escape(group.metricName)}</a></nav>
<h1>${escape(group.metricName)} in ${escape(group.placeName)}</h1><table>${groupRow(group)}</table>
<ul>${(analysis.explanation ?? []).map((e) => `<li>${escape(e)}</li>`).join("")}</ul>
<table>${(analysis.members ?? []).map((m) => `<tr><td><a href="/claims/${escape(m.claimId)}">${escape(m.label)}</a></td><td>${escape(m.place)}</td><td>${escape(m.role)}</td></tr>`).join("")}</table>`,
  );
}

async function conflictsPage(query: Query): Promise<string> {
  const [groups, [count]] = await Promise.all([query(CONFLICTS_SQL, []), query(CONFLICT_COUNT_SQL, [])]);
  const summaries = groups.slice(0, 10).map((g) => ({ g, summary: JSON.parse(text(g.summary)) as { explanation?: string[] } }));
  return page(
    "Conflicts",
    `<h1>Conflicts</h1><p>${escape(count?.n)} groups in conflict</p>
<table>${summaries.map(({ g, summary }) => groupRow(g) + `<tr><td colspan="5">${escape(summary.explanation?.[0])}</td></tr>`).join("")}</table>${groups.length > 10 ? `<a href="/conflicts?cursor=${escape(groups[9]!.id)}">Next</a>` : ""}`,
  );
}

async function sourcePage(query: Query, id: number): Promise<string | null> {
  const [source] = await query(SOURCE_SQL, [id]);
  if (!source) return null;
  const [claims, revisions] = await Promise.all([query(SOURCE_CLAIMS_SQL, [id]), query(SOURCE_REVISIONS_SQL, [id])]);
  return page(
    text(source.title ?? `Source #${id}`),
    `<h1>${escape(source.title)}</h1><p>${escape(source.outletName)} ${escape(day(source.publishedAt))} <a href="${escape(source.url)}">original</a> ${escape(source.republishesTitle)} ${escape(source.originName)} ${escape(source.viaName)}</p>
<article>${escape(source.text)}</article><table>${claims.map((r) => figure(claimRow(r))).join("")}</table>
<ol>${revisions.map((r) => `<li>v${escape(r.version)} ${escape(r.action)} by ${escape(r.author)} ${escape(new Date(r.createdAt as string).toISOString())} ${escape(r.reason)}</li>`).join("")}</ol>`,
  );
}

async function searchPage(query: Query, postgres: boolean, q: string): Promise<string> {
  const terms = searchTerms(q);
  if (terms.length === 0) return page("Search", "<p>Type a word.</p>");
  const [claims, sources, metrics, places, actors] = postgres
    ? await Promise.all(POSTGRES_SEARCH.map((sql) => query(sql, [tsQueryText(terms), SEARCH_LIMIT])))
    : await Promise.all(SQLITE_SEARCH.map((sql) => query(sql, [fts5Match(terms), SEARCH_LIMIT])));
  const ids = claims!.map((c) => Number(c.id));
  const rows = ids.length ? await query(SEARCH_CLAIMS_SQL(ids.length), ids) : [];
  const byId = new Map(rows.map((r) => [Number(r.id), claimRow(r)]));
  const list = (hits: Row[]) => `<ul>${hits.map((h) => `<li>${escape(stripMarks(text(h.marked)))}</li>`).join("")}</ul>`;
  return page(
    `Search: ${q}`,
    `<h1>${escape(q)}</h1><table>${claims!.flatMap((c) => (byId.has(Number(c.id)) ? [figure(byId.get(Number(c.id))!)] : [])).join("")}</table>
${list(sources!)}${list(metrics!)}${list(places!)}${list(actors!)}`,
  );
}

/** Serves the baseline's routes: the claim API and every reading page; anything else is a 404. */
export function baselineServer(query: Query, postgres = false): http.Server {
  return http.createServer((request, response) => {
    const send = (status: number, type: string, body: string) => {
      response.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body) });
      response.end(body);
    };
    const notFound = () => send(404, "application/json", JSON.stringify({ error: "There is no such claim." }));
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const api = /^\/api\/v1\/claims\/(\d+)$/.exec(url.pathname);
    const claim = /^\/claims\/(\d+)$/.exec(url.pathname);
    const metric = /^\/metrics\/([\w-]+)$/.exec(url.pathname);
    const topic = /^\/topics\/([\w-]+)$/.exec(url.pathname);
    const group = /^\/groups\/(\d+)$/.exec(url.pathname);
    const source = /^\/sources\/(\d+)$/.exec(url.pathname);
    const html = (body: string | null) => (body === null ? notFound() : send(200, "text/html; charset=utf-8", body));
    const answer = async () => {
      if (api || claim) {
        const found = await readClaim(query, Number((api ?? claim)![1]));
        if (!found) return notFound();
        return api ? send(200, "application/json", JSON.stringify(found)) : send(200, "text/html; charset=utf-8", claimPage(found));
      }
      if (metric) return html(await metricPage(query, metric[1]!));
      if (topic) return html(await topicPage(query, topic[1]!));
      if (group) return html(await groupPage(query, Number(group[1])));
      if (source) return html(await sourcePage(query, Number(source[1])));
      if (url.pathname === "/") return html(await homePage(query));
      if (url.pathname === "/conflicts") return html(await conflictsPage(query));
      if (url.pathname === "/search") return html(await searchPage(query, postgres, url.searchParams.get("q") ?? ""));
      notFound();
    };
    answer().catch((error: unknown) => send(500, "text/plain", String(error)));
  });
}

if (process.argv[1]?.endsWith("baseline.ts")) {
  const [port, url] = process.argv.slice(2);
  if (!port || !url) throw new Error("usage: baseline.ts <port> <database url>");
  const database = openDatabase(url);
  const server = baselineServer(database.query, database.postgres).listen(Number(port), "127.0.0.1");
  // RSS on request, so that the benchmark reads this process's memory as it reads the app's.
  process.on("SIGTERM", () => server.close(() => void database.close().then(() => process.exit(0))));
}
