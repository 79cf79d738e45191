import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { POSTGRES_SCHEMA, SQLITE_SCHEMA, postgresSchemaFrom } from "./schema-pg";

describe("the database schemas", () => {
  const sqlite = fs.readFileSync(SQLITE_SCHEMA, "utf8");

  it("keeps the PostgreSQL schema generated from the SQLite one", () => {
    expect(fs.readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(postgresSchemaFrom(sqlite));
  });

  it("has a migration for every schema change (run npm run db:new-migration -- <name>)", () => {
    expect(fs.readFileSync("prisma/migrations/schema.snapshot.prisma", "utf8")).toBe(sqlite);
  });

  it("has the same migrations for both databases", () => {
    const versions = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith(".sql")).sort();
    expect(versions("prisma/migrations/postgres")).toEqual(versions("prisma/migrations/sqlite"));
  });

  it("refuses a schema whose datasource lines it cannot rewrite", () => {
    expect(() => postgresSchemaFrom(sqlite.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(/no longer has/);
  });
});
