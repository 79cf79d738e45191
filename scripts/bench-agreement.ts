// `npm run bench`: how long the agreement analysis takes to recompute one group (what a
// claim edit costs) and the whole ledger, at the seed size and with synthetic claims added.
// Prints medians and ratios against the seed-size figures measured in the same run.
//
//   npm run bench -- --claims 100000 --runs 5
import crypto from "node:crypto";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { rebuildAgreement, refreshAgreement } from "@/lib/agreement/refresh";
import type { Db } from "@/lib/db/client";
import { loadSeeds } from "@/lib/seed/load-seeds";
import { readSeeds } from "@/lib/seed/read-seeds";
import { createSqliteTestDb } from "@/lib/testing/test-db";

const { values: args } = parseArgs({
  options: { claims: { type: "string", default: "100000" }, runs: { type: "string", default: "5" }, seed: { type: "string", default: "7" } },
});
const SYNTHETIC = Number(args.claims);
const RUNS = Number(args.runs);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** A deterministic pseudo-random stream, so that two runs measure the same ledger. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function measureOneGroup(db: Db, runs: number, rand: () => number): Promise<number[]> {
  const ids = (await db.claim.findMany({ select: { id: true }, where: { status: "active" } })).map((c) => c.id);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const id = ids[Math.floor(rand() * ids.length)]!;
    samples.push(await time(() => db.$transaction((tx) => refreshAgreement(tx, [id]), { timeout: 600_000 })));
  }
  return samples;
}

/** Adds synthetic metrics, places, actors, sources and claims straight into the tables. */
async function addSynthetic(db: Db, count: number, rand: () => number) {
  const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const topic = await db.topic.create({ data: { slug: "bench-topic", name: "Benchmark" } });
  const metrics = await Promise.all(
    Array.from({ length: 60 }, (_, i) =>
      db.metric.create({ data: { slug: `bench-metric-${i}`, name: `Bench metric ${i}`, unit: "items", topicId: topic.id, kind: i % 2 ? "stock" : "flow" } }),
    ),
  );
  // Places: 40 regions, each with 10 countries, each with 5 provinces.
  const places: Array<{ id: number; ancestors: number[] }> = [];
  for (let r = 0; r < 40; r += 1) {
    const region = await db.place.create({ data: { slug: `bench-r${r}`, name: `Region ${r}`, searchKey: `region ${r}`, kind: "region" } });
    await db.placeAncestor.create({ data: { placeId: region.id, ancestorId: region.id, depth: 0 } });
    places.push({ id: region.id, ancestors: [region.id] });
    for (let c = 0; c < 10; c += 1) {
      const country = await db.place.create({ data: { slug: `bench-r${r}-c${c}`, name: `Country ${r}.${c}`, searchKey: `country ${r} ${c}`, kind: "country" } });
      await db.placeAncestor.createMany({
        data: [
          { placeId: country.id, ancestorId: country.id, depth: 0 },
          { placeId: country.id, ancestorId: region.id, depth: 1 },
        ],
      });
      places.push({ id: country.id, ancestors: [country.id, region.id] });
      for (let p = 0; p < 5; p += 1) {
        const province = await db.place.create({ data: { slug: `bench-r${r}-c${c}-p${p}`, name: `Province ${r}.${c}.${p}`, searchKey: `province ${r} ${c} ${p}`, kind: "province" } });
        await db.placeAncestor.createMany({
          data: [
            { placeId: province.id, ancestorId: province.id, depth: 0 },
            { placeId: province.id, ancestorId: country.id, depth: 1 },
            { placeId: province.id, ancestorId: region.id, depth: 2 },
          ],
        });
        places.push({ id: province.id, ancestors: [province.id, country.id, region.id] });
      }
    }
  }
  const actors = await Promise.all(
    Array.from({ length: 300 }, (_, i) => db.actor.create({ data: { slug: `bench-actor-${i}`, name: `Actor ${i}`, searchKey: `actor ${i}`, kind: i % 5 ? "news_outlet" : "military" } })),
  );
  const sourceCount = Math.max(1, Math.round(count / 10));
  const text = "Synthetic report. The figure stated here is 1234 people, according to the agency.";
  for (let start = 0; start < sourceCount; start += 2_000) {
    const n = Math.min(2_000, sourceCount - start);
    await db.source.createMany({
      data: Array.from({ length: n }, (_, i) => ({
        title: `Synthetic source ${start + i}`,
        outletId: pick(actors).id,
        text: `${text} #${start + i}`,
        excerpt: text,
        contentHash: `sha256:${crypto.createHash("sha256").update(`bench-${start + i}`).digest("hex")}`,
        retrievedAt: new Date("2026-11-21T00:00:00Z"),
        publishedAt: new Date(Date.UTC(2018 + Math.floor(rand() * 8), Math.floor(rand() * 12), 1 + Math.floor(rand() * 28))),
        claimCount: 10,
      })),
    });
  }
  const sources = await db.source.findMany({ where: { title: { startsWith: "Synthetic source" } }, select: { id: true, publishedAt: true } });
  const quote = "The figure stated here is 1234 people";
  for (let start = 0; start < count; start += 2_000) {
    const n = Math.min(2_000, count - start);
    const rows = Array.from({ length: n }, () => {
      const source = pick(sources);
      const metric = pick(metrics);
      const best = Math.round(10 + rand() * 5_000);
      const qualifier = pick(["exact", "exact", "approximately", "at_least"] as const);
      const year = 2018 + Math.floor(rand() * 8);
      const month = Math.floor(rand() * 12);
      const dated = rand() > 0.15;
      return {
        sourceId: source.id,
        metricId: metric.id,
        placeId: pick(places).id,
        qualifier,
        valueLow: qualifier === "at_least" || qualifier === "exact" ? String(best) : null,
        valueBest: qualifier === "at_least" ? null : String(best),
        valueHigh: qualifier === "exact" ? String(best) : null,
        sortValue: String(best),
        surface: "1234",
        periodStart: dated ? new Date(Date.UTC(year, month, 1)) : null,
        periodEnd: dated ? new Date(Date.UTC(year, month + 1, 0)) : null,
        quoteExact: quote,
        quotePrefix: "Synthetic report. ",
        quoteSuffix: ", according to the agency.",
        quoteStart: 18,
        quoteEnd: 18 + quote.length,
        sourcePublishedAt: source.publishedAt,
        originActorId: pick(actors).id,
      };
    });
    await db.claim.createMany({ data: rows });
  }
}

