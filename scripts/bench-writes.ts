// `npm run bench:writes`: what serializing the ledger's writes costs. Retracts and restores
// distinct claims (writes that share no row) one at a time and 8 at a time, on SQLite and on
// PostgreSQL, and prints each write's median and 95th-percentile time and the writes per second,
// with the 8-at-a-time figures as a ratio of the one-at-a-time ones measured in the same run.
//
//   npm run bench:writes -- --writes 200 [--sqlite-only]
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import type { CurrentUser } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { addClaim, addSource, setClaimStatus } from "@/lib/commands/commands";
import { claimInputSchema, sourceInputSchema } from "@/lib/schemas/claim-input";
import { quantile } from "@/lib/testing/synthetic-ledger";
import { createPostgresTestDb, createSqliteTestDb, type TestDb } from "@/lib/testing/test-db";

const { values: args } = parseArgs({ options: { writes: { type: "string", default: "200" }, "sqlite-only": { type: "boolean", default: false } } });
const WRITES = Number(args.writes);
const CLAIMS = 40;
const editor: CurrentUser = { id: "bench", email: "bench@example.test", name: "Bench", role: "editor" };
const QUOTE = "Officials said 40 fighters were captured in Raqqa in March 2024.";

async function prepare(db: Db): Promise<number[]> {
  const topic = await db.topic.create({ data: { slug: "conflict", name: "Conflict" } });
  await db.metric.create({ data: { slug: "fighters", name: "Fighters", unit: "people", topicId: topic.id } });
  const place = await db.place.create({ data: { slug: "raqqa", name: "Raqqa", kind: "city", searchKey: "raqqa" } });
  await db.placeAncestor.create({ data: { placeId: place.id, ancestorId: place.id, depth: 0 } });
  const { id: sourceId } = await addSource(db, sourceInputSchema.parse({ title: "Raqqa", text: QUOTE, publishedAt: "2024-04-02" }), editor);
  const ids: number[] = [];
  for (let i = 0; i < CLAIMS; i += 1) {
    const input = claimInputSchema.parse({ sourceId, metric: "fighters", place: "raqqa", qualifier: "exact", best: String(40 + i), surface: "40", quote: QUOTE });
    ids.push((await addClaim(db, input, editor)).id);
  }
  return ids;
}

async function run(db: Db, ids: number[], concurrency: number) {
  const versions = new Map<number, { version: number; status: "active" | "retracted" }>();
  for (const c of await db.claim.findMany({ where: { id: { in: ids } }, select: { id: true, version: true, status: true } })) {
    versions.set(c.id, { version: c.version, status: c.status === "active" ? "active" : "retracted" });
  }
  const samples: number[] = [];
  let next = 0;
  const started = performance.now();
  // Each worker owns its own claims, so no write waits on another's row: only the ledger's lock orders them.
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      const mine = ids.filter((_, i) => i % concurrency === worker);
      for (let k = 0; next < WRITES; k += 1) {
        next += 1;
        const id = mine[k % mine.length]!;
        const state = versions.get(id)!;
        const status = state.status === "active" ? "retracted" : "active";
        const t0 = performance.now();
        const result = await setClaimStatus(db, id, { status, reason: "benchmark toggle", expectedVersion: state.version }, editor);
        samples.push(performance.now() - t0);
        versions.set(id, { version: result.version, status });
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { median: quantile(samples, 0.5), p95: quantile(samples, 0.95), perSecond: samples.length / seconds };
}

const kinds: Array<[string, () => Promise<TestDb>]> = [["SQLite", () => createSqliteTestDb()]];
if (!args["sqlite-only"]) kinds.push(["PostgreSQL", () => createPostgresTestDb()]);
for (const [name, create] of kinds) {
  const t = await create();
  try {
    const ids = await prepare(t.db);
    await run(t.db, ids, 1); // warm-up
    const one = await run(t.db, ids, 1);
    const eight = await run(t.db, ids, 8);
    const f = (n: number) => n.toFixed(1);
    console.log(`${name}: ${WRITES} writes`);
    console.log(`  1 at a time: median ${f(one.median)} ms, p95 ${f(one.p95)} ms, ${f(one.perSecond)} writes/s`);
    console.log(`  8 at a time: median ${f(eight.median)} ms, p95 ${f(eight.p95)} ms, ${f(eight.perSecond)} writes/s (×${(eight.perSecond / one.perSecond).toFixed(2)} the throughput)`);
  } finally {
    await t.drop();
  }
}
