// `npm run bench`: how long the agreement analysis takes to recompute one group (what a
// claim edit costs) and the whole ledger, at the seed size and with synthetic claims added.
// Prints medians and ratios against the seed-size figures measured in the same run.
//
//   npm run bench -- --claims 100000 --runs 5
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { rebuildAgreement, refreshAgreement } from "@/lib/agreement/refresh";
import type { Db } from "@/lib/db/client";
import { loadSeeds } from "@/lib/seed/load-seeds";
import { readSeeds } from "@/lib/seed/read-seeds";
import { addSyntheticClaims, random } from "@/lib/testing/synthetic-ledger";
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

async function measureOneGroup(db: Db, runs: number, rand: () => number): Promise<number[]> {
  const ids = (await db.claim.findMany({ select: { id: true }, where: { status: "active" } })).map((c) => c.id);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const id = ids[Math.floor(rand() * ids.length)]!;
    samples.push(await time(() => db.$transaction((tx) => refreshAgreement(tx, [id]), { timeout: 600_000 })));
  }
  return samples;
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
    const insert = await time(() => addSyntheticClaims(t.db, SYNTHETIC, rand));
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
