import { NextResponse } from "next/server";
import { errorResponse } from "@/lib/api/respond";
import { parseId } from "@/lib/data/ids";
import { getSource } from "@/lib/data/sources";
import { LedgerNotFoundError } from "@/lib/commands/errors";

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
