import { ledgerExportResponse } from "@/lib/api/export-stream";

export const dynamic = "force-dynamic";

/** The whole ledger, sources and claims, as the file the import reads; the last line marks a complete file. */
export function GET() {
  return ledgerExportResponse();
}
