import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-static";

/** The read API's OpenAPI 3.1 document. */
export function GET() {
  return NextResponse.json(openApiDocument());
}
