// Cross-site request forgery: a browser attaches the session cookie to a request that another
// site's page makes, so a cookie alone does not show that the ledger's own pages sent it. Writes to
// the JSON API that carry cookies must be JSON (a cross-site form cannot send that without a CORS
// preflight, which the app never grants) and must come from the app's own origin.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The media type without parameters, lower case ("application/json; charset=utf-8" → "application/json"). */
export function mediaType(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

/**
 * A token-authenticated request (Authorization: Bearer …, a personal API token) is not exposed to
 * forgery: a browser never adds that header by itself. It is exempt only when it carries no
 * cookies, so that a cookie-authenticated request cannot opt out by adding the header.
 */
function authenticatesByToken(headers: Headers): boolean {
  return /^bearer\s+\S/i.test(headers.get("authorization") ?? "") && !headers.has("cookie");
}

/**
 * Why a write must be refused, or null when it may go on. `allowedOrigins` are the app's own
 * origins: the one the request was addressed to and the configured public address.
 */
export function crossOriginWriteRefusal(method: string, headers: Headers, allowedOrigins: readonly string[]): string | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  if (!headers.has("cookie") || authenticatesByToken(headers)) return null;
  // Both are types a cross-site form cannot send without a CORS preflight; the second is a ledger file (POST /api/v1/imports).
  const type = mediaType(headers.get("content-type"));
  if (type !== "application/json" && type !== "application/x-ndjson") {
    return "Writes with a session cookie must send Content-Type: application/json.";
  }
  const site = headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin") {
    return `Writes with a session cookie must come from the ledger's own pages (Sec-Fetch-Site is ${site}).`;
  }
  const origin = headers.get("origin");
  if (origin !== null) {
    return allowedOrigins.includes(origin) ? null : `Writes with a session cookie must come from the ledger's own origin, not ${origin}.`;
  }
  return site === "same-origin" ? null : "Writes with a session cookie must send an Origin header (or Sec-Fetch-Site: same-origin).";
}
