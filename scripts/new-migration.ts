// Writes the next migration for both databases from the change between the schema at the last
// migration (prisma/migrations/schema.snapshot.prisma) and prisma/schema.prisma.
// `prisma migrate dev` cannot run with the JS schema engine, so migrations are diffed instead.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { POSTGRES_SCHEMA, SQLITE_SCHEMA, postgresSchemaFrom } from "./schema-pg";

const SNAPSHOT = path.join("prisma", "migrations", "schema.snapshot.prisma");
const DIRS = { sqlite: path.join("prisma", "migrations", "sqlite"), postgres: path.join("prisma", "migrations", "postgres") };

function diff(from: string | null, to: string): string {
  const args = ["prisma", "migrate", "diff", ...(from ? ["--from-schema-datamodel", from] : ["--from-empty"]), "--to-schema-datamodel", to, "--script"];
  return execFileSync("npx", args, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
}

function nextVersion(dir: string): string {
  const versions = fs.readdirSync(dir).map((f) => Number.parseInt(f, 10)).filter(Number.isFinite);
  return String(Math.max(0, ...versions) + 1).padStart(3, "0");
}

const name = (process.argv[2] ?? "").trim();
if (!/^[a-z0-9-]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <name>   (lower-case letters, digits and hyphens)");
  process.exit(2);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-migration-"));
const hasSnapshot = fs.existsSync(SNAPSHOT);
const current = fs.readFileSync(SQLITE_SCHEMA, "utf8");
fs.writeFileSync(POSTGRES_SCHEMA, postgresSchemaFrom(current));
let pgSnapshot: string | null = null;
if (hasSnapshot) {
  pgSnapshot = path.join(tmp, "snapshot.pg.prisma");
  fs.writeFileSync(pgSnapshot, postgresSchemaFrom(fs.readFileSync(SNAPSHOT, "utf8")));
}

const scripts = {
  sqlite: diff(hasSnapshot ? SNAPSHOT : null, SQLITE_SCHEMA),
  postgres: diff(pgSnapshot, POSTGRES_SCHEMA),
};
if (!/\b(CREATE|ALTER|DROP)\b/.test(scripts.sqlite)) {
  console.log("The schema has not changed since the last migration; nothing written.");
  process.exit(0);
}
for (const kind of ["sqlite", "postgres"] as const) {
  fs.mkdirSync(DIRS[kind], { recursive: true });
  const file = path.join(DIRS[kind], `${nextVersion(DIRS[kind])}.do.${name}.sql`);
  fs.writeFileSync(file, scripts[kind]);
  console.log(`wrote ${file}`);
}
fs.copyFileSync(SQLITE_SCHEMA, SNAPSHOT);
fs.rmSync(tmp, { recursive: true, force: true });
