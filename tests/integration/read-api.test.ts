// The read API as a client calls it, on both databases: every operation of the OpenAPI document
// answers what its schema says, and bad parameters, unknown ones, bad or stale cursors and page
// sizes above the limit answer 422 naming the problem. The document itself passes a validator.
import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { openApiDocument } from "@/lib/api/openapi";
import { actorPageSchema, claimDetailSchema, claimPageSchema, errorBodySchema, lookupAnswerSchema, metricPageSchema, placePageSchema, searchResultsSchema, sourceDetailSchema, sourcePageSchema } from "@/lib/schemas/api";
import { groupResponseSchema } from "@/lib/schemas/group";
import { readSeeds } from "@/lib/seed/read-seeds";
import { EACH_DATABASE, seededLedger } from "@/lib/testing/seeded-ledger";

const claims = await import("@/app/api/v1/claims/route");
const claim = await import("@/app/api/v1/claims/[id]/route");
const sources = await import("@/app/api/v1/sources/route");
const source = await import("@/app/api/v1/sources/[id]/route");
const metrics = await import("@/app/api/v1/metrics/route");
const places = await import("@/app/api/v1/places/route");
const actors = await import("@/app/api/v1/actors/route");
const search = await import("@/app/api/v1/search/route");
const outlets = await import("@/app/api/v1/outlets/route");
const group = await import("@/app/api/v1/groups/[id]/route");
const openapi = await import("@/app/api/v1/openapi.json/route");

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

