// Generated bad requests (fast-check) across every endpoint of the API, each passed through the
// proxy's edge rules (lib/http/edge-policy.ts) and then its route handler, as the server does:
// malformed JSON, wrong types, missing fields, unknown filters and values, bad and stale cursors,
// page sizes over the limit, oversized bodies, duplicate sources, stale versions, unknown ids, and
// writes with no session, a forged cookie write, or a read-only, revoked, expired, malformed or
// unknown token. Every answer must be a 4xx with a JSON body naming the problem, never a 2xx or a
// 5xx, and every table of the database must be byte for byte as it was.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken, revokeApiToken } from "@/lib/auth/api-tokens";
import { getAuth } from "@/lib/auth/auth";
import type { CurrentUser } from "@/lib/auth/roles";
import { createUser } from "@/lib/auth/users";
import { decideEdge } from "@/lib/http/edge-policy";
import { BODY_LIMITS, JSON_DEPTH_LIMIT } from "@/lib/http/body-limits";
import { databaseFingerprint } from "@/lib/testing/database-fingerprint";
import { EACH_DATABASE, seededLedger } from "@/lib/testing/seeded-ledger";


type Context = { params: Promise<{ id: string; slug: string }> };
type Handler = (request: Request, context: Context) => Promise<Response> | Response;

const routes = {
  claims: await import("@/app/api/v1/claims/route"),
  claim: await import("@/app/api/v1/claims/[id]/route"),
  status: await import("@/app/api/v1/claims/[id]/status/route"),
  sameReport: await import("@/app/api/v1/claims/[id]/same-report/route"),
  sources: await import("@/app/api/v1/sources/route"),
  source: await import("@/app/api/v1/sources/[id]/route"),
  republishes: await import("@/app/api/v1/sources/[id]/republishes/route"),
  rejections: await import("@/app/api/v1/sources/[id]/rejections/route"),
  proposed: await import("@/app/api/v1/sources/[id]/proposed/route"),
  extract: await import("@/app/api/v1/extract/route"),
  outlets: await import("@/app/api/v1/outlets/route"),
  places: await import("@/app/api/v1/places/route"),
  place: await import("@/app/api/v1/places/[slug]/route"),
  actors: await import("@/app/api/v1/actors/route"),
  actor: await import("@/app/api/v1/actors/[slug]/route"),
  metrics: await import("@/app/api/v1/metrics/route"),
  search: await import("@/app/api/v1/search/route"),
  group: await import("@/app/api/v1/groups/[id]/route"),
  csv: await import("@/app/api/v1/exports/claims.csv/route"),
  jsonl: await import("@/app/api/v1/exports/claims.jsonl/route"),
};

const ALL_HANDLERS = new Set<Handler>(
  Object.values(routes).flatMap((route) => Object.entries(route).filter(([method]) => ["GET", "POST", "PUT", "PATCH"].includes(method)).map(([, handler]) => handler as Handler)),
);

const ORIGIN = "http://localhost:3000";
const PASSWORD = "correct-horse-battery-staple";
const REQUESTS = { SQLite: 1_200, PostgreSQL: 400 } as const;

/** What the seeded ledger holds that valid-looking requests refer to. */
type Fixture = {
  claimId: number;
  sourceId: number;
  seedText: string;
  claimVersion: number;
  staleCursor: string;
  tokens: { write: string; read: string; revoked: string; expired: string; suspended: string };
  cookie: string;
};

type Auth = { kind: "token"; token: string } | { kind: "cookie"; origin: string | null } | { kind: "none" };
type BadRequest = { method: string; path: string; handler: Handler; params: { id: string; slug: string }; body?: string; auth: Auth; why: string };

