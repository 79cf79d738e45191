// `npm start`: migrate and seed the database, build the app when its sources are newer than the
// last build, then serve it on $PORT (3000 by default).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { currentTarget, db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { readEnv } from "@/lib/env";
import { loadSeeds } from "@/lib/seed/load-seeds";
import { readSeeds } from "@/lib/seed/read-seeds";
import { supervise } from "./supervise";

const BUILD_INPUTS = ["app", "components", "lib", "prisma/schema.prisma", "next.config.ts", "postcss.config.mjs", "package.json", "tsconfig.json"];
const IGNORED = new Set(["generated", "node_modules"]);

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of fs.readdirSync(entry)) {
    if (IGNORED.has(child) || child.endsWith(".test.ts")) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

export function buildIsStale(root = process.cwd()): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return BUILD_INPUTS.some((input) => newestMtime(path.join(root, input)) > built);
}

/** Brings the database to the current schema and loads the curated seeds (idempotent). */
export async function prepareDatabase(): Promise<void> {
  const migrated = await migrate(currentTarget());
  if (migrated.applied.length > 0) console.log(`Applied ${migrated.applied.length} migration(s).`);
  const report = await loadSeeds(db(), readSeeds());
  console.log(`Seeds: ${report.claims.created} claims added, ${report.claims.unchanged + report.claims.updated} already present.`);
}

/** Builds when needed, then runs the production server until it exits. */
export function serve(): void {
  const env = readEnv();
  const target = currentTarget();
  const nextBin = path.join("node_modules", ".bin", "next");
  const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  if (buildIsStale()) {
    console.log("Building the app (first start, or the code changed)…");
    const build = spawnSync(nextBin, ["build"], { stdio: "inherit", env: childEnv });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  console.log(`Figure Ledger on http://localhost:${env.PORT} (${target.kind === "sqlite" ? target.file : "PostgreSQL"})`);
  const server = spawn(nextBin, ["start", "-p", String(env.PORT)], { stdio: "inherit", env: childEnv });
  console.log(`next-server pid ${server.pid}`);
  // Exits non-zero when the server dies; passes SIGTERM/SIGINT on for a clean stop (scripts/supervise.ts).
  supervise(server);
}

export function exitOnError(error: unknown): never {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  prepareDatabase()
    .then(() => db().$disconnect())
    .then(serve)
    .catch(exitOnError);
}
