/**
 * Where to go after signing in: only a path on this site. Anything else (another host, a
 * protocol-relative "//evil.example", backslash tricks, the login page itself) falls back to "/".
 */
export function safeNextPath(raw: unknown, fallback = "/"): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2000) return fallback;
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return fallback;
  // Control characters (tabs and newlines are dropped by URL parsers) could hide a "//".
  if (/[\u0000-\u001f\u007f]/.test(raw)) return fallback;
  const base = "http://ledger.invalid";
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  if (url.pathname === "/login" || url.pathname.startsWith("/api/")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The login page's address that comes back to `next`, saying why when a session has expired. */
export function loginPath(next: string, reason?: "expired"): string {
  const params = new URLSearchParams({ next: safeNextPath(next) });
  if (reason) params.set("reason", reason);
  return `/login?${params.toString()}`;
}