/** A write, with a body that would be accepted by an editor's write token. */
type WriteRoute = {
  method: string;
  path: (id: string) => string;
  handler: Handler;
  /** The id or slug of an existing item, for routes addressed by one. */
  param?: "claim" | "source" | "place" | "actor";
  valid: (f: Fixture, n: number) => Record<string, unknown>;
  /** A field the body cannot do without; removing it or giving it a wrong type is refused. */
  required: string;
  /** The body's version field, when the route checks one. */
  versioned?: boolean;
  /** Saves nothing: a read token may call it. */
  readOnly?: boolean;
};

const QUOTE = "The report indicated that the US-SDFcoalition has captured 233 ISIS fighters in 28 operations this year.";
const claimBody = (f: Fixture, n: number) => ({ sourceId: f.sourceId, metric: "isis-members-captured", place: "syria", qualifier: "exact", best: String(5000 + n), surface: "233", quote: QUOTE });

const WRITES: WriteRoute[] = [
  { method: "POST", path: () => "/claims", handler: routes.claims.POST, valid: claimBody, required: "quote" },
  { method: "PATCH", path: (id) => `/claims/${id}`, handler: routes.claim.PATCH, param: "claim", valid: (f, n) => ({ claim: claimBody(f, n), reason: "checked again", expectedVersion: f.claimVersion }), required: "reason", versioned: true },
  { method: "POST", path: (id) => `/claims/${id}/status`, handler: routes.status.POST, param: "claim", valid: (f) => ({ status: "deprecated", reason: "superseded", expectedVersion: f.claimVersion }), required: "status", versioned: true },
  { method: "POST", path: (id) => `/claims/${id}/same-report`, handler: routes.sameReport.POST, param: "claim", valid: claimBody, required: "quote" },
  { method: "POST", path: () => "/sources", handler: routes.sources.POST, valid: (_f, n) => ({ title: `Report ${n}`, undated: true, text: `Report number ${n}: 12 people were detained.` }), required: "text" },
  { method: "PATCH", path: (id) => `/sources/${id}`, handler: routes.source.PATCH, param: "source", valid: () => ({ title: "Retitled", publishedAt: "2024-08-13", reason: "the outlet's headline", expectedVersion: 1 }), required: "reason", versioned: true },
  { method: "PUT", path: (id) => `/sources/${id}/republishes`, handler: routes.republishes.PUT, param: "source", valid: () => ({ origin: "sdf", reason: "a rewrite of another report" }), required: "reason" },
  { method: "POST", path: (id) => `/sources/${id}/rejections`, handler: routes.rejections.POST, param: "source", valid: (f) => ({ start: f.seedText.indexOf("28"), end: f.seedText.indexOf("28") + 2, surface: "28" }), required: "surface" },
  { method: "PUT", path: (id) => `/sources/${id}/proposed`, handler: routes.proposed.PUT, param: "source", valid: (_f, n) => ({ proposed: 10 + n }), required: "proposed" },
  { method: "POST", path: () => "/extract", handler: routes.extract.POST, valid: () => ({ text: "Officials said about 2,500 fighters remain.", publishedOn: "2024-08-13" }), required: "text", readOnly: true },
  { method: "POST", path: () => "/outlets", handler: routes.outlets.POST, valid: (_f, n) => ({ name: `Gazette ${n}` }), required: "name" },
  { method: "POST", path: () => "/actors", handler: routes.actors.POST, valid: (_f, n) => ({ name: `Monitor ${n}`, kind: "ngo" }), required: "name" },
  { method: "POST", path: () => "/places", handler: routes.places.POST, valid: (_f, n) => ({ name: `District ${n}`, kind: "province", parent: "syria" }), required: "name" },
  { method: "PATCH", path: (slug) => `/places/${slug}`, handler: routes.place.PATCH, param: "place", valid: () => ({ name: "Syria", aliases: [], reason: "its usual name", expectedVersion: 1 }), required: "reason", versioned: true },
  { method: "PATCH", path: (slug) => `/actors/${slug}`, handler: routes.actor.PATCH, param: "actor", valid: () => ({ name: "Syrian Democratic Forces", kind: "armed_group", reason: "its full name", expectedVersion: 1 }), required: "reason", versioned: true },
];