async function main() {
  const rand = random(Number(args.seed));
  const t = await createSqliteTestDb();
  try {
    await loadSeeds(t.db, readSeeds());
    const seedClaims = await t.db.claim.count();
    const seedWhole = [];
    for (let i = 0; i < RUNS; i += 1) seedWhole.push(await time(() => rebuildAgreement(t.db)));
    const seedOne = await measureOneGroup(t.db, Math.max(RUNS, 20), rand);

    console.log(`Adding ${SYNTHETIC.toLocaleString("en-US")} synthetic claims…`);
    const insert = await time(() => addSynthetic(t.db, SYNTHETIC, rand));
    const total = await t.db.claim.count();
    const bigWhole = [];
    for (let i = 0; i < Math.min(RUNS, 3); i += 1) bigWhole.push(await time(() => rebuildAgreement(t.db)));
    const groups = await t.db.agreementGroup.count();
    const bigOne = await measureOneGroup(t.db, Math.max(RUNS, 20), rand);

    const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
    console.log(`\nAgreement analysis on SQLite (${t.target.kind}), medians of the runs shown`);
    console.table([
      { ledger: `seeds (${seedClaims} claims)`, "one group": fmt(median(seedOne)), "whole ledger": fmt(median(seedWhole)), runs: `${seedOne.length} / ${seedWhole.length}` },
      { ledger: `seeds + synthetic (${total.toLocaleString("en-US")} claims, ${groups.toLocaleString("en-US")} groups)`, "one group": fmt(median(bigOne)), "whole ledger": fmt(median(bigWhole)), runs: `${bigOne.length} / ${bigWhole.length}` },
    ]);
    console.log(`one group at ${total.toLocaleString("en-US")} claims vs at the seed size: ${(median(bigOne) / median(seedOne)).toFixed(2)}×`);
    console.log(`whole ledger vs one group at ${total.toLocaleString("en-US")} claims: ${(median(bigWhole) / median(bigOne)).toFixed(0)}×`);
    console.log(`(synthetic rows inserted in ${fmt(insert)})`);
  } finally {
    await t.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
