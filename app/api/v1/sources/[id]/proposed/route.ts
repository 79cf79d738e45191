import { NextResponse } from "next/server";
import { z } from "zod";
import { requireRoleForRequest } from "@/lib/auth/current-user";
import { errorResponse, parseJsonBody } from "@/lib/api/respond";
import { recordProposed } from "@/lib/commands/app";
import { LedgerNotFoundError } from "@/lib/commands/errors";
import { parseId } from "@/lib/data/ids";
import { reviewTally } from "@/lib/data/sources";
import { proposedCountSchema } from "@/lib/schemas/claim-input";

type Context = { params: Promise<{ id: string }> };

const bodySchema = z.record(z.string(), z.unknown());

/** Keeps how many figures the extractor proposed in the source, `{ proposed }`, for its review tally. Editors only. */
export async function PUT(request: Request, context: Context) {
  try {
    await requireRoleForRequest(request, "editor");
    const sourceId = parseId((await context.params).id);
    if (sourceId === null) throw new LedgerNotFoundError("There is no such source.");
    const body = await parseJsonBody(request, bodySchema);
    const input = proposedCountSchema.parse({ ...body, sourceId });
    await recordProposed(input.sourceId, input.proposed);
    return NextResponse.json({ tally: await reviewTally(sourceId) });
  } catch (error) {
    return errorResponse(error);
  }
}