const EXISTING = (f: Fixture) => ({ claim: String(f.claimId), source: String(f.sourceId), place: "syria", actor: "sdf" });
const BAD_IDS = ["0", "-1", "abc", "1.5", "99999999", "1e3", "%20", "99999999999999999999999"];
const BAD_SLUGS = ["atlantis", "no-such-place", "x".repeat(300), "-", "Syria"];

/** Values no required field takes: a string field gets a number, a number field an object, and so on. */
const wrongType = fc.oneof(fc.integer(), fc.double(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }), fc.constant(true));
const wrongTypeFor = (field: string) => (field === "proposed" ? fc.oneof(fc.string({ maxLength: 6 }), fc.constant(null), fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }), fc.constant(-5), fc.constant(1.5)) : field === "status" ? fc.oneof(wrongType, fc.constantFrom("deleted", "", "ACTIVE")) : wrongType);

const malformedJson = fc
  .oneof(fc.constantFrom("{", '{"a":', "[1,", "nul", "{'quote':1}", "", "}", '{"reason":"x",}', "\u0000", "undefined"), fc.string({ maxLength: 40 }).map((s) => `{${s}`))
  .filter((text) => {
    try {
      JSON.parse(text);
      return false;
    } catch {
      return true;
    }
  });
const notAnObject = fc.oneof(fc.integer(), fc.string({ maxLength: 20 }), fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }), fc.constant(null), fc.boolean()).map((v) => JSON.stringify(v));
const deepJson = fc.integer({ min: JSON_DEPTH_LIMIT + 1, max: 400 }).map((n) => "[".repeat(n) + "]".repeat(n));

