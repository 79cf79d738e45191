// `npm run db:backup -- <file>`: a consistent online backup of the database DATABASE_URL names,
// taken while the app keeps serving writes. Restore it with `npm run db:restore -- <file>`.
import { currentTarget } from "@/lib/db/client";
import { backupDatabase, BackupError } from "@/lib/db/backup";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run db:backup -- <file>");
  process.exit(2);
}
try {
  const started = Date.now();
  const { bytes } = await backupDatabase(currentTarget(), file);
  console.log(`Backed up to ${file} (${(bytes / 1024).toFixed(0)} KiB) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exit(1);
}
