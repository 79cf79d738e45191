/**
 * Fingerprints for deduplicating sources: a hash of an article's text that ignores differences
 * a copy and paste introduces, and a canonical form of its URL.
 */
import { createHash } from "node:crypto";

/**
 * The text with paste noise removed: one Unicode form, one kind of line break, single spaces,
 * no spaces at line ends, at most one blank line in a row. Words and line order are untouched.
 */
export function normaliseTextForHash(text: string): string {
  return (
    text
      .normalize("NFC")
      .replace(/\r\n?/g, "\n")
      // Any horizontal space, including no-break spaces, which browsers swap in on copy.
      .replace(/[\t\p{Zs}]+/gu, " ")
      .split("\n")
      .map((line) => line.trim())
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim()
  );
}

/** "sha256:" and the hex SHA-256 of the normalized text, so re-pastes of one article match. */
export function contentHash(text: string): string {
  return "sha256:" + createHash("sha256").update(normaliseTextForHash(text), "utf8").digest("hex");
}

/** Parameters that track the click, not the page. */
const TRACKING_PARAMS = new Set(["fbclid", "gclid", "mc_cid", "mc_eid", "ref", "ocid"]);
const isTrackingParam = (name: string) => {
  const lower = name.toLowerCase();
  return lower.startsWith("utm_") || TRACKING_PARAMS.has(lower);
};

/**
 * One spelling per article address, for finding the same source added twice: https, no
 * "www.", no default port, no fragment, no tracking parameters, the remaining parameters
 * sorted by name, and no trailing slash. Null unless it is a valid http(s) URL.
 */
export function normaliseUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;

  // The parser has already lower-cased the host and dropped the scheme's default port;
  // switching to https then drops :443 as well.
  parsed.protocol = "https:";
  // Repeatedly, so that normalizing a normalized URL changes nothing.
  const host = parsed.hostname.replace(/^(www\.)+/, "");
  if (host !== "") parsed.hostname = host;
  parsed.hash = "";

  const kept = new URLSearchParams([...parsed.searchParams].filter(([name]) => !isTrackingParam(name)));
  kept.sort(); // stable: repeated names keep their order, which can matter to the site
  parsed.search = kept.toString();

  if (parsed.pathname !== "/") parsed.pathname = parsed.pathname.replace(/\/+$/, "") || "/";
  return parsed.href;
}
