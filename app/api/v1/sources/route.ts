import { NextResponse } from "next/server";
import { requireRoleForRequest } from "@/lib/auth/current-user";
import { errorResponse, parseJsonBody } from "@/lib/api/respond";
import { addSource } from "@/lib/commands/app";
import { sourceInputSchema } from "@/lib/schemas/claim-input";
import { assertSourceTextSize } from "@/lib/schemas/limits";

/** Adds a source; a text over the limit answers 413 naming it; a duplicate by URL or content answers 409 naming the source it matches. Editors only. */
export async function POST(request: Request) {
  try {
    const user = await requireRoleForRequest(request, "editor");
    const input = await parseJsonBody(request, sourceInputSchema, (body) => assertSourceTextSize((body as { text?: unknown } | null)?.text));
    const { id } = await addSource(input, user);
    return NextResponse.json({ id, url: `/sources/${id}` }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