function writeRequests(f: Fixture): fc.Arbitrary<BadRequest> {
  const route = fc.constantFrom(...WRITES);
  const n = fc.nat({ max: 1_000_000 });
  const at = (r: WriteRoute, param: string): Pick<BadRequest, "method" | "path" | "handler" | "params"> => ({ method: r.method, path: r.path(param), handler: r.handler, params: { id: param, slug: param } });
  const existing = (r: WriteRoute) => (r.param ? EXISTING(f)[r.param] : "");
  const writeToken: Auth = { kind: "token", token: f.tokens.write };
  const body = (r: WriteRoute, value: Record<string, unknown>) => JSON.stringify(r.method === "PATCH" && r.param === "claim" ? value : value);
  const withRequired = (r: WriteRoute, v: Record<string, unknown>, value: unknown) => (r.param === "claim" && r.required === "quote" ? { ...v, quote: value } : { ...v, [r.required]: value });

  return fc.oneof(
    // A valid body without a way in, or with a token that may not write.
    fc.record({ r: route, n, auth: fc.constantFrom<Auth>({ kind: "none" }, { kind: "token", token: f.tokens.revoked }, { kind: "token", token: f.tokens.expired }, { kind: "token", token: f.tokens.suspended }, { kind: "token", token: "fl_short" }, { kind: "token", token: `fl_0123456789ab_${"A".repeat(43)}` }, { kind: "token", token: f.tokens.write.slice(0, -2) + "zz" }, { kind: "token", token: f.tokens.read }, { kind: "cookie", origin: "http://evil.test" }, { kind: "cookie", origin: null }) })
      .filter(({ r, auth }) => !(r.readOnly && auth.kind === "token" && auth.token === f.tokens.read))
      .map(({ r, n, auth }) => ({ ...at(r, existing(r)), body: body(r, r.valid(f, n)), auth, why: `valid body, refused caller (${auth.kind})` })),
    // Malformed JSON, JSON that is not an object, or nested past the limit: with a write token or a same-origin session.
    fc.record({ r: route, text: fc.oneof(malformedJson, notAnObject, deepJson), cookie: fc.boolean() }).map(({ r, text, cookie }) => ({ ...at(r, existing(r)), body: text, auth: cookie ? { kind: "cookie", origin: ORIGIN } : writeToken, why: "malformed body" }) as BadRequest),
    // A required field missing, other fields of any shape.
    fc.record({ r: route, n, noise: fc.dictionary(fc.constantFrom("title", "metric", "place", "qualifier", "best", "low", "kind", "aliases", "parent", "undated", "extra"), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }) }).map(({ r, n, noise }) => {
      const value: Record<string, unknown> = { ...r.valid(f, n), ...noise };
      if (r.param === "claim" && "claim" in value) delete value.reason;
      else delete value[r.required];
      return { ...at(r, existing(r)), body: JSON.stringify(value), auth: writeToken, why: `missing ${r.required}` };
    }),
    // A required field of the wrong type.
    route.chain((r) => fc.record({ n, value: wrongTypeFor(r.required) }).map(({ n, value }) => ({ ...at(r, existing(r)), body: JSON.stringify(withRequired(r, r.valid(f, n), value)), auth: writeToken, why: `wrong type for ${r.required}` }))),
    // An id or slug that names nothing, with a valid body.
    fc.record({ r: fc.constantFrom(...WRITES.filter((w) => w.param)), n, bad: fc.constantFrom(...BAD_IDS, ...BAD_SLUGS) }).map(({ r, n, bad }) => ({ ...at(r, bad), body: JSON.stringify(r.valid(f, n)), auth: writeToken, why: "unknown id" })),
    // A stale version.
    fc.record({ r: fc.constantFrom(...WRITES.filter((w) => w.versioned)), n, version: fc.integer({ min: 50, max: 1_000_000 }) }).map(({ r, n, version }) => ({ ...at(r, existing(r)), body: JSON.stringify({ ...r.valid(f, n), expectedVersion: version }), auth: writeToken, why: "stale version" })),
    // A source the ledger already has (same text), under another title.
    fc.record({ title: fc.string({ minLength: 1, maxLength: 40 }).filter((t) => t.trim().length > 0) }).map(({ title }) => ({ ...at(WRITES[4]!, ""), body: JSON.stringify({ title, undated: true, text: f.seedText }), auth: writeToken, why: "duplicate source" })),
    // An oversized body: just over the route's limit.
    fc.record({ r: route, extra: fc.integer({ min: 1, max: 2_000 }) }).map(({ r, extra }) => {
      const limit = r.path("1") === "/sources" || r.path("1") === "/extract" ? BODY_LIMITS.sources.bytes : BODY_LIMITS.api.bytes;
      return { ...at(r, existing(r)), body: JSON.stringify({ text: "x".repeat(limit + extra) }), auth: writeToken, why: "oversized body" };
    }),
    // An unknown or wrong query value on a write that reads its query.
    fc.record({ n, query: fc.constantFrom("review=maybe", "review=", "colour=red", "review=accepted&review=edited") }).map(({ n, query }) => ({ ...at(WRITES[0]!, ""), path: `/claims?${query}`, body: JSON.stringify(claimBody(f, n)), auth: writeToken, why: "bad query on a write" })),
  );
}

