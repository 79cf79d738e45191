import "server-only";
import type { Tx } from "@/lib/db/client";
import type { ProposalRejectionInput } from "@/lib/schemas/claim-input";

/** Records a rejected proposal once: rejecting the same figure again changes nothing. */
export async function rejectProposal(tx: Tx, input: ProposalRejectionInput, author: string): Promise<void> {
  const key = { sourceId_start_end: { sourceId: input.sourceId, start: input.start, end: input.end } };
  if (await tx.proposalRejection.findUnique({ where: key, select: { id: true } })) return;
  await tx.proposalRejection.create({ data: { ...input, author } });
  // The review screen's tally counts it once.
  await tx.source.update({ where: { id: input.sourceId }, data: { reviewRejected: { increment: 1 } } });
}
