import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Everything that writes starts with `import "server-only"`, so that no client bundle can ever
// reach the write path: a client component that imported one would fail the build.

const ROOT = path.resolve(__dirname, "../..");

function libFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : libFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** A Prisma write on a model (tx.claim.update(…)), a transaction, or SQL that changes rows. */
const WRITES = [
  /\b(?:tx|db|db\(\)|client|prisma)\s*\.\s*\w+\s*\.\s*(?:create|createMany|createManyAndReturn|update|updateMany|upsert|delete|deleteMany)\s*\(/,
  /\.\$transaction\s*\(/,
  /\b(?:UPDATE\s+"|INSERT\s+INTO|DELETE\s+FROM)/,
  /\bbetterAuth\s*\(/,
];
export const writes = (text: string) => WRITES.some((pattern) => pattern.test(text));
const guarded = (text: string) => /^import "server-only";$/m.test(text);

describe('import "server-only"', () => {
  const files = libFiles(path.join(ROOT, "lib")).map((file) => ({ file: path.relative(ROOT, file), text: fs.readFileSync(file, "utf8") }));

  it("starts every module of lib/ that writes", () => {
    const writers = files.filter((f) => writes(f.text));
    expect(writers.map((f) => f.file)).toEqual(expect.arrayContaining(["lib/ledger/claims.ts", "lib/commands/commands.ts", "lib/agreement/refresh.ts", "lib/db/migrate.ts"]));
    expect(writers.filter((f) => !guarded(f.text)).map((f) => f.file)).toEqual([]);
  });

  it("leaves the writing of rows to lib/ledger: the commands validate and open the transaction", () => {
    const commands = files.filter((f) => f.file.startsWith("lib/commands/"));
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.filter((f) => WRITES[0]!.test(f.text)).map((f) => f.file)).toEqual([]);
  });

  it("recognises a write, and not a read", () => {
    expect(writes("await tx.claim.update({ where: { id } })")).toBe(true);
    expect(writes("await db().user.deleteMany({})")).toBe(true);
    expect(writes("return db.$transaction(async (tx) => 1)")).toBe(true);
    expect(writes("await db().claim.findMany({ where: { id } })")).toBe(false);
    expect(writes("hash.update(text)")).toBe(false);
  });
});
