/**
 * A freshly started production server loads each route's code, opens the database and prepares
 * each query shape on its first request: seconds on a busy 2-core machine, paid by the first
 * visitor of each page type. So the server asks itself for one page of each type as soon as it
 * listens, following links from the home page (nothing about the ledger's content is assumed),
 * and says when it is warm.
 */

/** One link of each kind of page, in the order a visitor meets them. */
export const WARM_PATTERNS: readonly RegExp[] = [
  /href="(\/topics\/[^"#?]+)"/,
  /href="(\/metrics\/[^"#?]+)"/,
  /href="(\/claims\/\d+)"/,
  /href="(\/sources\/\d+)[#"]/,
];

/** The pages to request after the home page: the fixed lists, then one of each kind found in its HTML. */
export function warmPaths(homeHtml: string): string[] {
  const found = WARM_PATTERNS.map((re) => re.exec(homeHtml)?.[1]).filter((p): p is string => p !== undefined);
  return ["/sources", "/conflicts", "/how-to-read", ...found];
}

async function waitForPort(base: string, deadline: number): Promise<string | null> {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${base}/`, { headers: { "x-warm-up": "1" } });
      return await res.text();
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return null;
}

export async function warmUp(port: number, log: (line: string) => void = console.log): Promise<void> {
  const base = `http://127.0.0.1:${port}`;
  const started = Date.now();
  const home = await waitForPort(base, started + 60_000);
  if (home === null) return;
  const paths = warmPaths(home);
  // The metric page is found from a topic page when the home page links to none.
  for (const path of paths) {
    const html = await fetch(`${base}${path}`, { headers: { "x-warm-up": "1" } })
      .then((r) => r.text())
      .catch(() => "");
    // A move inside the app asks for the page's server-component payload instead of its HTML.
    await fetch(`${base}${path}`, { headers: { "x-warm-up": "1", rsc: "1" } })
      .then((r) => r.arrayBuffer())
      .catch(() => null);
    if (path.startsWith("/topics/") && !paths.some((p) => p.startsWith("/metrics/"))) {
      const metric = WARM_PATTERNS[1]!.exec(html)?.[1];
      if (metric) paths.push(metric);
    }
  }
  log(`Warm: ${paths.length + 1} page types in ${Date.now() - started} ms`);
}
