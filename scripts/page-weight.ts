// The first-load JavaScript of each reading page, from the production build's manifests: the scripts
// every page loads (build-manifest.json's rootMainFiles) and the entry chunks of the page, its
// layouts and its error and not-found boundaries (the page's client reference manifest). These are
// the `<script src>` tags of the page's HTML. The polyfills are left out: they load only in browsers
// without ES modules (`<script nomodule>`). Sizes are gzipped at level 9, as a server would send them.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";

/** The budget: at most 150 KB of gzipped JavaScript on a reading page's first load. */
export const JS_BUDGET_BYTES = 150 * 1024;

/** The pages a reader reaches without signing in; editor and admin pages are not held to the budget. */
export const READING_PAGES = [
  "/(home)/page",
  "/topics/[slug]/page",
  "/metrics/[slug]/page",
  "/groups/[id]/page",
  "/sources/(list)/page",
  "/sources/[id]/page",
  "/claims/page",
  "/claims/[id]/page",
  "/conflicts/page",
  "/search/page",
  "/places/[slug]/page",
  "/actors/[slug]/page",
  "/how-to-read/page",
] as const;

type ClientManifest = { entryJSFiles?: Record<string, string[]> };

function readClientManifest(nextDir: string, page: string): ClientManifest {
  const file = path.join(nextDir, "server", "app", `${page}_client-reference-manifest.js`);
  if (!fs.existsSync(file)) throw new Error(`${page}: no client reference manifest at ${file}; is the build complete?`);
  // The manifest is a script that assigns to globalThis.__RSC_MANIFEST; it runs in an empty context.
  const context: { __RSC_MANIFEST?: Record<string, ClientManifest> } = {};
  vm.runInNewContext(fs.readFileSync(file, "utf8"), context);
  const manifest = context.__RSC_MANIFEST?.[page];
  if (!manifest) throw new Error(`${page}: its client reference manifest does not describe it.`);
  return manifest;
}

/** The build-relative paths (static/chunks/…js) of the scripts a page loads on first visit. */
export function firstLoadScripts(nextDir: string, page: string): string[] {
  const build = JSON.parse(fs.readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
  const entries = Object.values(readClientManifest(nextDir, page).entryJSFiles ?? {}).flat();
  return [...new Set([...(build.rootMainFiles ?? []), ...entries])].filter((f) => f.endsWith(".js"));
}

export function gzipBytes(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/** Each reading page with its gzipped first-load JavaScript in bytes. */
export function pageWeights(nextDir: string, pages: readonly string[] = READING_PAGES): Array<{ page: string; bytes: number }> {
  return pages.map((page) => ({
    page,
    bytes: firstLoadScripts(nextDir, page).reduce((sum, script) => sum + gzipBytes(path.join(nextDir, script)), 0),
  }));
}

/** "/claims/[id]/page" as a reader knows it: /claims/[id]. */
export function routeOf(page: string): string {
  return (
    page
      .replace(/\/page$/, "")
      .split("/")
      .filter((s) => !/^\(.*\)$/.test(s))
      .join("/") || "/"
  );
}
