import { NextResponse } from "next/server";
import { requireRoleForRequest } from "@/lib/auth/current-user";
import { errorResponse, parseJsonBody } from "@/lib/api/respond";
import { addClaim } from "@/lib/commands/app";
import { claimInputSchema } from "@/lib/schemas/claim-input";

/** Adds a claim quoted from a source. Editors only. */
export async function POST(request: Request) {
  try {
    const user = await requireRoleForRequest(request, "editor");
    const input = await parseJsonBody(request, claimInputSchema);
    const { id } = await addClaim(input, user);
    return NextResponse.json({ id, url: `/claims/${id}` }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
