import { describe, expect, it } from "vitest";
import { BODY_LIMITS, jsonDepthExceeds } from "./body-limits";
import { decideEdge } from "./edge-policy";
import { hasMalformedEncoding } from "./path-encoding";
import { nonceOf } from "./security-headers";

const BASE = "http://localhost:3000";
const ACTION = "40".padEnd(42, "a");

function request(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  return new Request(`${BASE}${path}`, { method: init.method ?? "GET", headers: init.headers });
}

async function refusal(req: Request) {
  const decision = await decideEdge(req);
  if (decision.kind !== "refuse") throw new Error(`expected a refusal of ${req.method} ${req.url}`);
  const { response } = decision;
  return { status: response.status, headers: response.headers, body: response.headers.get("content-type")?.includes("json") ? await response.json() : await response.text() };
}

describe("body limits before parsing", () => {
  it("refuses a sign-in body over its limit with 413 naming the limit", async () => {
    const r = await refusal(request("/api/auth/sign-in/email", { method: "POST", headers: { "content-type": "application/json", "content-length": String(50 * 1024 * 1024) } }));
    expect(r.status).toBe(413);
    expect(r.body).toMatchObject({ limit: { bytes: BODY_LIMITS.auth.bytes, label: "16 KB" } });
    expect(r.body.error).toContain("16 KB");
  });

  it("applies each route's own limit, server actions included", async () => {
    const over = (limit: { bytes: number }) => String(limit.bytes + 1);
    for (const [path, headers, limit] of [
      ["/api/v1/claims", {}, BODY_LIMITS.api],
      ["/api/v1/extract", {}, BODY_LIMITS.extract],
      ["/api/v1/sources", {}, BODY_LIMITS.sources],
      ["/sources/new", { "next-action": ACTION, "content-type": "text/plain" }, BODY_LIMITS.serverAction],
      ["/login", {}, BODY_LIMITS.other],
    ] as const) {
      expect((await refusal(request(path, { method: "POST", headers: { ...headers, "content-length": over(limit) } }))).status).toBe(413);
      const atLimit = await decideEdge(request(path, { method: "POST", headers: { ...headers, "content-length": String(limit.bytes) } }));
      expect(atLimit.kind).toBe("pass");
    }
  });

  it("refuses a chunked body with no length, and a length that is not a number", async () => {
    expect((await refusal(request("/api/auth/sign-in/email", { method: "POST", headers: { "transfer-encoding": "chunked" } }))).status).toBe(411);
    expect((await refusal(request("/api/v1/claims", { method: "POST", headers: { "content-length": "12abc" } }))).status).toBe(411);
  });

  it("measures JSON nesting without parsing, ignoring brackets inside strings", async () => {
    expect(jsonDepthExceeds("[".repeat(33) + "]".repeat(33), 32)).toBe(true);
    expect(jsonDepthExceeds("[".repeat(32) + "]".repeat(32), 32)).toBe(false);
    expect(jsonDepthExceeds(JSON.stringify({ a: "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", b: '\\"{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{' }), 4)).toBe(false);
  });
});

describe("same-origin writes to the API", () => {
  const write = (headers: Record<string, string>) =>
    request("/api/v1/sources", { method: "POST", headers: { cookie: "better-auth.session_token=x", "content-length": "20", ...headers } });

  it("refuses a cookie write as text/plain or form data, from another origin, or with no origin", async () => {
    const cases: Record<string, string>[] = [
      { "content-type": "text/plain", origin: BASE },
      { "content-type": "application/x-www-form-urlencoded", origin: BASE },
      { "content-type": "application/json", origin: "http://localhost:4000" },
      { "content-type": "application/json", "sec-fetch-site": "same-site", origin: BASE },
      { "content-type": "application/json" },
    ];
    for (const headers of cases) {
      const r = await refusal(write(headers));
      expect(r.status, JSON.stringify(headers)).toBe(403);
      expect(r.body.error).toMatch(/session cookie/);
    }
  });

  it("lets a same-origin JSON write through, by Origin or by Sec-Fetch-Site", async () => {
    expect((await decideEdge(write({ "content-type": "application/json; charset=utf-8", origin: BASE }))).kind).toBe("pass");
    expect((await decideEdge(write({ "content-type": "application/json", "sec-fetch-site": "same-origin" }))).kind).toBe("pass");
  });

  it("leaves reads, cookie-less requests and bearer-only requests to the route", async () => {
    expect((await decideEdge(request("/api/v1/claims/1", { headers: { cookie: "a=b", origin: "http://evil.test" } }))).kind).toBe("pass");
    expect((await decideEdge(request("/api/v1/sources", { method: "POST", headers: { "content-type": "text/plain" } }))).kind).toBe("pass");
    expect((await decideEdge(request("/api/v1/sources", { method: "POST", headers: { authorization: "Bearer t0k3n", "content-type": "application/json" } }))).kind).toBe("pass");
  });

  it("does not let a cookie write opt out by adding a bearer header", async () => {
    expect((await refusal(write({ authorization: "Bearer x", "content-type": "text/plain", origin: BASE }))).status).toBe(403);
  });
});

