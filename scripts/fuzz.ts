// `npm run fuzz`: sends generated requests (5,000 by default) across every route of a running
// production server, signed in as an editor and not, and fails when any answer is a 5xx, when
// anything in the ledger changed, or when the server's memory grew by more than 100 MB.
//   npm run fuzz -- [--port 3000] [--requests 5000] [--seed N]
// DATABASE_URL must name the server's database: the run creates a throw-away editor account in
// it and removes it at the end, and compares the ledger before and after.
import crypto from "node:crypto";
import { parseArgs } from "node:util";
import { createUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { ledgerFingerprint, runFuzz, serverRssMb, signInCookie, warmUp } from "@/lib/testing/fuzz";

const RSS_GROWTH_LIMIT_MB = 100;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { port: { type: "string", default: process.env.PORT ?? "3000" }, requests: { type: "string", default: "5000" }, seed: { type: "string" } } });
  const port = Number(values.port);
  const count = Number(values.requests);
  const seed = values.seed ? Number(values.seed) : crypto.randomInt(2 ** 31);
  if (!Number.isInteger(port) || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    console.error("Usage: npm run fuzz -- [--port 3000] [--requests 5000] [--seed N]");
    return 2;
  }
  const baseUrl = `http://localhost:${port}`;
  const email = `fuzz-${crypto.randomUUID().slice(0, 8)}@example.invalid`;
  const password = crypto.randomBytes(18).toString("base64url");
  const account = await createUser({ email, name: "Fuzz run", role: "editor", password });
  try {
    const cookie = await signInCookie(baseUrl, email, password);
    await warmUp(baseUrl, cookie);
    // A first pass lets the server reach its working size (code loaded, caches and heap grown);
    // memory is measured from there. Its answers are checked like the rest.
    const warm = await runFuzz({ baseUrl, count: Math.min(500, count), seed: seed + 1000, cookie });
    const before = await ledgerFingerprint(async (sql) => (await db().$queryRawUnsafe<unknown[]>(sql))[0]);
    const rssBefore = serverRssMb(port);
    console.log(`Fuzzing ${baseUrl} with ${count} requests (seed ${seed}); server RSS ${rssBefore.toFixed(0)} MB.`);
    const started = Date.now();
    const report = await runFuzz({ baseUrl, count, seed, cookie, onProgress: (n) => n % 1000 === 0 && console.log(`  ${n} requests…`) });
    const rssAfter = serverRssMb(port);
    const after = await ledgerFingerprint(async (sql) => (await db().$queryRawUnsafe<unknown[]>(sql))[0]);
    console.log(`Answers: ${JSON.stringify(report.statuses)} in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    console.log(`Server RSS ${rssBefore.toFixed(0)} MB → ${rssAfter.toFixed(0)} MB.`);
    let ok = true;
    report.failures.push(...warm.failures);
    for (const failure of report.failures.slice(0, 20)) console.error(`${failure.status}: ${failure.request.method} ${failure.request.path} ${JSON.stringify(failure.request.headers)} ${failure.request.body?.slice(0, 200) ?? ""}\n  ${failure.answer}`);
    if (report.failures.length > 0) {
      console.error(`${report.failures.length} requests failed (5xx or no answer); replay with --seed ${seed}.`);
      ok = false;
    }
    if (after !== before) {
      console.error(`The ledger changed:\n  before ${before}\n  after  ${after}`);
      ok = false;
    }
    if (rssAfter - rssBefore > RSS_GROWTH_LIMIT_MB) {
      console.error(`The server's memory grew by ${(rssAfter - rssBefore).toFixed(0)} MB (limit ${RSS_GROWTH_LIMIT_MB} MB).`);
      ok = false;
    }
    console.log(ok ? "Fuzz run passed." : "Fuzz run FAILED.");
    return ok ? 0 : 1;
  } finally {
    await db().user.delete({ where: { id: account.id } });
    await db().$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
