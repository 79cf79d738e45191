import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { queryParams } from "@/lib/api/query-params";
import { listSources } from "@/lib/cached-reads/reads";
import { decodeCursor } from "@/lib/data/pagination";
import { sourceListQuerySchema } from "@/lib/schemas/api";
import { requireRoleForRequest } from "@/lib/auth/current-user";
import { errorResponse, parseJsonBody } from "@/lib/api/respond";
import { addSource } from "@/lib/commands/app";
import { sourceInputSchema } from "@/lib/schemas/claim-input";
import { assertSourceTextSize } from "@/lib/schemas/limits";

/** Sources, newest first, a page at a time (without their texts). Public. */
export async function GET(request: Request) {
  try {
    const query = sourceListQuerySchema.parse(queryParams(request, ["cursor", "limit"]));
    const cursor = query.cursor === undefined ? null : decodeCursor(query.cursor);
    if (query.cursor !== undefined && (!cursor?.v || Number.isNaN(Date.parse(cursor.v)))) {
      throw new ZodError([{ code: "custom", path: ["cursor"], message: "The cursor is not one this API gave; start again without it.", input: query.cursor }]);
    }
    return NextResponse.json(await listSources(query.cursor, query.limit));
  } catch (error) {
    return errorResponse(error);
  }
}

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
