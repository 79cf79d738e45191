import { NextResponse } from "next/server";
import { requireRoleForRequest } from "@/lib/auth/current-user";
import { errorResponse, parseJsonBody } from "@/lib/api/respond";
import { editSource } from "@/lib/commands/app";
import { LedgerNotFoundError } from "@/lib/commands/errors";
import { parseId } from "@/lib/data/ids";
import { getSource } from "@/lib/cached-reads/reads";
import { sourceEditSchema } from "@/lib/schemas/entities";

type Context = { params: Promise<{ id: string }> };

/** A source with its full text, content hash and every claim quoted from it. Public. */
export async function GET(_request: Request, context: Context) {
  try {
    const id = parseId((await context.params).id);
    const source = id === null ? null : await getSource(id);
    if (!source) throw new LedgerNotFoundError("There is no such source.");
    return NextResponse.json(source);
  } catch (error) {
    return errorResponse(error);
  }
}

/**
 * Corrects a source's title, outlet, URL or date: { title, outlet, url, publishedAt, undated,
 * reason, expectedVersion }. The text never changes. Editors only; a stale version answers 409.
 */
export async function PATCH(request: Request, context: Context) {
  try {
    const user = await requireRoleForRequest(request, "editor");
    const id = parseId((await context.params).id);
    if (id === null) throw new LedgerNotFoundError("There is no such source.");
    const edit = await parseJsonBody(request, sourceEditSchema);
    return NextResponse.json(await editSource(id, edit, user));
  } catch (error) {
    return errorResponse(error);
  }
}
