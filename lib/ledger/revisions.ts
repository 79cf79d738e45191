import "server-only";
import type { Tx } from "@/lib/db/client";
import { indexForSearch } from "@/lib/db/search-index";
import type { RevisionAction } from "@/lib/generated/sqlite/client";
import { GENESIS_HASH, canonicalJson, revisionHash, type RevisionContent } from "@/lib/domain/revision-chain";

export type RevisionInput = Omit<RevisionContent, "snapshot" | "createdAt" | "action"> & {
  action: RevisionAction;
  snapshot: unknown;
  createdAt?: Date;
};

/**
 * Appends one revision to the ledger's hash chain. Call it inside the transaction that makes the
 * change, so the change and its record stand or fall together.
 */
export async function appendRevision(tx: Tx, input: RevisionInput): Promise<{ id: number; hash: string }> {
  const last = await tx.revision.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  const prevHash = last?.hash ?? GENESIS_HASH;
  const createdAt = input.createdAt ?? new Date();
  const content: RevisionContent = {
    entityType: input.entityType,
    entityId: input.entityId,
    version: input.version,
    action: input.action,
    author: input.author,
    reason: input.reason,
    snapshot: canonicalJson(input.snapshot),
    createdAt: createdAt.toISOString(),
  };
  const hash = revisionHash(prevHash, content);
  const row = await tx.revision.create({
    data: { ...content, action: input.action, createdAt, prevHash, hash },
    select: { id: true, hash: true },
  });
  // Every change to a claim or a source passes here, so this keeps the search index in step.
  await indexForSearch(tx, input.entityType === "claim" ? { claims: [input.entityId] } : input.entityType === "source" ? { sources: [input.entityId] } : {});
  return row;
}
