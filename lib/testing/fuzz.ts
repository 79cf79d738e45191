// Generated requests against a running server, for `npm run fuzz` and e2e/fuzz.spec.ts: every
// route (pages, server-action posts, the JSON API, better-auth's endpoints), signed in and not,
// with odd ids and slugs, odd query strings, bodies of every shape and encoding, and odd headers.
// A run passes when no answer is a 5xx, nothing in the ledger changed, and the server's resident
// memory ends within 100 MB of where it started.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import fc from "fast-check";

export type FuzzRequest = { method: string; path: string; headers: Record<string, string>; body?: string; signedIn: boolean };
export type FuzzFailure = { request: FuzzRequest; status: number | "error"; answer: string };
export type FuzzReport = { requests: number; statuses: Record<string, number>; failures: FuzzFailure[] };

const segment = fc.oneof(
  fc.nat({ max: 60 }).map(String),
  fc.constantFrom("0", "-1", "1.5", "1e3", "0x10", "99999999999999999999999", "NaN", "%ff%fe", "%e2%82", "%00", "..", "%2e%2e", "%2F", "a%20b", "null", "undefined", "[object Object]"),
  fc.constantFrom("isis-fighters", "syria", "counter-isis-operations", "isis-strength-in-syria-and-iraq", "us-force-posture"),
  fc.string({ maxLength: 40 }).map(encodeURIComponent),
);

