// `npm run export -- [file.jsonl]`: the whole ledger of the database DATABASE_URL names, as the
// ledger file the import reads (the same as GET /api/v1/exports/ledger.jsonl), to the file or to
// standard output. Streamed: memory stays flat at a million claims.
import fs from "node:fs";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { db } from "@/lib/db/client";
import { exportLedger } from "@/lib/data/ledger-export";

const { positionals } = parseArgs({ allowPositionals: true });
const out = positionals[0] === undefined || positionals[0] === "-" ? process.stdout : fs.createWriteStream(positionals[0]);
let claims = 0;
for await (const line of exportLedger()) {
  if ("complete" in line) claims = line.claims;
  if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, "drain");
}
if (out !== process.stdout) {
  out.end();
  await once(out, "finish");
  console.error(`Exported ${claims} claims to ${positionals[0]}.`);
}
await db().$disconnect();