describe("malformed percent-encoding", () => {
  it("finds segments that are not UTF-8 once decoded", async () => {
    expect(hasMalformedEncoding("/claims/%ff%fe")).toBe(true);
    expect(hasMalformedEncoding("/metrics/%e2%82")).toBe(true);
    expect(hasMalformedEncoding("/metrics/caf%C3%A9")).toBe(false);
    expect(hasMalformedEncoding("/sources/100%25")).toBe(false);
  });

  it("answers 400: JSON on the API, a page elsewhere", async () => {
    const api = await refusal(request("/api/v1/claims/%ff%fe"));
    expect(api.status).toBe(400);
    expect(api.body.error).toMatch(/percent-encoding/);
    const page = await refusal(request("/claims/%ff%fe"));
    expect(page.status).toBe(400);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(page.headers.get("x-frame-options")).toBe("DENY");
  });
});

describe("security headers", () => {
  it("gives pages a nonce CSP, fresh each time, and tells Next.js the nonce through the request", async () => {
    const a = await decideEdge(request("/"));
    const b = await decideEdge(request("/"));
    if (a.kind !== "pass" || b.kind !== "pass") throw new Error("pages pass");
    const csp = a.responseHeaders.get("content-security-policy")!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(a.requestHeaders.get("content-security-policy")).toBe(csp);
    // A page that writes a script of its own reads the same nonce back from the request.
    expect(csp).toContain(`'nonce-${nonceOf(a.requestHeaders.get("content-security-policy"))}'`);
    expect(nonceOf(a.requestHeaders.get("content-security-policy"))).not.toBe(nonceOf(b.requestHeaders.get("content-security-policy")));
    expect(nonceOf(null)).toBe("");
    expect(b.responseHeaders.get("content-security-policy")).not.toBe(csp);
    expect(a.responseHeaders.get("x-frame-options")).toBe("DENY");
    expect(a.responseHeaders.get("x-content-type-options")).toBe("nosniff");
    expect(a.responseHeaders.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(a.responseHeaders.has("strict-transport-security")).toBe(false);
  });

  it("adds HSTS when a proxy says the client came over https", async () => {
    const d = await decideEdge(request("/api/v1/places?q=syr", { headers: { "x-forwarded-proto": "https" } }));
    if (d.kind !== "pass") throw new Error("reads pass");
    expect(d.responseHeaders.get("strict-transport-security")).toMatch(/^max-age=31536000/);
    expect(d.responseHeaders.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});

describe("posts to pages", () => {
  const post = (headers: Record<string, string>, body: string) => new Request(`${BASE}/sources/new`, { method: "POST", headers, body });

  it("refuses a malformed action id, an unexpected body type and multipart data that does not parse", async () => {
    expect((await refusal(post({ "next-action": "x", "content-type": "text/plain" }, "[]"))).status).toBe(400);
    expect((await refusal(post({ "next-action": ACTION, "content-type": "application/octet-stream" }, "[]"))).status).toBe(415);
    expect((await refusal(post({ "content-type": "multipart/form-data; boundary=x" }, "{}"))).status).toBe(400);
    expect((await refusal(post({ "next-action": ACTION, "content-type": "multipart/form-data" }, "{}"))).status).toBe(400);
  });

  it("refuses a form action sent to the API, where no route takes one", async () => {
    const toApi = new Request(`${BASE}/api/v1/status`, { method: "POST", headers: { "next-action": ACTION, "content-type": "application/json", origin: BASE }, body: "{}" });
    const answer = await refusal(toApi);
    expect(answer.status).toBe(400);
  });

  it("lets well-formed form posts through", async () => {
    const form = new FormData();
    form.set("title", "A title");
    const multipart = new Request(`${BASE}/sources/new`, { method: "POST", headers: { "next-action": ACTION }, body: form });
    expect((await decideEdge(multipart)).kind).toBe("pass");
    expect((await decideEdge(post({ "next-action": ACTION, "content-type": "text/plain;charset=UTF-8" }, "[]"))).kind).toBe("pass");
    expect((await decideEdge(post({ "content-type": "application/x-www-form-urlencoded" }, "a=b"))).kind).toBe("pass");
  });
});
