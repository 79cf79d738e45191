// `npm run ledger:verify`: checks the whole revision hash chain; exits 1 naming the first bad revision.
import { db } from "@/lib/db/client";
import { verifyLedger } from "@/lib/ledger/verify";

const result = await verifyLedger(db());
await db().$disconnect();
if (result.ok) {
  console.log(`Ledger intact: ${result.checked} revisions verified.`);
} else {
  console.error(`Ledger broken at revision ${result.first.id} (${result.first.problem}): ${result.first.detail}.`);
  console.error(`${result.checked} revisions before it verified.`);
  process.exit(1);
}
