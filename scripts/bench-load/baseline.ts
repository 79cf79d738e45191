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

type Row = Record<string, unknown>;
type Query = (sql: string, params: unknown[]) => Promise<Row[]>;

/** One query function over either database; the SQL is written with $n placeholders. */
export function openDatabase(url: string): { query: Query; close: () => Promise<void> } {
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
    };
  }
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  return { query: async (sql, params) => (await pool.query(sql, params)).rows as Row[], close: () => pool.end() };
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

/** Serves the baseline's routes: the claim API, the claim page, the metric page; anything else is a 404. */
export function baselineServer(query: Query): http.Server {
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
    const answer = async () => {
      if (api || claim) {
        const found = await readClaim(query, Number((api ?? claim)![1]));
        if (!found) return notFound();
        return api ? send(200, "application/json", JSON.stringify(found)) : send(200, "text/html; charset=utf-8", claimPage(found));
      }
      if (metric) {
        const html = await metricPage(query, metric[1]!);
        return html ? send(200, "text/html; charset=utf-8", html) : notFound();
      }
      notFound();
    };
    answer().catch((error: unknown) => send(500, "text/plain", String(error)));
  });
}

if (process.argv[1]?.endsWith("baseline.ts")) {
  const [port, url] = process.argv.slice(2);
  if (!port || !url) throw new Error("usage: baseline.ts <port> <database url>");
  const database = openDatabase(url);
  const server = baselineServer(database.query).listen(Number(port), "127.0.0.1");
  // RSS on request, so that the benchmark reads this process's memory as it reads the app's.
  process.on("SIGTERM", () => server.close(() => void database.close().then(() => process.exit(0))));
}
