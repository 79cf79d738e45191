import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { firstLoadScripts, gzipBytes, JS_BUDGET_BYTES, pageWeights, READING_PAGES, routeOf } from "./page-weight";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A build folder laid out as `next build` leaves it, with chunks of random (incompressible) bytes. */
function fakeBuild(chunkBytes: Record<string, number>, pageEntries: Record<string, Record<string, string[]>>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "page-weight-"));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, "static", "chunks"), { recursive: true });
  for (const [name, bytes] of Object.entries(chunkBytes)) fs.writeFileSync(path.join(dir, "static", "chunks", name), crypto.randomBytes(bytes).toString("base64"));
  fs.writeFileSync(
    path.join(dir, "build-manifest.json"),
    JSON.stringify({ polyfillFiles: ["static/chunks/polyfills.js"], rootMainFiles: ["static/chunks/react.js", "static/chunks/router.js"] }),
  );
  for (const [page, entryJSFiles] of Object.entries(pageEntries)) {
    const file = path.join(dir, "server", "app", `${page}_client-reference-manifest.js`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(
      file,
      `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST[${JSON.stringify(page)}] = ${JSON.stringify({ clientModules: {}, entryJSFiles })};\n`,
    );
  }
  return dir;
}

describe("first-load JavaScript of a page", () => {
  it("counts the shared scripts and the page's entry chunks once each, and not the nomodule polyfills", () => {
    const dir = fakeBuild(
      { "react.js": 3000, "router.js": 2000, "layout.js": 500, "page.js": 400, "polyfills.js": 9000 },
      { "/claims/[id]/page": { "[project]/app/layout": ["static/chunks/layout.js"], "[project]/app/claims/[id]/page": ["static/chunks/layout.js", "static/chunks/page.js"] } },
    );
    const scripts = firstLoadScripts(dir, "/claims/[id]/page");
    expect(scripts.sort()).toEqual(["static/chunks/layout.js", "static/chunks/page.js", "static/chunks/react.js", "static/chunks/router.js"]);
    const expected = scripts.reduce((n, s) => n + gzipBytes(path.join(dir, s)), 0);
    expect(pageWeights(dir, ["/claims/[id]/page"])).toEqual([{ page: "/claims/[id]/page", bytes: expected }]);
  });

  it("says which page's manifest is missing", () => {
    const dir = fakeBuild({ "react.js": 10, "router.js": 10 }, {});
    expect(() => pageWeights(dir, ["/metrics/[slug]/page"])).toThrow(/\/metrics\/\[slug\]\/page: no client reference manifest/);
  });

  it("names routes as readers see them", () => {
    expect(routeOf("/(home)/page")).toBe("/");
    expect(routeOf("/sources/(list)/page")).toBe("/sources");
    expect(routeOf("/claims/[id]/page")).toBe("/claims/[id]");
  });
});

describe("the build's budget check", () => {
  const check = (dir: string) => spawnSync(path.join("node_modules", ".bin", "tsx"), ["scripts/check-page-weight.ts", dir], { encoding: "utf8" });
  const everyPage = (entries: string[]): Record<string, Record<string, string[]>> => Object.fromEntries(READING_PAGES.map((p) => [p, { "[project]/app/layout": entries }]));

  it("passes when every reading page is within the budget", () => {
    const run = check(fakeBuild({ "react.js": 3000, "router.js": 2000, "layout.js": 500 }, everyPage(["static/chunks/layout.js"])));
    expect(run.status, run.stderr).toBe(0);
  });

  it("fails naming the page over the budget and its size", () => {
    const pages = everyPage(["static/chunks/layout.js"]);
    pages["/claims/[id]/page"] = { "[project]/app/claims/[id]/page": ["static/chunks/layout.js", "static/chunks/editor.js"] };
    // Base64 of random bytes gzips to about three quarters of its length.
    const run = check(fakeBuild({ "react.js": 3000, "router.js": 2000, "layout.js": 500, "editor.js": JS_BUDGET_BYTES }, pages));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/1 reading page\(s\) over the 150\.0 KB budget.*: \/claims\/\[id\] \d+\.\d KB/);
  });
});
