import { NextResponse } from "next/server";
import { z } from "zod";
import { requireRoleForRequest } from "@/lib/auth/current-user";
import { errorResponse, parseJsonBody } from "@/lib/api/respond";
import { rejectProposal } from "@/lib/commands/app";
import { LedgerNotFoundError } from "@/lib/commands/errors";
import { parseId } from "@/lib/data/ids";
import { reviewTally } from "@/lib/data/sources";
import { proposalRejectionSchema } from "@/lib/schemas/claim-input";

type Context = { params: Promise<{ id: string }> };

const bodySchema = z.record(z.string(), z.unknown());

/**
 * Rejects a proposed figure of the source for good, as the review screen does: `{ start, end,
 * surface }`, the figure's place in the text and its words. 201 with the source's review tally. Editors only.
 */
export async function POST(request: Request, context: Context) {
  try {
    const user = await requireRoleForRequest(request, "editor");
    const sourceId = parseId((await context.params).id);
    if (sourceId === null) throw new LedgerNotFoundError("There is no such source.");
    const body = await parseJsonBody(request, bodySchema);
    const input = proposalRejectionSchema.parse({ ...body, sourceId });
    await rejectProposal(input, user);
    return NextResponse.json({ tally: await reviewTally(sourceId) }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
