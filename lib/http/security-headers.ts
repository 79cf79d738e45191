// The headers every response carries (README.md, "Security headers"). Pages get a
// Content-Security-Policy with a fresh nonce per request: Next.js reads the nonce from the
// request's own CSP header and puts it on the scripts it renders, so no inline script runs
// without it and 'unsafe-inline' is never needed for scripts.

/** Headers with fixed values, on every response (also set for static files in next.config.ts). */
export const STATIC_SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ["X-Frame-Options", "DENY"],
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  ["Cross-Origin-Opener-Policy", "same-origin"],
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"],
];

/** A year, the usual value for sites that only serve over https. */
export const HSTS_VALUE = "max-age=31536000; includeSubDomains";

/** 128 random bits, base64: unguessable and different for every response. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The policy for HTML pages. Scripts: only this origin's bundles, loaded by the nonce'd bootstrap
 * ('strict-dynamic'). Styles allow inline style attributes (charts position marks with them);
 * that cannot run code. `dev` adds 'unsafe-eval', which the development server's refresh needs.
 */
export function pageCsp(nonce: string, options: { dev?: boolean; https?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** JSON and other non-HTML answers load nothing and may be framed by no one. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** True when the client reached us over https, directly or through a proxy that says so. */
export function servedOverHttps(url: URL, headers: Headers): boolean {
  if (url.protocol === "https:") return true;
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return forwarded === "https";
}

/** Sets the fixed headers, the CSP given, and HSTS over https. */
export function applySecurityHeaders(target: Headers, csp: string, https: boolean): void {
  for (const [name, value] of STATIC_SECURITY_HEADERS) target.set(name, value);
  target.set("Content-Security-Policy", csp);
  if (https) target.set("Strict-Transport-Security", HSTS_VALUE);
}

/** The script nonce of a page's policy, as the request carries it to the page ("" when none). */
export function nonceOf(csp: string | null): string {
  return csp?.match(/'nonce-([^']+)'/)?.[1] ?? "";
}
