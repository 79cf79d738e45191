import { NextResponse } from "next/server";
import { z } from "zod";
import { requireRoleForRequest } from "@/lib/auth/current-user";
import { errorResponse, parseJsonBody } from "@/lib/api/respond";
import { getClaim } from "@/lib/cached-reads/reads";
import { parseId } from "@/lib/data/ids";
import { editClaim } from "@/lib/commands/app";
import { LedgerNotFoundError } from "@/lib/commands/errors";
import { claimEditSchema, claimInputSchema } from "@/lib/schemas/claim-input";

type Context = { params: Promise<{ id: string }> };

const editBodySchema = z.object({ claim: claimInputSchema }).and(claimEditSchema);

async function claimId(context: Context): Promise<number> {
  const id = parseId((await context.params).id);
  if (id === null) throw new LedgerNotFoundError("There is no such claim.");
  return id;
}

/** A claim with its source, attribution, relations and history. Public. */
export async function GET(_request: Request, context: Context) {
  try {
    const claim = await getClaim(await claimId(context));
    if (!claim) throw new LedgerNotFoundError("There is no such claim.");
    return NextResponse.json(claim);
  } catch (error) {
    return errorResponse(error);
  }
}

/** Edits a claim: a new version with the reason. Editors only. */
export async function PATCH(request: Request, context: Context) {
  try {
    const user = await requireRoleForRequest(request, "editor");
    const id = await claimId(context);
    const body = await parseJsonBody(request, editBodySchema);
    const result = await editClaim(id, body.claim, body, user);
    return NextResponse.json(result);
  } catch (error) {
    return errorResponse(error);
  }
}
