import { NextResponse } from "next/server";
import { requireRoleForRequest } from "@/lib/auth/current-user";
import { errorResponse, parseJsonBody } from "@/lib/api/respond";
import { extractionContext } from "@/lib/data/extraction-context";
import { extractRequestSchema, runExtraction } from "@/lib/extraction/extract-input";

/** Proposes every figure in a text, with suggested metric, place, period and attribution. Saves nothing. Editors only. */
export async function POST(request: Request) {
  try {
    await requireRoleForRequest(request, "editor");
    const body = await parseJsonBody(request, extractRequestSchema);
    return NextResponse.json(runExtraction(body, await extractionContext()));
  } catch (error) {
    return errorResponse(error);
  }
}
