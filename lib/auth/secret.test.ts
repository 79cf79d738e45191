import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";
import { defaultSecretFile, resolveAuthSecret } from "./secret";

describe("resolveAuthSecret", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-secret-"));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("uses BETTER_AUTH_SECRET when it is set, and writes nothing", () => {
    const file = path.join(dir, "data", "auth-secret");
    expect(resolveAuthSecret("x".repeat(40), file)).toBe("x".repeat(40));
    expect(fs.existsSync(file)).toBe(false);
  });

  it("generates a secret on first start, readable only by the owner, and keeps it", () => {
    const file = path.join(dir, "data", "auth-secret");
    const first = resolveAuthSecret(undefined, file);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(resolveAuthSecret(undefined, file)).toBe(first);
    expect(resolveAuthSecret(undefined, path.join(dir, "other"))).not.toBe(first);
  });

  it("reads a secret another instance wrote, ignoring surrounding whitespace", () => {
    const file = path.join(dir, "auth-secret");
    fs.writeFileSync(file, `  ${"s".repeat(48)}\n`);
    expect(resolveAuthSecret(undefined, file)).toBe("s".repeat(48));
  });

  it("refuses a file holding a short secret instead of replacing it", () => {
    const file = path.join(dir, "auth-secret");
    fs.writeFileSync(file, "short\n");
    expect(() => resolveAuthSecret(undefined, file)).toThrow(/shorter than 32 characters/);
    expect(fs.readFileSync(file, "utf8")).toBe("short\n");
  });

  it("lives in data/ under the project root", () => {
    expect(defaultSecretFile("/srv/app")).toBe("/srv/app/data/auth-secret");
  });
});

describe("the auth environment variables", () => {
  it("accepts a long secret and an http(s) address, and names a bad one", () => {
    const env = readEnv({ BETTER_AUTH_SECRET: "k".repeat(32), BETTER_AUTH_URL: "https://ledger.example.org" } as unknown as NodeJS.ProcessEnv);
    expect(env.BETTER_AUTH_URL).toBe("https://ledger.example.org");
    expect(() => readEnv({ BETTER_AUTH_SECRET: "too-short" } as unknown as NodeJS.ProcessEnv)).toThrow(/BETTER_AUTH_SECRET/);
    expect(() => readEnv({ BETTER_AUTH_URL: "ftp://ledger.example.org" } as unknown as NodeJS.ProcessEnv)).toThrow(/BETTER_AUTH_URL/);
  });
});
