import { describe, expect, it } from "vitest";
import { databaseTarget, readEnv } from "./env";

describe("readEnv", () => {
  it("defaults the port and leaves the database to the default file", () => {
    const env = readEnv({ NODE_ENV: "test" } as NodeJS.ProcessEnv);
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("names the bad variable", () => {
    expect(() => readEnv({ DATABASE_URL: "mysql://x" } as unknown as NodeJS.ProcessEnv)).toThrow(/DATABASE_URL/);
    expect(() => readEnv({ PORT: "70000" } as unknown as NodeJS.ProcessEnv)).toThrow(/PORT/);
  });
});

describe("databaseTarget", () => {
  it("resolves SQLite paths against the project root", () => {
    expect(databaseTarget(undefined, "/srv/app")).toEqual({
      kind: "sqlite",
      url: "file:/srv/app/data/ledger.db",
      file: "/srv/app/data/ledger.db",
    });
    expect(databaseTarget("file:data/x.db", "/srv/app")).toMatchObject({ file: "/srv/app/data/x.db" });
    expect(databaseTarget("file:/tmp/y.db", "/srv/app")).toMatchObject({ file: "/tmp/y.db" });
  });

  it("recognises PostgreSQL", () => {
    expect(databaseTarget("postgresql://127.0.0.1:5432/test").kind).toBe("postgres");
    expect(databaseTarget("postgres://127.0.0.1/test").kind).toBe("postgres");
  });
});
