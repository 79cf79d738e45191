// `npm run ledger:verify [-- --expect-head <hash>]`: checks the whole revision hash chain, that
// every claim and source equals its latest revision, and that a head noted earlier is still in the
// chain. Prints the head hash to note; exits 1 naming the first problem.
import { parseArgs } from "node:util";
import { db } from "@/lib/db/client";
import { verifyLedger } from "@/lib/ledger/verify";

const { values } = parseArgs({ options: { "expect-head": { type: "string" } } });
const result = await verifyLedger(db(), { expectHead: values["expect-head"] });
await db().$disconnect();
if (result.ok) {
  console.log(`Ledger intact: ${result.checked} revisions verified; ${result.rows} claims and sources match their latest revision.`);
  console.log(`Head: ${result.head}`);
} else if ("first" in result) {
  console.error(`Ledger broken at revision ${result.first.id} (${result.first.problem}): ${result.first.detail}.`);
  console.error(`${result.checked} revisions before it verified.`);
  process.exit(1);
} else {
  console.error(`Ledger broken (${result.row.problem}): ${result.row.detail}.`);
  console.error(`The chain of ${result.checked} revisions verifies; head ${result.head}.`);
  process.exit(1);
}
