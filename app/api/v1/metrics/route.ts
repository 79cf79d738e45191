import { NextResponse } from "next/server";
import { queryParams } from "@/lib/api/query-params";
import { errorResponse } from "@/lib/api/respond";
import { listMetrics } from "@/lib/cached-reads/reads";
import { slugListQuerySchema } from "@/lib/schemas/api";

/** Every metric with its unit, topic, claim count and headline verdict, in slug order. Public. */
export async function GET(request: Request) {
  try {
    const query = slugListQuerySchema.parse(queryParams(request, ["after", "limit"]));
    return NextResponse.json(await listMetrics(query.after, query.limit));
  } catch (error) {
    return errorResponse(error);
  }
}
