import { NextResponse } from "next/server";
import { errorResponse } from "@/lib/api/respond";
import { groupAliasTarget, groupForApi } from "@/lib/cached-reads/reads";
import { parseId } from "@/lib/data/ids";
import { LedgerNotFoundError } from "@/lib/commands/errors";

type Context = { params: Promise<{ id: string }> };

/**
 * A group of comparable figures: verdict, explanation, direction of change, and every member with
 * its interval and origin. Public. An old address (groups merged or split since) redirects to the
 * group that holds most of its former figures.
 */
export async function GET(request: Request, context: Context) {
  try {
    const id = parseId((await context.params).id);
    if (id === null) throw new LedgerNotFoundError("There is no such group.");
    const group = await groupForApi(id);
    if (group) return NextResponse.json(group);
    const target = await groupAliasTarget(id);
    if (target === null) throw new LedgerNotFoundError("There is no such group.");
    return NextResponse.redirect(new URL(`/api/v1/groups/${target}`, request.url), 307);
  } catch (error) {
    return errorResponse(error);
  }
}
