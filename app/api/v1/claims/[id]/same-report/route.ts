import { NextResponse } from "next/server";
import { requireRoleForRequest } from "@/lib/auth/current-user";
import { errorResponse, parseJsonBody } from "@/lib/api/respond";
import { addSameReportClaim } from "@/lib/commands/app";
import { LedgerNotFoundError } from "@/lib/commands/errors";
import { parseId } from "@/lib/data/ids";
import { claimInputSchema } from "@/lib/schemas/claim-input";

/**
 * Adds a figure from another source as the same report as this claim (a rewrite or
 * republication): the body is a claim, as for POST /claims; without an attribution it takes this
 * claim's. The two count as one origin. 201 with the new claim. Editors only.
 */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    const user = await requireRoleForRequest(request, "editor");
    const sameAs = parseId((await context.params).id);
    if (sameAs === null) throw new LedgerNotFoundError("There is no such claim.");
    const input = await parseJsonBody(request, claimInputSchema);
    const { id } = await addSameReportClaim(input, sameAs, user);
    return NextResponse.json({ id, url: `/claims/${id}` }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
