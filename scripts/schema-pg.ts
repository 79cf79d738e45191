// Writes prisma/postgres/schema.prisma from prisma/schema.prisma, so one model serves both databases.
import fs from "node:fs";
import path from "node:path";

export const SQLITE_SCHEMA = path.join("prisma", "schema.prisma");
export const POSTGRES_SCHEMA = path.join("prisma", "postgres", "schema.prisma");

export function postgresSchemaFrom(sqliteSchema: string): string {
  const out = sqliteSchema
    .replace(/^\/\/ The ledger's data model[^\n]*\n\/\/[^\n]*\n/m, "// Generated from prisma/schema.prisma by `npm run db:schema:pg`. Do not edit.\n")
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output       = "../lib/generated/sqlite"', 'output       = "../../lib/generated/postgres"')
    .replace('url      = "file:../data/ledger.db"', 'url      = "postgresql://127.0.0.1:5432/postgres"');
  if (!out.includes('provider = "postgresql"') || !out.includes("lib/generated/postgres")) {
    throw new Error("prisma/schema.prisma no longer has the datasource and generator lines this script rewrites.");
  }
  return out;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const pg = postgresSchemaFrom(fs.readFileSync(SQLITE_SCHEMA, "utf8"));
  fs.mkdirSync(path.dirname(POSTGRES_SCHEMA), { recursive: true });
  fs.writeFileSync(POSTGRES_SCHEMA, pg);
  console.log(`wrote ${POSTGRES_SCHEMA}`);
}
