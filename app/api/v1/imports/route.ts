import { importResponse } from "@/lib/api/import-route";

export const dynamic = "force-dynamic";

/** Imports a ledger file whole or not at all (lib/api/import-route.ts). Editors only. */
export function POST(request: Request) {
  return importResponse(request);
}