async function call(handler: Handler, path: string, id = "") {
  const response = await handler(new Request(`http://localhost/api/v1${path}`), { params: Promise.resolve({ id }) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function ok<T extends z.ZodType>(handler: Handler, path: string, schema: T, id = ""): Promise<z.infer<T>> {
  const { status, body } = await call(handler, path, id);
  expect(status, JSON.stringify(body).slice(0, 300)).toBe(200);
  return schema.parse(body);
}

async function refused(handler: Handler, path: string, field: string, message?: string | RegExp) {
  const { status, body } = await call(handler, path);
  expect(status).toBe(422);
  const parsed = errorBodySchema.parse(body);
  expect(Object.keys(parsed.fields ?? {})).toContain(field);
  if (message) expect(parsed.fields![field]).toMatch(message);
}

it("publishes a valid OpenAPI 3.1 document", async () => {
  const response = openapi.GET();
  const document = (await response.json()) as Record<string, unknown>;
  expect(document.openapi).toBe("3.1.0");
  await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
});

/** Each documented operation, with the test below (or in exports.test.ts for the downloads, import-api.test.ts for the import) that calls it. */
const COVERED = ["GET /exports/claims.csv", "GET /exports/claims.jsonl", "GET /exports/ledger.jsonl", "POST /imports", "GET /claims", "GET /claims/{id}", "GET /sources", "GET /sources/{id}", "GET /metrics", "GET /places", "GET /actors", "GET /search", "GET /outlets", "GET /groups/{id}"];
/** The writes, each called with a token in api-tokens.test.ts ("makes every write the forms can, by token"). */
const COVERED_WRITES = [
  "POST /claims",
  "PATCH /claims/{id}",
  "POST /claims/{id}/status",
  "POST /claims/{id}/same-report",
  "POST /sources",
  "PATCH /sources/{id}",
  "PUT /sources/{id}/republishes",
  "POST /sources/{id}/rejections",
  "PUT /sources/{id}/proposed",
  "POST /extract",
  "POST /outlets",
  "POST /places",
  "PATCH /places/{slug}",
  "POST /actors",
  "PATCH /actors/{slug}",
];

it("has an integration test for every operation it documents", () => {
  const documented = Object.entries(openApiDocument().paths ?? {}).flatMap(([path, item]) => Object.keys(item ?? {}).filter((k) => ["get", "post", "put", "patch", "delete"].includes(k)).map((m) => `${m.toUpperCase()} ${path}`));
  expect(documented.sort()).toEqual([...COVERED, ...COVERED_WRITES].sort());
});

describe.each(EACH_DATABASE)("read API on %s", (_name, create) => {
  const seeded = seededLedger(create);

  it("GET /claims filters and pages with a cursor", async () => {
    const first = await ok(claims.GET as Handler, "/claims?place=syria&limit=3", claimPageSchema);
    expect(first.rows).toHaveLength(3);
    const second = await ok(claims.GET as Handler, `/claims?place=syria&limit=3&cursor=${first.next}`, claimPageSchema);
    expect(second.rows.map((r) => r.id)).not.toContain(first.rows[0]!.id);
    const fighters = await ok(claims.GET as Handler, "/claims?metric=isis-fighters&limit=100", claimPageSchema);
    expect(fighters.rows.length).toBeGreaterThan(0);
    expect(fighters.rows.every((r) => r.metric.slug === "isis-fighters")).toBe(true);
    const observed = await ok(claims.GET as Handler, "/claims?modality=observed&verdict=trend&limit=100", claimPageSchema);
    expect(observed.rows.length).toBeGreaterThan(0);
    expect(observed.rows.every((r) => r.modality === "observed")).toBe(true);
    expect((await ok(claims.GET as Handler, "/claims?modality=projected", claimPageSchema)).rows).toEqual([]);
  });

  it("GET /claims refuses what it cannot answer, naming it", async () => {
    await refused(claims.GET as Handler, "/claims?colour=red", "colour", /Unknown parameter/);
    await refused(claims.GET as Handler, "/claims?place=syria&place=iraq", "place", /once/);
    await refused(claims.GET as Handler, "/claims?qualifier=roughly", "qualifier");
    await refused(claims.GET as Handler, "/claims?modality=hoped", "modality");
    await refused(claims.GET as Handler, "/claims?verdict=maybe", "verdict");
    await refused(claims.GET as Handler, "/claims?publishedFrom=2024-13-01", "publishedFrom");
    await refused(claims.GET as Handler, "/claims?place=atlantis", "place", /no place/);
    await refused(claims.GET as Handler, "/claims?limit=101", "limit", "The limit is at most 100.");
    await refused(claims.GET as Handler, "/claims?limit=0", "limit");
    await refused(claims.GET as Handler, "/claims?cursor=garbage", "cursor", /not one this API gave/);
    const page = await ok(claims.GET as Handler, "/claims?place=syria&limit=2", claimPageSchema);
    await refused(claims.GET as Handler, `/claims?place=iraq&limit=2&cursor=${page.next}`, "cursor", /other filters/);
  });

  it("GET /claims/{id} gives the claim with its revisions; 404 for none", async () => {
    const { rows } = await ok(claims.GET as Handler, "/claims?limit=1", claimPageSchema);
    const detail = await ok(claim.GET as Handler, `/claims/${rows[0]!.id}`, claimDetailSchema, String(rows[0]!.id));
    expect(detail.revisions.length).toBeGreaterThan(0);
    expect(detail.revisions[0]!.version).toBe(1);
    expect((await call(claim.GET as Handler, "/claims/999999", "999999")).status).toBe(404);
    expect((await call(claim.GET as Handler, "/claims/abc", "abc")).status).toBe(404);
  });

  it("GET /sources and /sources/{id}", async () => {
    const first = await ok(sources.GET as Handler, "/sources?limit=2", sourcePageSchema);
    expect(first.rows).toHaveLength(2);
    const rest = await ok(sources.GET as Handler, `/sources?limit=100&cursor=${first.next}`, sourcePageSchema);
    expect(first.rows.length + rest.rows.length).toBe(readSeeds().files.length);
    await refused(sources.GET as Handler, "/sources?cursor=xyz", "cursor");
    await refused(sources.GET as Handler, "/sources?limit=1000", "limit", "The limit is at most 100.");
    const detail = await ok(source.GET as Handler, `/sources/${first.rows[0]!.id}`, sourceDetailSchema, String(first.rows[0]!.id));
    expect(detail.text.length).toBeGreaterThan(100);
    expect(detail.claims.length).toBe(detail.claimCount);
    expect((await call(source.GET as Handler, "/sources/424242", "424242")).status).toBe(404);
  });

  it("GET /metrics, /places and /actors list in slug order a page at a time", async () => {
    const seeds = readSeeds();
    for (const [handler, schema, path, count] of [
      [metrics.GET, metricPageSchema, "/metrics", seeds.taxonomy.metrics.length],
      [places.GET, placePageSchema, "/places", seeds.taxonomy.places.length],
      [actors.GET, actorPageSchema, "/actors", seeds.taxonomy.actors.length],
    ] as const) {
      const first = await ok(handler as Handler, `${path}?limit=5`, schema);
      const rest = await ok(handler as Handler, `${path}?limit=100&after=${first.next}`, schema);
      const slugs = [...first.rows, ...rest.rows].map((r) => r.slug);
      expect(slugs).toHaveLength(count);
      expect(slugs).toEqual([...slugs].sort());
      await refused(handler as Handler, `${path}?limit=101`, "limit");
      await refused(handler as Handler, `${path}?sort=name`, "sort");
    }
    expect((await ok(places.GET as Handler, "/places?q=kab", lookupAnswerSchema)).items.map((i) => i.slug)).toEqual(["kabul", "kabul-airport"]);
  });

  it("GET /outlets finds outlets by name; GET /groups/{id} gives a group, 404 for none", async () => {
    const found = await ok(outlets.GET as Handler, "/outlets?q=wall", lookupAnswerSchema);
    expect(found.items.map((i) => i.slug)).toContain("wall-street-journal");
    await refused(outlets.GET as Handler, "/outlets?q=wall&after=x", "after");
    const anyGroup = await seeded.db.agreementGroup.findFirstOrThrow({ select: { id: true } });
    const detail = await ok(group.GET as Handler, `/groups/${anyGroup.id}`, groupResponseSchema, String(anyGroup.id));
    expect(detail.id).toBe(anyGroup.id);
    expect(detail.members.length).toBeGreaterThan(0);
    expect((await call(group.GET as Handler, "/groups/999999", "999999")).status).toBe(404);
  });

  it("GET /search answers grouped hits and refuses an empty or oversized query", async () => {
    const results = await ok(search.GET as Handler, `/search?q=${encodeURIComponent('"Kabul" blast; DROP TABLE')}`, searchResultsSchema);
    expect(results.terms).toEqual(["kabul", "blast", "drop", "table"]);
    const kabul = await ok(search.GET as Handler, "/search?q=Kabul%20blast&limit=3", searchResultsSchema);
    expect(kabul.figures.length).toBeGreaterThan(0);
    expect(kabul.figures.length).toBeLessThanOrEqual(3);
    await refused(search.GET as Handler, "/search?q=", "q");
    await refused(search.GET as Handler, `/search?q=${"a".repeat(10_001)}`, "q", "Search with at most 10,000 characters.");
    expect((await call(search.GET as Handler, `/search?q=${"داعش ".repeat(2_000)}`)).status).toBe(200);
    await refused(search.GET as Handler, "/search?q=x&limit=51", "limit");
  });
});