const query = fc.oneof(
  fc.constant(""),
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom("q", "limit", "cursor", "sort", "dir", "page", "next", "source", "quote", "start", "end"), fc.string({ maxLength: 8 })), fc.oneof(segment, fc.string({ maxLength: 60 }))), { maxLength: 4 })
    .map((pairs) => `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${v}`).join("&")}`),
);

const PAGE_PATHS = ["/", "/topics/:x", "/metrics/:x", "/claims/:x", "/claims/:x/edit", "/claims/new", "/sources", "/sources/:x", "/sources/:x/review", "/sources/new", "/groups/:x", "/conflicts", "/login", "/admin/users", "/:x"];
const API_READS = ["/api/v1/claims/:x", "/api/v1/places", "/api/v1/actors", "/api/auth/get-session", "/api/auth/:x"];
const API_WRITES: Array<[string, string]> = [
  ["POST", "/api/v1/claims"],
  ["PATCH", "/api/v1/claims/:x"],
  ["POST", "/api/v1/claims/:x/status"],
  ["POST", "/api/v1/sources"],
  ["POST", "/api/v1/extract"],
  ["POST", "/api/v1/claims/:x/same-report"],
  ["POST", "/api/v1/sources/:x/rejections"],
  ["PUT", "/api/v1/sources/:x/proposed"],
  ["POST", "/api/auth/sign-in/email"],
  ["POST", "/api/auth/:x"],
  ["PUT", "/api/v1/claims/:x"],
  ["DELETE", "/api/v1/claims/:x"],
];
// Signed in, these would change the account the run uses (its name, its password, its session).
const ACCOUNT_CHANGES = /^\/api\/auth\/(sign-out|update-user|change-password|change-email|revoke|delete-user)/;

const jsonBody = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.object({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  // Fields the routes know, with values of the wrong kinds: never a complete, valid request.
  fc
    .record(
      {
        claim: fc.jsonValue({ maxDepth: 2 }),
        reason: fc.oneof(fc.string({ maxLength: 3 }), fc.integer()),
        expectedVersion: fc.oneof(fc.string(), fc.double(), fc.constant(-1)),
        status: fc.oneof(fc.string({ maxLength: 10 }), fc.integer()),
        email: fc.oneof(fc.string({ maxLength: 30 }), fc.integer()),
        password: fc.oneof(fc.string({ maxLength: 20 }), fc.constant(null)),
        text: fc.oneof(fc.constant(""), fc.constant("\u0000"), fc.integer()),
        publishedOn: fc.oneof(fc.constant("2999-01-01"), fc.string({ maxLength: 12 })),
      },
      { requiredKeys: [] },
    )
    .map((v) => JSON.stringify(v)),
  fc.nat({ max: 200 }).map((n) => "[".repeat(n) + "]".repeat(n)),
  fc.string({ maxLength: 200 }),
  fc.constantFrom("", "{", "null", "1e999", '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"x":1}}}'),
);

const contentType = fc.constantFrom("application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream", "", "application/vnd.api+json");

function fill(path: string, x: string): string {
  return path.replace(":x", x);
}

export function fuzzRequests(baseUrl: string, signedIn: boolean) {
  const origin = fc.constantFrom(new URL(baseUrl).origin, new URL(baseUrl).origin, "http://evil.test", "null", "");
  const headers = fc.record({ "content-type": contentType, origin, "sec-fetch-site": fc.constantFrom("", "same-origin", "cross-site"), "next-action": fc.constantFrom("", "", "", "0123456789abcdef", "x") });
  const clean = (h: Record<string, string>) => Object.fromEntries(Object.entries(h).filter(([, v]) => v !== ""));
  const page = fc.record({ path: fc.constantFrom(...PAGE_PATHS), x: segment, q: query }).map(({ path, x, q }) => ({ method: "GET", path: fill(path, x) + q, headers: {}, signedIn }));
  const read = fc.record({ path: fc.constantFrom(...API_READS), x: segment, q: query }).map(({ path, x, q }) => ({ method: "GET", path: fill(path, x) + q, headers: {}, signedIn }));
  const write = fc.record({ route: fc.constantFrom(...API_WRITES), x: segment, h: headers, body: jsonBody }).map(({ route, x, h, body }) => ({ method: route[0], path: fill(route[1], x), headers: clean(h), body, signedIn }));
  // Posts to pages: forms without a valid action id, and oversized or odd bodies.
  const formPost = fc.record({ path: fc.constantFrom(...PAGE_PATHS), x: segment, h: headers, body: fc.oneof(jsonBody, fc.string({ maxLength: 300 })) }).map(({ path, x, h, body }) => ({ method: "POST", path: fill(path, x), headers: clean(h), body, signedIn }));
  return fc.oneof({ arbitrary: page, weight: 3 }, { arbitrary: read, weight: 2 }, { arbitrary: write, weight: 4 }, { arbitrary: formPost, weight: 2 }).filter((r) => !(signedIn && ACCOUNT_CHANGES.test(r.path)));
}

const LEDGER_TABLES = ["Source", "Claim", "Revision", "Metric", "Topic", "Place", "Actor", "ClaimAttribution", "ClaimRelation", "AgreementGroup", "ProposalRejection"];

/** One query, the same on both databases: row counts of the ledger's tables and the newest revision's hash. */
export const LEDGER_FINGERPRINT_SQL = `SELECT ${LEDGER_TABLES.map((t) => `(SELECT count(*) FROM "${t}") AS "${t}"`).join(", ")}, (SELECT "hash" FROM "Revision" ORDER BY "id" DESC LIMIT 1) AS "lastHash"`;

/** A fingerprint of everything the ledger holds, from a function that runs one SQL query and returns its row. */
export async function ledgerFingerprint(queryRow: (sql: string) => Promise<unknown> | unknown): Promise<string> {
  const row = (await queryRow(LEDGER_FINGERPRINT_SQL)) as Record<string, unknown>;
  return JSON.stringify(row, (_key, value: unknown) => (typeof value === "bigint" ? Number(value) : value));
}

/** The resident memory of the process listening on `port`, in MB (Linux: ss and /proc). */
export function serverRssMb(port: number): number {
  const out = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
  const pid = out.match(/pid=(\d+)/)?.[1];
  if (!pid) throw new Error(`No process is listening on port ${port}.`);
  const kb = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/)?.[1];
  return Number(kb) / 1024;
}

/** Sends `count` generated requests, `concurrency` at a time; `cookie` is a signed-in editor's. */
export async function runFuzz(options: { baseUrl: string; count: number; seed: number; cookie: string; concurrency?: number; onProgress?: (done: number) => void }): Promise<FuzzReport> {
  const { baseUrl, count, seed, cookie, concurrency = 8 } = options;
  const half = Math.ceil(count / 2);
  const requests = [...fc.sample(fuzzRequests(baseUrl, false), { seed, numRuns: half }), ...fc.sample(fuzzRequests(baseUrl, true), { seed: seed + 1, numRuns: count - half })] as FuzzRequest[];
  const report: FuzzReport = { requests: 0, statuses: {}, failures: [] };
  let next = 0;
  async function worker() {
    while (next < requests.length) {
      const request = requests[next++]!;
      const headers = { ...request.headers, "x-forwarded-for": `10.9.${next % 250}.${(next >> 8) % 250}`, ...(request.signedIn ? { cookie } : {}) };
      let status: number | "error";
      let answer = "";
      try {
        const response = await fetch(new URL(request.path, baseUrl), { method: request.method, headers, body: request.method === "GET" ? undefined : request.body, redirect: "manual", signal: AbortSignal.timeout(60_000) });
        status = response.status;
        answer = status >= 500 ? (await response.text()).slice(0, 300) : "";
        if (status < 500) await response.body?.cancel();
      } catch (error) {
        status = "error";
        answer = String(error);
      }
      report.requests++;
      report.statuses[String(status)] = (report.statuses[String(status)] ?? 0) + 1;
      if (status === "error" || status >= 500) report.failures.push({ request, status, answer });
      options.onProgress?.(report.requests);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return report;
}

/** Signs an editor in through better-auth's endpoint and returns the session cookie. */
export async function signInCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(new URL("/api/auth/sign-in/email", baseUrl), {
    method: "POST",
    headers: { "content-type": "application/json", origin: new URL(baseUrl).origin, "x-forwarded-for": "10.8.0.1" },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`Signing in as ${email} failed: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

/** Loads every route once (and the extraction workers), so that the memory measured next is the server's settled size. */
export async function warmUp(baseUrl: string, cookie: string): Promise<void> {
  for (const path of PAGE_PATHS.concat(API_READS)) await fetch(new URL(fill(path, "1"), baseUrl), { headers: { cookie }, redirect: "manual" }).then((r) => r.body?.cancel());
  const origin = new URL(baseUrl).origin;
  // Two at once, with text enough to keep each busy a moment: both worker threads start.
  const text = "About 2,500 fighters remain in Syria, officials said in 2024. ".repeat(300);
  await Promise.all(
    [0, 1].map(() =>
      fetch(new URL("/api/v1/extract", baseUrl), {
        method: "POST",
        headers: { cookie, origin, "content-type": "application/json" },
        body: JSON.stringify({ text, publishedOn: null }),
      }).then((r) => r.body?.cancel()),
    ),
  );
}
