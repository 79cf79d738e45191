// The ledgers the page benchmarks measure (npm run bench:pages, bench:load): the seeds alone, and the
// seeds with synthetic claims added. They are kept between runs, since the large one takes minutes
// to make: SQLite files in data/bench/, or databases named bench_<name> on the local PostgreSQL server.
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { rebuildAgreement } from "@/lib/agreement/refresh";
import { createDb } from "@/lib/db/client";
import { deleteSqliteFiles, migrate } from "@/lib/db/migrate";
import type { DatabaseTarget } from "@/lib/env";
import { loadSeeds } from "@/lib/seed/load-seeds";
import { readSeeds } from "@/lib/seed/read-seeds";
import { addSyntheticClaims, random } from "@/lib/testing/synthetic-ledger";
import { adminQuery, POSTGRES_ADMIN_URL } from "@/lib/testing/test-db";

export type LedgerOptions = { postgres: boolean; rebuild: boolean };

const DIR = path.join(process.cwd(), "data", "bench");
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Where a bench ledger lives (a file in data/bench, or a database on the local server), and how to start it afresh. */
export function benchLedgerPlace(name: string, options: LedgerOptions): { target: DatabaseTarget; done: string; reset: () => Promise<void> } {
  fs.mkdirSync(DIR, { recursive: true });
  if (!options.postgres) {
    const file = path.join(DIR, `${name}.db`);
    return { target: { kind: "sqlite", url: `file:${file}`, file }, done: `${file}.complete`, reset: async () => deleteSqliteFiles(file) };
  }
  // BENCH_DATABASE_PREFIX keeps the ledgers of two checkouts on one PostgreSQL server apart.
  const database = `${process.env.BENCH_DATABASE_PREFIX ?? "bench"}_${name.replace(/\W/g, "_")}`;
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${database}`;
  return {
    target: { kind: "postgres", url: url.toString() },
    done: path.join(DIR, `${database}.postgres.complete`),
    reset: async () => {
      await adminQuery(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await adminQuery(`CREATE DATABASE "${database}"`);
    },
  };
}

/** A ledger with the seeds and `synthetic` claims, made unless a complete one is there. */
export async function ledger(name: string, synthetic: number, options: LedgerOptions): Promise<DatabaseTarget> {
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
    if (synthetic > 0) {
      let started = performance.now();
      await addSyntheticClaims(db, synthetic, random(7));
      console.log(`  ${name}: ${synthetic.toLocaleString("en")} synthetic claims added in ${seconds(performance.now() - started)}`);
      started = performance.now();
      await rebuildAgreement(db);
      console.log(`  ${name}: agreement verdicts computed in ${seconds(performance.now() - started)}`);
    }
  } finally {
    await db.$disconnect();
  }
  fs.writeFileSync(done, new Date().toISOString());
  return target;
}
