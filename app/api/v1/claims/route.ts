import { NextResponse } from "next/server";
import { queryParams } from "@/lib/api/query-params";
import { listClaims } from "@/lib/cached-reads/reads";
import { CLAIM_FILTER_NAMES, claimListQuerySchema } from "@/lib/schemas/claim-filters";
import { requireRoleForRequest } from "@/lib/auth/current-user";
import { errorResponse, parseJsonBody } from "@/lib/api/respond";
import { addClaim } from "@/lib/commands/app";
import { claimAddQuerySchema, claimInputSchema } from "@/lib/schemas/claim-input";

/** Claims, filtered as on the /claims page, newest added first, a page at a time. Public. */
export async function GET(request: Request) {
  try {
    const { cursor, limit, ...filters } = claimListQuerySchema.parse(queryParams(request, [...CLAIM_FILTER_NAMES, "cursor", "limit"]));
    return NextResponse.json(await listClaims(filters, { cursor, limit }));
  } catch (error) {
    return errorResponse(error);
  }
}

/**
 * Adds a claim quoted from a source. With `?review=accepted` or `?review=edited` it is a proposal
 * accepted from the source's review, as proposed or corrected, and the source's review tally counts it. Editors only.
 */
export async function POST(request: Request) {
  try {
    const user = await requireRoleForRequest(request, "editor");
    const { review } = claimAddQuerySchema.parse(queryParams(request, ["review"]));
    const input = await parseJsonBody(request, claimInputSchema);
    const { id } = await addClaim(input, user, review ? { review } : {});
    return NextResponse.json({ id, url: `/claims/${id}` }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
