// How large a request body each kind of route accepts. The proxy (proxy.ts) refuses anything
// larger from its Content-Length, before a byte of it is parsed; route handlers and better-auth
// never see it. Keep next.config.ts's proxyClientMaxBodySize and serverActions.bodySizeLimit at
// MAX_BODY_BYTES, so that nothing under the limit is cut short.

const KB = 1024;
const MB = 1024 * 1024;

export type BodyLimit = { bytes: number; label: string };

/** Every body limit, largest first where it matters; README.md ("Request limits") states them. */
export const BODY_LIMITS = {
  /** Sign-in, sign-out, profile: small JSON or form bodies. */
  auth: { bytes: 16 * KB, label: "16 KB" },
  /** An article of up to 1,000,000 characters to extract figures from. */
  extract: { bytes: 4 * MB, label: "4 MB" },
  /** A ledger file to import (POST /api/v1/imports); larger files go through `npm run import`. */
  imports: { bytes: 32 * MB, label: "32 MB" },
  /** A source with up to 500,000 characters of text. */
  sources: { bytes: 4 * MB, label: "4 MB" },
  /** Other JSON API writes: a claim, an edit, a status change. */
  api: { bytes: 64 * KB, label: "64 KB" },
  /** Form submissions (server actions): a 2 MB upload with the typed fields beside it. */
  serverAction: { bytes: 4 * MB, label: "4 MB" },
  /** Anything else: pages take no body. */
  other: { bytes: 64 * KB, label: "64 KB" },
} as const satisfies Record<string, BodyLimit>;

export const MAX_BODY_BYTES = Math.max(...Object.values(BODY_LIMITS).map((limit) => limit.bytes));

/** The deepest nesting of arrays and objects a JSON body may have. */
export const JSON_DEPTH_LIMIT = 32;

/** The limit for a request to `pathname`; a server action is a POST carrying a Next-Action header. */
export function bodyLimitFor(pathname: string, isServerAction: boolean): BodyLimit {
  if (pathname === "/api/auth" || pathname.startsWith("/api/auth/")) return BODY_LIMITS.auth;
  if (/^\/api\/v1\/extract\/?$/.test(pathname)) return BODY_LIMITS.extract;
  if (/^\/api\/v1\/sources\/?$/.test(pathname)) return BODY_LIMITS.sources;
  if (/^\/api\/v1\/imports\/?$/.test(pathname)) return BODY_LIMITS.imports;
  if (pathname.startsWith("/api/")) return BODY_LIMITS.api;
  if (isServerAction) return BODY_LIMITS.serverAction;
  return BODY_LIMITS.other;
}

export type BodySizeVerdict =
  | { ok: true }
  | { ok: false; status: 411 | 413; error: string; limit: BodyLimit };

/**
 * Judges a request by its headers alone. Node's HTTP parser holds a client to its Content-Length,
 * so the header is the size. A chunked body declares none; it is refused with 411 (browsers and
 * ordinary clients always send a length for the bodies this app takes).
 */
export function judgeBodySize(headers: Headers, limit: BodyLimit): BodySizeVerdict {
  const declared = headers.get("content-length");
  if (declared === null) {
    if (headers.has("transfer-encoding")) {
      return { ok: false, status: 411, error: `Send the body with a Content-Length; this route takes at most ${limit.label}.`, limit };
    }
    return { ok: true };
  }
  const bytes = Number(declared);
  if (!Number.isSafeInteger(bytes) || bytes < 0) {
    return { ok: false, status: 411, error: "The Content-Length header is not a length.", limit };
  }
  if (bytes > limit.bytes) {
    return { ok: false, status: 413, error: `The body is ${bytes.toLocaleString("en-US")} bytes; this route takes at most ${limit.label}.`, limit };
  }
  return { ok: true };
}

/**
 * The deepest nesting of arrays and objects in a JSON text, counted without parsing it, and
 * stopping as soon as it passes `max` (so a hostile body costs one pass at most).
 */
export function jsonDepthExceeds(text: string, max: number = JSON_DEPTH_LIMIT): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > max) return true;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return false;
}
