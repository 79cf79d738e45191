import { exportResponse } from "@/lib/api/export-stream";

export const dynamic = "force-dynamic";

/** The filtered claims as JSON Lines, one claim a line, streamed; the last line marks a complete file. */
export function GET(request: Request) {
  return exportResponse(request, "jsonl");
}
