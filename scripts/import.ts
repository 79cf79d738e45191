// `npm run import -- file.jsonl` (or `- < file.jsonl`, or the file piped in): imports a ledger file
// (as GET /api/v1/exports/ledger.jsonl writes it) into the database DATABASE_URL names, whole or
// not at all. Exit 0 with a summary; exit 1 with every bad row (line, field, why) and nothing changed.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { importLedger } from "@/lib/commands/import";
import { LedgerImportError } from "@/lib/commands/errors";
import { db } from "@/lib/db/client";
import { readLedgerFile } from "@/lib/import/read-ledger-file";
import type { ImportProblem } from "@/lib/schemas/ledger-file";

/** Revisions written by this command name it as their author, as the seed loader's say "seed". */
const CLI_AUTHOR = "import";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { author: { type: "string", default: CLI_AUTHOR } } });
const path = positionals[0];
if (positionals.length > 1 || (path === undefined && process.stdin.isTTY)) {
  console.error("Usage: npm run import -- <file.jsonl>   (or pipe the file in: npm run import < file.jsonl)");
  process.exit(2);
}

function report(problems: ImportProblem[]): never {
  console.error(`Nothing was imported: ${problems.length} problem(s).`);
  for (const p of problems) console.error(`  line ${p.line}${p.field ? `, ${p.field}` : ""}: ${p.message}`);
  process.exit(1);
}

const text = path === undefined || path === "-" ? fs.readFileSync(0, "utf8") : fs.readFileSync(path, "utf8");
const read = readLedgerFile(text);
if (!read.ok) report(read.problems);
try {
  let shown = "";
  const summary = await importLedger(db(), read.file, values.author!, (phase, done, total) => {
    const line = `${phase} ${Math.round((100 * done) / Math.max(1, total))}%`;
    if (line !== shown && process.stderr.isTTY) process.stderr.write(`\r${(shown = line).padEnd(24)}`);
  });
  if (process.stderr.isTTY) process.stderr.write("\r".padEnd(26) + "\r");
  console.log(
    `Imported ${summary.sources} sources, ${summary.claims} claims and ${summary.relations} relations in ${summary.seconds.toFixed(1)} s; ` +
      `${summary.groups} agreement groups recomputed; ${summary.keptIds ? "the file's ids were kept" : "rows got new ids (the ledger had some of the file's)"}.`,
  );
} catch (error) {
  if (error instanceof LedgerImportError) report(error.problems);
  throw error;
} finally {
  await db().$disconnect();
}
