import { exportResponse } from "@/lib/api/export-stream";

export const dynamic = "force-dynamic";

/** The filtered claims as CSV, one claim a row, streamed; the last row marks a complete file. */
export function GET(request: Request) {
  return exportResponse(request, "csv");
}
