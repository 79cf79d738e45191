// Runs before every route (Next.js "proxy", formerly middleware): refuses malformed addresses,
// bodies over their route's limit and forged cookie writes to the API before anything parses
// them, and sets the security headers with a fresh CSP nonce. The rules are in lib/http/.
import { NextResponse, type NextRequest } from "next/server";
import { decideEdge } from "@/lib/http/edge-policy";

export async function proxy(request: NextRequest) {
  const decision = await decideEdge(request, { dev: process.env.NODE_ENV === "development" });
  if (decision.kind === "refuse") return decision.response;
  const response = NextResponse.next({ request: { headers: decision.requestHeaders } });
  decision.responseHeaders.forEach((value, name) => response.headers.set(name, value));
  return response;
}

export const config = {
  // Static build files carry the fixed headers from next.config.ts and need no nonce.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
