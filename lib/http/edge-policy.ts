// What the proxy decides for each request, as a plain function of the request so that it can be
// tested without a server: refuse it (malformed address, body too large, forged write) or let it
// through with the security headers. proxy.ts only adapts this to Next.js.
import { bodyLimitFor, judgeBodySize } from "./body-limits";
import { hasMalformedEncoding } from "./path-encoding";
import { crossOriginWriteRefusal } from "./same-origin";
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

export function decideEdge(request: Request, options: { dev?: boolean } = {}): EdgeDecision {
  const url = new URL(request.url);
  const https = servedOverHttps(url, request.headers);
  const api = isApi(url.pathname);

  const refuse = (status: number, body: Record<string, unknown>): EdgeDecision => {
    const headers = new Headers({ "content-type": "application/json", "cache-control": "no-store" });
    applySecurityHeaders(headers, API_CSP, https);
    // Nothing of the body is read: ask the client not to reuse the connection for it.
    if (status === 411 || status === 413) headers.set("connection", "close");
    return { kind: "refuse", response: new Response(JSON.stringify(body), { status, headers }) };
  };

  if (hasMalformedEncoding(url.pathname)) {
    if (api) return refuse(400, { error: "The address has malformed percent-encoding." });
    const headers = new Headers({ "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    applySecurityHeaders(headers, "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'", https);
    return { kind: "refuse", response: new Response(BAD_PATH_PAGE, { status: 400, headers }) };
  }

  const limit = bodyLimitFor(url.pathname, request.method === "POST" && request.headers.has("next-action"));
  const size = judgeBodySize(request.headers, limit);
  if (!size.ok) return refuse(size.status, { error: size.error, limit: { bytes: size.limit.bytes, label: size.limit.label } });

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
