// The large ledger of `npm run bench:find`: the seeds, then 1,000,000 synthetic claims written by
// the database itself (INSERT … SELECT over a generated series), so that it takes minutes rather
// than the hours one Prisma call per batch takes on a loaded machine. Kept between runs like the
// other benchmark ledgers: data/bench/<name>.db, or the database bench_<name> on the local PostgreSQL.
//
// Shape: 60 metrics in one topic; 40 regions × 10 countries × 5 provinces; 300 actors; a source per
// ten claims; mostly exact, approximate and at-least figures, 1% planned and 0.5% projected, 1.5%
// deprecated and 0.5% retracted; each claim a member of the group of its metric and region, the
// groups' verdicts spread over every verdict. The groups are written, not analysed: they give the
// verdict filter and its counts the sizes a real ledger has, and no group page reads them.
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { createDb, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import type { DatabaseTarget } from "@/lib/env";
import { rebuildSearchIndex } from "@/lib/db/search-index";
import { loadSeeds } from "@/lib/seed/load-seeds";
import { readSeeds } from "@/lib/seed/read-seeds";
import { benchLedgerPlace } from "./bench-ledgers";

/** Every verdict but "trend", which stays the seeds' own: a rare value among a million. */
const VERDICTS = ["consistent", "corroborated", "conflicting", "single", "unknown"];

/** The seeds and `count` synthetic claims, made unless a complete ledger of that name is there. */
export async function sqlLedger(name: string, count: number, options: { postgres: boolean; rebuild: boolean }): Promise<DatabaseTarget> {
  const { target, done, reset } = benchLedgerPlace(name, options);
  if (fs.existsSync(done) && !options.rebuild) {
    await migrate(target);
    return target;
  }
  await reset();
  fs.rmSync(done, { force: true });
  await migrate(target);
  const db = createDb(target);
  try {
    await loadSeeds(db, readSeeds());
    const started = performance.now();
    await addClaimsBySql(db, count, options.postgres);
    console.log(`  ${name}: ${count.toLocaleString("en")} synthetic claims written in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await db.$disconnect();
  }
  fs.writeFileSync(done, new Date().toISOString());
  return target;
}

async function addClaimsBySql(db: Db, count: number, postgres: boolean): Promise<void> {
  const run = (sql: string) => db.$executeRawUnsafe(sql);
  const sources = Math.max(1, Math.round(count / 10));
  // Dialect: a series 0..n-1, an enum literal, a time from a base plus seconds, a day from a year and a day of the year.
  const series = (n: number) => (postgres ? `generate_series(0, ${n - 1}) AS n(i)` : `(WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < ${n - 1}) SELECT i FROM s) AS n`);
  const enumOf = (type: string, sql: string) => (postgres ? `(${sql})::"${type}"` : sql);
  const instant = (seconds: string) => (postgres ? `(TIMESTAMP '2026-01-01 00:00:00' + (${seconds}) * INTERVAL '1 second')` : `strftime('%Y-%m-%dT%H:%M:%S.000+00:00', '2026-01-01', '+' || (${seconds}) || ' seconds')`);
  const day = (days: string) => (postgres ? `(DATE '2018-01-01' + (${days})::int)::timestamp` : `strftime('%Y-%m-%dT00:00:00.000+00:00', '2018-01-01', '+' || (${days}) || ' days')`);
  const text = (sql: string) => (postgres ? `(${sql})::text` : `CAST(${sql} AS TEXT)`);
  const decimal = (sql: string) => (postgres ? `(${sql})::numeric` : text(sql));
  const pad18 = (sql: string) => (postgres ? `lpad((${sql})::text, 18, '0')` : `printf('%018d', ${sql})`);
  // A deterministic scramble of i into 0..m-1, different for each salt.
  const hash = (salt: number, m: number) => `(((n.i + ${salt}) * 2654435761 + ${salt * 97}) % ${m})`;

  const topic = await db.topic.create({ data: { slug: "bench-topic", name: "Benchmark" } });
  const metrics = await db.metric.createManyAndReturn({
    data: Array.from({ length: 60 }, (_, i) => ({ slug: `bench-metric-${i}`, name: `Bench metric ${i}`, unit: "items", topicId: topic.id, kind: i % 2 ? ("stock" as const) : ("flow" as const) })),
    select: { id: true },
  });
  const places: Array<{ id: number; region: number }> = [];
  for (let r = 0; r < 40; r += 1) {
    const [region] = await db.place.createManyAndReturn({ data: [{ slug: `bench-r${r}`, name: `Region ${r}`, searchKey: `region ${r}`, kind: "region" }], select: { id: true } });
    const countries = await db.place.createManyAndReturn({
      data: Array.from({ length: 10 }, (_, c) => ({ slug: `bench-r${r}-c${c}`, name: `Country ${r}.${c}`, searchKey: `country ${r} ${c}`, kind: "country" as const })),
      select: { id: true, slug: true },
    });
    const provinces = await db.place.createManyAndReturn({
      data: Array.from({ length: 50 }, (_, k) => ({ slug: `bench-r${r}-c${Math.floor(k / 5)}-p${k % 5}`, name: `Province ${r}.${Math.floor(k / 5)}.${k % 5}`, searchKey: `province ${r} ${Math.floor(k / 5)} ${k % 5}`, kind: "province" as const })),
      select: { id: true },
    });
    const closure = [{ placeId: region!.id, ancestorId: region!.id, depth: 0 }];
    countries.forEach((c) => closure.push({ placeId: c.id, ancestorId: c.id, depth: 0 }, { placeId: c.id, ancestorId: region!.id, depth: 1 }));
    provinces.forEach((p, k) => {
      const country = countries[Math.floor(k / 5)]!;
      closure.push({ placeId: p.id, ancestorId: p.id, depth: 0 }, { placeId: p.id, ancestorId: country.id, depth: 1 }, { placeId: p.id, ancestorId: region!.id, depth: 2 });
    });
    await db.placeAncestor.createMany({ data: closure });
    for (const p of [region!, ...countries, ...provinces]) places.push({ id: p.id, region: r });
  }
  const actors = await db.actor.createManyAndReturn({
    data: Array.from({ length: 300 }, (_, i) => ({ slug: `bench-actor-${i}`, name: `Actor ${i}`, searchKey: `actor ${i}`, kind: i % 5 ? ("news_outlet" as const) : ("military" as const) })),
    select: { id: true },
  });

  // Lookup tables by index, so that the generated rows pick ids by arithmetic (plain tables, dropped
  // at the end: a temporary one would stay on one connection of PostgreSQL's pool).
  for (const table of ["bench_metric", "bench_place", "bench_actor"]) await run(`DROP TABLE IF EXISTS ${table}`);
  await run(`CREATE TABLE bench_metric (idx INTEGER PRIMARY KEY, id INTEGER NOT NULL)`);
  await run(`CREATE TABLE bench_place (idx INTEGER PRIMARY KEY, id INTEGER NOT NULL, region INTEGER NOT NULL)`);
  await run(`CREATE TABLE bench_actor (idx INTEGER PRIMARY KEY, id INTEGER NOT NULL)`);
  await run(`INSERT INTO bench_metric (idx, id) VALUES ${metrics.map((m, i) => `(${i}, ${m.id})`).join(", ")}`);
  await run(`INSERT INTO bench_place (idx, id, region) VALUES ${places.map((p, i) => `(${i}, ${p.id}, ${p.region})`).join(", ")}`);
  await run(`INSERT INTO bench_actor (idx, id) VALUES ${actors.map((a, i) => `(${i}, ${a.id})`).join(", ")}`);

  const firstSource = ((await db.source.aggregate({ _max: { id: true } }))._max.id ?? 0) + 1;
  const sourceText = "Synthetic report. The figure stated here is 1234 people, according to the agency.";
  await run(`
    INSERT INTO "Source" ("id", "title", "outletId", "text", "excerpt", "contentHash", "retrievedAt", "publishedAt", "claimCount", "createdAt")
    SELECT ${firstSource} + n.i, 'Synthetic source ' || n.i, a.id, '${sourceText} #' || n.i, '${sourceText}', 'sha256:bench-' || n.i,
      ${instant("0")}, ${day(hash(1, 2900))}, 10, ${instant("n.i")}
    FROM ${series(sources)} JOIN bench_actor a ON a.idx = ${hash(2, 300)}`);

  // The claims' and members' indexes are dropped while the rows go in and made again after: one
  // sort per index instead of a million random insertions into each.
  const indexes = await secondaryIndexes(db, ["Claim", "AgreementMember"], postgres);
  for (const index of indexes) await run(`DROP INDEX "${index.name}"`);
  if (!postgres) await run(`PRAGMA synchronous = OFF`);

  const firstClaim = ((await db.claim.aggregate({ _max: { id: true } }))._max.id ?? 0) + 1;
  const quote = "The figure stated here is 1234 people";
  const best = `(10 + ${hash(3, 5000)})`;
  const qualifier = `CASE ${hash(4, 4)} WHEN 0 THEN 'exact' WHEN 1 THEN 'exact' WHEN 2 THEN 'approximately' ELSE 'at_least' END`;
  const modality = `CASE WHEN ${hash(5, 1000)} < 10 THEN 'planned' WHEN ${hash(5, 1000)} < 15 THEN 'projected' ELSE 'observed' END`;
  const status = `CASE WHEN ${hash(6, 1000)} < 15 THEN 'deprecated' WHEN ${hash(6, 1000)} < 20 THEN 'retracted' ELSE 'active' END`;
  const month = hash(7, 96); // months since 2018-01
  const dated = `${hash(8, 100)} >= 15`;
  const periodStart = postgres ? `(DATE '2018-01-01' + (${month}) * INTERVAL '1 month')::timestamp` : `strftime('%Y-%m-%dT00:00:00.000+00:00', '2018-01-01', '+' || (${month}) || ' months')`;
  const periodEnd = postgres ? `(DATE '2018-01-01' + (${month} + 1) * INTERVAL '1 month' - INTERVAL '1 day')::timestamp` : `strftime('%Y-%m-%dT00:00:00.000+00:00', '2018-01-01', '+' || (${month} + 1) || ' months', '-1 days')`;
  // In slices, so that one statement's undo stays small on both databases.
  const SLICE = 100_000;
  for (let start = 0; start < count; start += SLICE) {
    const n = Math.min(SLICE, count - start);
    await run(`
      INSERT INTO "Claim" ("id", "sourceId", "metricId", "placeId", "qualifier", "valueLow", "valueBest", "valueHigh", "sortValue", "surface", "modality", "status",
        "periodStart", "periodEnd", "quoteExact", "quotePrefix", "quoteSuffix", "quoteStart", "quoteEnd", "sourcePublishedAt", "sourceOutletId", "originActorId", "createdAt", "updatedAt")
      SELECT ${firstClaim + start} + n.i, s."id", m.id, p.id, ${enumOf("Qualifier", qualifier)},
        CASE WHEN ${hash(4, 4)} IN (0, 1, 3) THEN ${decimal(best)} END,
        CASE WHEN ${hash(4, 4)} <> 3 THEN ${decimal(best)} END,
        CASE WHEN ${hash(4, 4)} IN (0, 1) THEN ${decimal(best)} END,
        '1' || ${pad18(best)} || '000000000000', '1234', ${enumOf("Modality", modality)}, ${enumOf("ClaimStatus", status)},
        CASE WHEN ${dated} THEN ${periodStart} END, CASE WHEN ${dated} THEN ${periodEnd} END,
        '${quote}', 'Synthetic report. ', ', according to the agency.', 18, ${18 + quote.length},
        s."publishedAt", s."outletId", o.id, ${instant(`${start} + n.i`)}, ${instant(`${start} + n.i`)}
      FROM (SELECT i + ${start} AS i FROM ${series(n)}) AS n
      JOIN "Source" s ON s."id" = ${firstSource} + ${hash(9, sources)}
      JOIN bench_metric m ON m.idx = ${hash(10, 60)}
      JOIN bench_place p ON p.idx = ${hash(11, places.length)}
      JOIN bench_actor o ON o.idx = ${hash(12, 300)}`);
  }

  // One group per metric and region, its verdict by turns; every synthetic claim a member of its group.
  await run(`
    INSERT INTO "AgreementGroup" ("key", "metricId", "verdict", "severity", "claimCount", "originCount", "placeId", "analysis", "summary", "computedAt")
    SELECT 'bench:' || m.id || ':' || p.region, m.id, ${enumOf("Verdict", `CASE (m.idx + p.region) % ${VERDICTS.length} ${VERDICTS.map((v, i) => `WHEN ${i} THEN '${v}'`).join(" ")} END`)},
      0, 0, 0, p.id, '{}', '{}', ${instant("0")}
    FROM bench_metric m CROSS JOIN (SELECT region, min(id) AS id FROM bench_place GROUP BY region) p`);
  await run(`
    INSERT INTO "AgreementMember" ("groupId", "claimId")
    SELECT g."id", c."id" FROM "Claim" c
    JOIN bench_place p ON p.id = c."placeId"
    JOIN "AgreementGroup" g ON g."key" = 'bench:' || c."metricId" || ':' || p.region
    WHERE c."id" >= ${firstClaim}`);
  for (const index of indexes) await run(index.sql);
  await run(`UPDATE "AgreementGroup" SET "claimCount" = (SELECT count(*) FROM "AgreementMember" WHERE "AgreementMember"."groupId" = "AgreementGroup"."id") WHERE "key" LIKE 'bench:%'`);

  await run(`UPDATE "Metric" SET "claimCount" = (SELECT count(*) FROM "Claim" WHERE "Claim"."metricId" = "Metric"."id")`);
  await run(`UPDATE "Topic" SET "claimCount" = (SELECT coalesce(sum("claimCount"), 0) FROM "Metric" WHERE "Metric"."topicId" = "Topic"."id")`);
  for (const table of ["bench_metric", "bench_place", "bench_actor"]) await run(`DROP TABLE ${table}`);
  const total = await db.source.count();
  await db.ledgerTotal.upsert({ where: { name: "sources" }, create: { name: "sources", value: total }, update: { value: total } });
  if (postgres) {
    // The ids were given, not drawn: move the sequences past them.
    for (const table of ["Source", "Claim"]) await run(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT max("id") FROM "${table}"))`);
    await run(`ANALYZE`);
  } else {
    await rebuildSearchIndex(db);
    await run(`ANALYZE`);
  }
}

/** The indexes of these tables other than their primary keys, with the SQL that makes each. */
async function secondaryIndexes(db: Db, tables: string[], postgres: boolean): Promise<Array<{ name: string; sql: string }>> {
  const list = tables.map((t) => `'${t}'`).join(", ");
  if (postgres) {
    const rows = await db.$queryRawUnsafe<Array<{ name: string; sql: string }>>(
      `SELECT indexname::text AS name, indexdef AS sql FROM pg_indexes WHERE schemaname = 'public' AND tablename IN (${list}) AND indexname NOT LIKE '%_pkey'`,
    );
    return rows;
  }
  return db.$queryRawUnsafe<Array<{ name: string; sql: string }>>(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN (${list}) AND sql IS NOT NULL`);
}
