import { NextResponse } from "next/server";
import { requireRoleForRequest } from "@/lib/auth/current-user";
import { errorResponse, parseJsonBody } from "@/lib/api/respond";
import { parseId } from "@/lib/data/ids";
import { setClaimStatus } from "@/lib/commands/app";
import { LedgerNotFoundError } from "@/lib/commands/errors";
import { claimStatusSchema } from "@/lib/schemas/claim-input";

/** Retracts, deprecates or restores a claim, with the reason. Editors only. */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    const user = await requireRoleForRequest(request, "editor");
    const id = parseId((await context.params).id);
    if (id === null) throw new LedgerNotFoundError("There is no such claim.");
    const change = await parseJsonBody(request, claimStatusSchema);
    return NextResponse.json(await setClaimStatus(id, change, user));
  } catch (error) {
    return errorResponse(error);
  }
}