function readRequests(f: Fixture): fc.Arbitrary<BadRequest> {
  const get = (path: string, handler: Handler, why: string, param = ""): BadRequest => ({ method: "GET", path, handler, params: { id: param, slug: param }, auth: { kind: "none" }, why });
  const junk = fc.string({ minLength: 1, maxLength: 12 }).map(encodeURIComponent);
  const badLimit = fc.oneof(fc.constantFrom("0", "-1", "x", "1.5", "1e9", ""), fc.integer({ min: 101, max: 100_000 }).map(String));
  const claimBad = fc.oneof(
    junk.filter((k) => !["topic", "metric", "place", "outlet", "origin", "qualifier", "modality", "verdict", "status", "periodFrom", "periodTo", "publishedFrom", "publishedTo", "cursor", "limit", "q"].includes(k)).map((k) => `${k}=1`),
    badLimit.map((l) => `limit=${l}`),
    fc.constantFrom("place=atlantis", "metric=no-such-metric", "qualifier=roughly", "status=deleted", "verdict=maybe", "modality=wished", "publishedFrom=2024-13-01", "periodFrom=yesterday", "place=syria&place=iraq", "topic=%00", "origin=-"),
    junk.map((c) => `cursor=${c}`),
    fc.constant(`place=iraq&limit=2&cursor=${f.staleCursor}`),
  );
  const listBad = fc.oneof(badLimit.map((l) => `limit=${l}`), junk.filter((k) => !["q", "limit", "after", "cursor"].includes(k)).map((k) => `${k}=1`), fc.constant("sort=name"));
  return fc.oneof(
    fc.tuple(fc.constantFrom<[string, Handler]>(["/claims", routes.claims.GET], ["/exports/claims.csv", routes.csv.GET], ["/exports/claims.jsonl", routes.jsonl.GET]), claimBad).map(([[path, handler], query]) =>
      get(`${path}?${path === "/claims" ? query : query.replace(/(^|&)(cursor|limit)=[^&]*/g, "$1colour=1")}`, handler, "bad filter, cursor or limit"),
    ),
    fc.tuple(fc.constantFrom<[string, Handler]>(["/claims", routes.claim.GET], ["/sources", routes.source.GET], ["/groups", routes.group.GET]), fc.constantFrom(...BAD_IDS)).map(([[path, handler], id]) => get(`${path}/${id}`, handler, "unknown id", id)),
    fc.oneof(badLimit.map((l) => `limit=${l}`), junk.map((c) => `cursor=${c}`), fc.constant("page=2")).map((q) => get(`/sources?${q}`, routes.sources.GET, "bad source list query")),
    fc.tuple(fc.constantFrom<[string, Handler]>(["/metrics", routes.metrics.GET], ["/places", routes.places.GET], ["/actors", routes.actors.GET]), listBad).map(([[path, handler], q]) => get(`${path}?${q}`, handler, "bad list query")),
    fc.oneof(fc.constant(""), fc.constant("q="), fc.constant(`q=${"a".repeat(10_001)}`), fc.constant("q=kabul&limit=51"), fc.constant("q=kabul&limit=0"), junk.map((k) => `q=kabul&${k === "limit" ? "x" : k}=1`)).map((q) => get(`/search?${q}`, routes.search.GET, "bad search")),
    fc.oneof(fc.constant(""), fc.constant("q=wall&limit=26"), fc.constant("q=wall&after=x"), fc.constant(`q=${"b".repeat(1_000)}`)).map((q) => get(`/outlets?${q}`, routes.outlets.GET, "bad outlet search")),
  );
}

async function send(request: BadRequest, f: Fixture): Promise<{ status: number; body: string }> {
  const headers = new Headers({ "x-forwarded-for": "10.7.0.1" });
  if (request.body !== undefined) {
    headers.set("content-type", "application/json");
    headers.set("content-length", String(Buffer.byteLength(request.body)));
  }
  if (request.auth.kind === "token") headers.set("authorization", `Bearer ${request.auth.token}`);
  if (request.auth.kind === "cookie") {
    headers.set("cookie", f.cookie);
    if (request.auth.origin) headers.set("origin", request.auth.origin);
  }
  const init = { method: request.method, headers, body: request.body };
  const url = `${ORIGIN}/api/v1${request.path}`;
  const edge = await decideEdge(new Request(url, init));
  const response = edge.kind === "refuse" ? edge.response : await request.handler(new Request(url, { ...init, headers: edge.requestHeaders }), { params: Promise.resolve(request.params) });
  return { status: response.status, body: await response.text() };
}

