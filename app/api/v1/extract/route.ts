import { NextResponse } from "next/server";
import { requireRoleForRequest } from "@/lib/auth/current-user";
import { errorResponse, parseJsonBody } from "@/lib/api/respond";
import { extractionContext } from "@/lib/data/extraction-context";
import { extractRequestSchema } from "@/lib/extraction/extract-input";
import { extractInWorker } from "@/lib/extraction/extract-pool";

/**
 * Proposes every figure in a text, with suggested metric, place, period and attribution. Saves
 * nothing. Editors only. The extraction runs in a worker thread, so a long text does not hold up
 * other requests.
 */
export async function POST(request: Request) {
  try {
    // Saves nothing: a read token may ask.
    await requireRoleForRequest(request, "editor", "read");
    const body = await parseJsonBody(request, extractRequestSchema);
    return NextResponse.json(await extractInWorker(body, await extractionContext(), request.signal));
  } catch (error) {
    return errorResponse(error);
  }
}
