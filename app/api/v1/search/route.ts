import { NextResponse } from "next/server";
import { errorResponse } from "@/lib/api/respond";
import { queryParams } from "@/lib/api/query-params";
import { searchLedger } from "@/lib/cached-reads/reads";
import { searchQuerySchema } from "@/lib/schemas/search";

/** Search the ledger: hits grouped by kind, with marked snippets. Public. */
export async function GET(request: Request) {
  try {
    const query = searchQuerySchema.parse(queryParams(request, ["q", "limit"]));
    return NextResponse.json(await searchLedger(query.q, query.limit));
  } catch (error) {
    return errorResponse(error);
  }
}
