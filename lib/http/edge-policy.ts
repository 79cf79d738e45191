// What the proxy decides for each request, as a plain function of the request so that it can be
// tested without a server: refuse it (malformed address, body too large, forged write) or let it
// through with the security headers. proxy.ts only adapts this to Next.js.
import { bodyLimitFor, judgeBodySize } from "./body-limits";
import { hasMalformedEncoding } from "./path-encoding";
import { crossOriginWriteRefusal, mediaType } from "./same-origin";
import { API_CSP, applySecurityHeaders, createNonce, pageCsp, servedOverHttps } from "./security-headers";

export type EdgeDecision =
  | { kind: "refuse"; response: Response }
  | { kind: "pass"; requestHeaders: Headers; responseHeaders: Headers };

const isApi = (pathname: string) => pathname === "/api" || pathname.startsWith("/api/");

function publicOrigin(): string | null {
  try {
    return process.env.BETTER_AUTH_URL ? new URL(process.env.BETTER_AUTH_URL).origin : null;
  } catch {
    return null;
  }
}

const BAD_PATH_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad address · Figure Ledger</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem"><h1>This address is malformed</h1>
<p>Part of the address is percent-encoded in a way that is not text. Check the link, or go to <a href="/">the home page</a>.</p></body></html>`;

/** Next.js names a server action by 42 hex digits; its client sends the arguments as text or as form data. */
const ACTION_ID = /^[0-9a-f]{40,64}$/i;
const ACTION_BODY_TYPES = new Set(["text/plain", "multipart/form-data"]);

/**
 * Pages take no body but a form's: a server action (Next-Action header) or a form posted without
 * JavaScript. Next.js answers some malformed ones with a 500 (an action id it cannot parse, a body
 * type it does not expect, multipart data that does not parse), so they are refused here with a
 * 4xx. Multipart bodies (at most 4 MB by now) are parsed once to check them.
 */
async function pagePostRefusal(request: Request): Promise<{ status: number; error: string } | null> {
  if (request.method !== "POST") return null;
  const action = request.headers.get("next-action");
  const type = mediaType(request.headers.get("content-type"));
  if (action !== null) {
    if (!ACTION_ID.test(action)) return { status: 400, error: "The Next-Action header does not name a form action." };
    if (!ACTION_BODY_TYPES.has(type)) return { status: 415, error: "A form action's body is text/plain or multipart/form-data." };
  }
  if (type === "multipart/form-data") {
    try {
      await request.clone().formData();
    } catch {
      return { status: 400, error: "The multipart form data does not parse." };
    }
  }
  return null;
}

export async function decideEdge(request: Request, options: { dev?: boolean } = {}): Promise<EdgeDecision> {
  const url = new URL(request.url);
  const https = servedOverHttps(url, request.headers);
  const api = isApi(url.pathname);

  const refuse = async (status: number, body: Record<string, unknown>): Promise<EdgeDecision> => {
    const headers = new Headers({ "content-type": "application/json", "cache-control": "no-store" });
    applySecurityHeaders(headers, API_CSP, https);
    // Nothing of the body is read: ask the client not to reuse the connection for it.
    if (status === 411 || status === 413) headers.set("connection", "close");
    return { kind: "refuse", response: new Response(JSON.stringify(body), { status, headers }) };
  };

  const limit = bodyLimitFor(url.pathname, request.method === "POST" && request.headers.has("next-action"));
  const size = judgeBodySize(request.headers, limit);
  if (!size.ok) return refuse(size.status, { error: size.error, limit: { bytes: size.limit.bytes, label: size.limit.label } });

  if (hasMalformedEncoding(url.pathname)) {
    if (api) return refuse(400, { error: "The address has malformed percent-encoding." });
    const headers = new Headers({ "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    applySecurityHeaders(headers, "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'", https);
    return { kind: "refuse", response: new Response(BAD_PATH_PAGE, { status: 400, headers }) };
  }

  // Form actions belong to pages. Sent to an address under /api/v1 that has no route, Next.js would
  // look the action up and answer 500.
  if (api && request.headers.has("next-action")) return refuse(400, { error: "The API takes no form actions: drop the Next-Action header." });

  if (!api) {
    const refusal = await pagePostRefusal(request);
    if (refusal) return refuse(refusal.status, { error: refusal.error });
  }

  if (url.pathname.startsWith("/api/v1/")) {
    const origins = [url.origin, publicOrigin()].filter((o): o is string => o !== null);
    const refusal = crossOriginWriteRefusal(request.method, request.headers, origins);
    if (refusal) return refuse(403, { error: refusal });
  }

  const requestHeaders = new Headers(request.headers);
  const responseHeaders = new Headers();
  if (api) {
    applySecurityHeaders(responseHeaders, API_CSP, https);
  } else {
    const csp = pageCsp(createNonce(), { dev: options.dev, https });
    // Next.js takes the nonce for the scripts it renders from the request's policy.
    requestHeaders.set("content-security-policy", csp);
    applySecurityHeaders(responseHeaders, csp, https);
  }
  return { kind: "pass", requestHeaders, responseHeaders };
}