describe.each(EACH_DATABASE)("bad requests on %s", (name, create) => {
  const t = seededLedger(create);
  const previousSecret = process.env.BETTER_AUTH_SECRET;
  let fixture: Fixture;

  beforeAll(async () => {
    process.env.BETTER_AUTH_SECRET = "bad-requests-test-secret-of-at-least-32-characters";
    const user = async (email: string): Promise<CurrentUser> => {
      const row = await createUser({ email, name: "Bad input", role: "editor", password: PASSWORD });
      return { id: row.id, email: row.email, name: row.name, role: row.role };
    };
    const editor = await user("bad-input@example.test");
    const banned = await user("bad-input-banned@example.test");
    const tokenOf = async (u: CurrentUser, scope: "read" | "write", expiresOn: string | null = null) => (await createApiToken(u, { name: scope, scope, expiresOn })).token;
    const revoked = await tokenOf(editor, "write");
    await revokeApiToken(editor, (await t.db.apiToken.findFirstOrThrow({ orderBy: { id: "desc" }, select: { id: true } })).id);
    const expired = await tokenOf(editor, "write", "2099-01-01");
    await t.db.apiToken.updateMany({ where: { expiresAt: { not: null } }, data: { expiresAt: new Date("2021-06-01T00:00:00Z") } });
    const suspended = await tokenOf(banned, "write");
    await t.db.user.update({ where: { id: banned.id }, data: { banned: true } });
    const seed = await t.db.claim.findUniqueOrThrow({ where: { key: "001-isis-captured-233" }, select: { id: true, version: true, source: { select: { id: true, text: true } } } });
    const page = (await (await routes.claims.GET(new Request(`${ORIGIN}/api/v1/claims?place=syria&limit=2`))).json()) as { next: string };
    const { headers } = await getAuth().api.signInEmail({ body: { email: editor.email, password: PASSWORD }, returnHeaders: true });
    fixture = {
      claimId: seed.id,
      claimVersion: seed.version,
      sourceId: seed.source.id,
      seedText: seed.source.text,
      staleCursor: page.next,
      tokens: { write: await tokenOf(editor, "write"), read: await tokenOf(editor, "read"), revoked, expired, suspended },
      cookie: headers.getSetCookie().map((c) => c.split(";")[0]).join("; "),
    };
  }, 120_000);

  afterAll(() => {
    if (previousSecret === undefined) delete process.env.BETTER_AUTH_SECRET;
    else process.env.BETTER_AUTH_SECRET = previousSecret;
  });

  it(`answers ${REQUESTS[name]} generated bad requests with a 4xx naming the problem and changes nothing`, async () => {
    const count = REQUESTS[name];
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
    const requests = fc.sample(fc.oneof({ arbitrary: writeRequests(fixture), weight: 3 }, { arbitrary: readRequests(fixture), weight: 2 }), { seed, numRuns: count });
    const before = await databaseFingerprint(t.db, t.target.kind);
    const wrong: string[] = [];
    const statuses: Record<number, number> = {};
    const handlers = new Set<Handler>();
    for (const request of requests) {
      const { status, body } = await send(request, fixture);
      statuses[status] = (statuses[status] ?? 0) + 1;
      handlers.add(request.handler);
      let named = false;
      try {
        const parsed = JSON.parse(body) as { error?: unknown };
        named = typeof parsed.error === "string" && parsed.error.length > 0;
      } catch {
        named = false;
      }
      if (status < 400 || status >= 500 || !named) wrong.push(`${status} ${request.method} ${request.path.slice(0, 120)} (${request.why}, ${request.auth.kind}) ${request.body?.slice(0, 120) ?? ""} → ${body.slice(0, 200)}`);
    }
    expect(wrong, `seed ${seed}`).toEqual([]);
    expect(requests.length).toBe(count);
    // Every kind of refusal came up, and every endpoint was called.
    expect(Object.keys(statuses)).toEqual(expect.arrayContaining(["401", "403", "404", "409", "413", "422"]));
    expect(handlers.size).toBe(ALL_HANDLERS.size);
    expect(await databaseFingerprint(t.db, t.target.kind), `seed ${seed}`).toBe(before);
  }, 300_000);
});
