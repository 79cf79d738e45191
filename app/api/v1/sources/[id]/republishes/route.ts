import { NextResponse } from "next/server";
import { z } from "zod";
import { requireRoleForRequest } from "@/lib/auth/current-user";
import { errorResponse, parseJsonBody } from "@/lib/api/respond";
import { parseId } from "@/lib/data/ids";
import { markRepublished } from "@/lib/commands/app";
import { LedgerNotFoundError } from "@/lib/commands/errors";
import { republishedInputSchema } from "@/lib/schemas/source-republish";

type Context = { params: Promise<{ id: string }> };

const bodySchema = z.record(z.string(), z.unknown());

/**
 * Marks the source as republishing another report: `{ republishesSource?, origin?, via?, note?,
 * reason }` (all but the reason empty clears the mark). Its claims then take that report's origin.
 * Editors only.
 */
export async function PUT(request: Request, context: Context) {
  try {
    const user = await requireRoleForRequest(request, "editor");
    const sourceId = parseId((await context.params).id);
    if (sourceId === null) throw new LedgerNotFoundError("There is no such source.");
    // Any JSON object; the one schema checks the fields, with the address's source id.
    const body = await parseJsonBody(request, bodySchema);
    await markRepublished(republishedInputSchema.parse({ ...body, sourceId }), user);
    return NextResponse.json({ ok: true });
  } catch (error) {
    return errorResponse(error);
  }
}
