import { NextResponse } from "next/server";
import { lookupQuerySchema, type LookupItem } from "@/lib/schemas/lookup";
import { errorResponse } from "./respond";

/** GET ?q=…&limit=…: a picker's search, public like the ledger; 422 names a bad q or limit. */
export function lookupRoute(search: (q: string, limit: number) => Promise<LookupItem[]>) {
  return async function GET(request: Request) {
    try {
      const params = new URL(request.url).searchParams;
      const query = lookupQuerySchema.parse({ q: params.get("q") ?? "", limit: params.get("limit") ?? undefined });
      return NextResponse.json({ items: await search(query.q, query.limit) });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
