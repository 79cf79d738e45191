import { createHash } from "node:crypto";

/** The hash that precedes the first revision of the ledger. */
export const GENESIS_HASH = "sha256:" + "0".repeat(64);

export type RevisionContent = {
  entityType: string;
  entityId: number;
  version: number;
  action: string;
  author: string;
  reason: string;
  /** JSON text of the entity after the change. */
  snapshot: string;
  /** ISO timestamp. */
  createdAt: string;
};

export type StoredRevision = RevisionContent & { id: number; prevHash: string; hash: string };

/** JSON with object keys sorted at every depth, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Each revision's hash covers its own content and the hash of the revision before it. */
export function revisionHash(prevHash: string, content: RevisionContent): string {
  const digest = createHash("sha256").update(prevHash).update("\n").update(canonicalJson(content)).digest("hex");
  return `sha256:${digest}`;
}

export type ChainProblem = { id: number; problem: "prev-hash-mismatch" | "hash-mismatch"; detail: string };

/**
 * Walks revisions in id order and reports the first one whose links do not hold.
 * `rows` may be fed in pages; pass the last good hash as `prevHash` to continue.
 */
export function verifyRevisionChain(
  rows: Iterable<StoredRevision>,
  prevHash: string = GENESIS_HASH,
): { ok: true; lastHash: string; checked: number } | { ok: false; first: ChainProblem; checked: number } {
  let checked = 0;
  let expectedPrev = prevHash;
  for (const row of rows) {
    if (row.prevHash !== expectedPrev) {
      return {
        ok: false,
        checked,
        first: { id: row.id, problem: "prev-hash-mismatch", detail: `expected previous hash ${expectedPrev}, found ${row.prevHash}` },
      };
    }
    const { id: _id, prevHash: _prev, hash, ...content } = row;
    const recomputed = revisionHash(row.prevHash, content);
    if (recomputed !== hash) {
      return {
        ok: false,
        checked,
        first: { id: row.id, problem: "hash-mismatch", detail: "the stored content no longer matches its hash" },
      };
    }
    expectedPrev = hash;
    checked += 1;
  }
  return { ok: true, lastHash: expectedPrev, checked };
}
