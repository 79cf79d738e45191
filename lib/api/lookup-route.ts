import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { lookupQuerySchema, type LookupItem } from "@/lib/schemas/lookup";
import { slugListQuerySchema } from "@/lib/schemas/api";
import { queryParams } from "./query-params";
import { errorResponse } from "./respond";

type ListPage = { rows: unknown[]; next: string | null };

/**
 * GET ?q=…&limit=…: a picker's search; for a route given `list`, GET ?after=…&limit=… without q:
 * every row in slug order, a page at a time. Public like the ledger; 422 names a bad parameter.
 */
export function lookupRoute(search: (q: string, limit: number) => Promise<LookupItem[]>, list?: (after: string | undefined, limit: number) => Promise<ListPage>) {
  return async function GET(request: Request) {
    try {
      const params = queryParams(request, list ? ["q", "limit", "after"] : ["q", "limit"]);
      if ("q" in params || !list) {
        if ("after" in params) throw new ZodError([{ code: "custom", path: ["after"], message: "A search answers one page; `after` pages the list without q.", input: params.after }]);
        const query = lookupQuerySchema.parse(params);
        return NextResponse.json({ items: await search(query.q, query.limit) });
      }
      const query = slugListQuerySchema.parse(params);
      return NextResponse.json(await list(query.after, query.limit));
    } catch (error) {
      return errorResponse(error);
    }
  };
}
