// Synthetic ledgers for the benchmarks (npm run bench, bench:pages, bench:lookup): deterministic, so
// that two runs measure the same ledger; and the quantile the benchmarks report.
import "server-only";
import crypto from "node:crypto";
import type { Db } from "@/lib/db/client";
import { rebuildSearchIndex } from "@/lib/db/search-index";

/** The value below which a share q of the samples fall (nearest rank): 0.5 the median, 0.95 the p95. */
export function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** A deterministic pseudo-random stream, so that two runs measure the same ledger. */
export function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Adds synthetic metrics (60, in one topic), places (40 regions × 10 countries × 5 provinces),
 * actors (300), sources (one per ten claims) and claims straight into the tables, for the
 * benchmarks. The claim counts shown on pages are set to match at the end.
 */
export async function addSyntheticClaims(db: Db, count: number, rand: () => number): Promise<void> {
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
  const sources = await db.source.findMany({ where: { title: { startsWith: "Synthetic source" } }, select: { id: true, publishedAt: true, outletId: true } });
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
        sourceOutletId: source.outletId,
        originActorId: pick(actors).id,
      };
    });
    await db.claim.createMany({ data: rows });
  }
  await recountClaims(db);
  await rebuildSearchIndex(db);
}

/** Sets the stored claim counts of metrics, topics and sources from the claims themselves. */
async function recountClaims(db: Db): Promise<void> {
  await db.$executeRawUnsafe(`UPDATE "Metric" SET "claimCount" = (SELECT count(*) FROM "Claim" WHERE "Claim"."metricId" = "Metric"."id")`);
  await db.$executeRawUnsafe(`UPDATE "Topic" SET "claimCount" = (SELECT coalesce(sum("claimCount"), 0) FROM "Metric" WHERE "Metric"."topicId" = "Topic"."id")`);
  await db.$executeRawUnsafe(`UPDATE "Source" SET "claimCount" = (SELECT count(*) FROM "Claim" WHERE "Claim"."sourceId" = "Source"."id")`);
  const sources = await db.source.count();
  await db.ledgerTotal.upsert({ where: { name: "sources" }, create: { name: "sources", value: sources }, update: { value: sources } });
}
