// `npm run db:restore -- <file>`: restores a backup made by `npm run db:backup` into the empty
// database DATABASE_URL names, migrates it to this version, and checks the ledger.
import { currentTarget, db } from "@/lib/db/client";
import { BackupError, restoreDatabase } from "@/lib/db/backup";
import { migrate } from "@/lib/db/migrate";
import { verifyLedger } from "@/lib/ledger/verify";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run db:restore -- <file>");
  process.exit(2);
}
try {
  const target = currentTarget();
  await restoreDatabase(target, file);
  const { applied } = await migrate(target);
  const result = await verifyLedger(db());
  await db().$disconnect();
  if (!result.ok) {
    console.error(`Restored, but the ledger does not verify: ${"first" in result ? result.first.detail : result.row.detail}.`);
    process.exit(1);
  }
  console.log(`Restored ${file}${applied.length ? `, then applied ${applied.join(", ")}` : ""}. Ledger intact: ${result.checked} revisions; head ${result.head}.`);
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exit(1);
}
