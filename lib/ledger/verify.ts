import type { Db } from "@/lib/db/client";
import { GENESIS_HASH, verifyRevisionChain, type ChainProblem } from "@/lib/domain/revision-chain";

const PAGE = 5_000;

export type LedgerVerification = { ok: true; checked: number } | { ok: false; checked: number; first: ChainProblem };

/** Re-hashes every revision in order, a page at a time, and names the first broken link. */
export async function verifyLedger(db: Db): Promise<LedgerVerification> {
  let prevHash = GENESIS_HASH;
  let checked = 0;
  let afterId = 0;
  for (;;) {
    const rows = await db.revision.findMany({ where: { id: { gt: afterId } }, orderBy: { id: "asc" }, take: PAGE });
    if (rows.length === 0) return { ok: true, checked };
    const result = verifyRevisionChain(
      rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
      prevHash,
    );
    if (!result.ok) return { ok: false, checked: checked + result.checked, first: result.first };
    checked += result.checked;
    prevHash = result.lastHash;
    afterId = rows.at(-1)!.id;
  }
}
