/**
 * True when some segment of a raw path has percent-encoding that is not UTF-8 (such as
 * "%ff%fe") or is cut short ("%e2%82"). Next.js would fail to decode such a segment into a route
 * parameter with an error, so the proxy answers 400 first.
 */
export function hasMalformedEncoding(rawPathname: string): boolean {
  if (!rawPathname.includes("%")) return false;
  for (const segment of rawPathname.split("/")) {
    if (!segment.includes("%")) continue;
    try {
      decodeURIComponent(segment);
    } catch {
      return true;
    }
  }
  return false;
}
