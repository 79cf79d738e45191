// Figures through the JSON API and back, on SQLite and PostgreSQL: what the bound accepts is
// stored, returned, sorted and shown exactly; what it does not is a 422 naming the field. And the
// people who write: their names appear, their email addresses never do.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAuth } from "@/lib/auth/auth";
import { createUser } from "@/lib/auth/users";
import { authorNames } from "@/lib/data/authors";
import { listMetricClaims } from "@/lib/data/metrics";
import { useDb } from "@/lib/db/client";
import { compareDecimals, canonicalDecimal } from "@/lib/schemas/decimal-bound";
import { formatDecimal } from "@/lib/domain/figures-format";
import { verifyLedger } from "@/lib/ledger/verify";
import { boundedDecimal } from "@/lib/testing/arbitraries";
import { createPostgresTestDb, createSqliteTestDb, type TestDb } from "@/lib/testing/test-db";

const { POST: postClaim } = await import("@/app/api/v1/claims/route");
const { GET: getClaimRoute, PATCH: patchClaim } = await import("@/app/api/v1/claims/[id]/route");
const { POST: postStatus } = await import("@/app/api/v1/claims/[id]/status/route");
const { POST: postSource } = await import("@/app/api/v1/sources/route");

const PASSWORD = "correct-horse-battery-staple";
const EMAIL = "ada.lovelace@example.test";
const TEXT = "The ministry counted 9007199254740993 units, it said in a statement on Monday.";
const QUOTE = "The ministry counted 9007199254740993 units";
const previousSecret = process.env.BETTER_AUTH_SECRET;

describe.each([
  ["SQLite", createSqliteTestDb],
  ["PostgreSQL", createPostgresTestDb],
] as const)("exact figures through the API on %s", (_name, create) => {
  let t: TestDb;
  let cookie: string;
  let sourceId: number;

  const request = (method: string, path: string, body?: unknown) =>
    new Request(`http://localhost:3000${path}`, { method, headers: { cookie, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  const params = (id: number) => ({ params: Promise.resolve({ id: String(id) }) });
  const claim = (over: Record<string, unknown>) => ({ sourceId, metric: "units", place: "somewhere", qualifier: "exact", surface: "9007199254740993", quote: QUOTE, ...over });

  async function post(over: Record<string, unknown>) {
    const response = await postClaim(request("POST", "/api/v1/claims", claim(over)));
    return { status: response.status, body: (await response.json()) as { id: number; fields?: Record<string, string> } };
  }
  async function read(id: number) {
    const response = await getClaimRoute(request("GET", `/api/v1/claims/${id}`), params(id));
    return { status: response.status, text: await response.clone().text(), body: (await response.json()) as { value: { low: string | null; best: string | null; high: string | null }; revisions: Array<{ author: string }> } };
  }

  beforeAll(async () => {
    process.env.BETTER_AUTH_SECRET = "exact-figures-test-secret-of-at-least-32-characters";
    t = await create();
    useDb(t.db);
    const topic = await t.db.topic.create({ data: { slug: "economy", name: "Economy" } });
    // Not a count: negative values are allowed, so that the sign is tested too.
    await t.db.metric.create({ data: { slug: "units", name: "Units", unit: "units", topicId: topic.id, nonNegative: false } });
    const place = await t.db.place.create({ data: { slug: "somewhere", name: "Somewhere", kind: "country", searchKey: "somewhere" } });
    await t.db.placeAncestor.create({ data: { placeId: place.id, ancestorId: place.id, depth: 0 } });
    await createUser({ email: EMAIL, name: "Ada Lovelace", role: "editor", password: PASSWORD });
    const { headers } = await getAuth().api.signInEmail({ body: { email: EMAIL, password: PASSWORD }, returnHeaders: true });
    cookie = headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const source = await postSource(request("POST", "/api/v1/sources", { title: "Statement", text: TEXT, publishedAt: "2024-01-08" }));
    expect(source.status).toBe(201);
    sourceId = ((await source.json()) as { id: number }).id;
  }, 120_000);

  afterAll(async () => {
    await t?.drop();
    if (previousSecret === undefined) delete process.env.BETTER_AUTH_SECRET;
    else process.env.BETTER_AUTH_SECRET = previousSecret;
  });

  it("keeps 9007199254740993 and 123456789.123456789 exactly, in the row, the API and on the page", async () => {
    for (const best of ["9007199254740993", "123456789.123456789"]) {
      const created = await post({ best });
      expect(created.status).toBe(201);
      const { body } = await read(created.body.id);
      expect(body.value.best).toBe(best);
      const row = await t.db.claim.findUniqueOrThrow({ where: { id: created.body.id }, select: { valueBest: true } });
      expect(row.valueBest?.toFixed()).toBe(best);
      expect(formatDecimal(body.value.best!)).toBe(best === "9007199254740993" ? "9,007,199,254,740,993" : "123,456,789.123456789");
    }
  });

  it("refuses a figure beyond the bound with 422 naming the field, and writes nothing", async () => {
    const before = await t.db.claim.count();
    for (const [field, value] of [["best", "1000000000000000000000"], ["best", "0.12345678901"]] as const) {
      const refused = await post({ [field]: value });
      expect(refused.status).toBe(422);
      expect(refused.body.fields?.[field]).toMatch(/20 digits before the decimal point and 10 after/);
    }
    expect(await t.db.claim.count()).toBe(before);
  });

  it("round-trips any figure within the bound, exact and as a range, through POST and GET", async () => {
    await fc.assert(
      fc.asyncProperty(boundedDecimal, boundedDecimal, boundedDecimal, async (best, a, b) => {
        const [low, high] = compareDecimals(a, b) <= 0 ? [a, b] : [b, a];
        const exact = await post({ best });
        expect(exact.status).toBe(201);
        expect((await read(exact.body.id)).body.value.best).toBe(canonicalDecimal(best));
        const range = await post({ qualifier: "range", low, high });
        expect(range.status).toBe(201);
        const { value } = (await read(range.body.id)).body;
        expect([value.low, value.high]).toEqual([canonicalDecimal(low), canonicalDecimal(high)]);
      }),
      { numRuns: 15 },
    );
    expect((await verifyLedger(t.db)).ok).toBe(true);
  }, 120_000);

  it("sorts by value exactly, even where a double cannot tell two figures apart", async () => {
    const values = ["90071992547409951", "90071992547409953", "90071992547409952", "-90071992547409951", "987654321.1234567891", "987654321.123456789"];
    for (const best of values) expect((await post({ best })).status).toBe(201);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 100; page += 1) {
      const result = await listMetricClaims((await t.db.metric.findUniqueOrThrow({ where: { slug: "units" } })).id, { sort: "value", dir: "asc", cursor }, 7);
      seen.push(...result.rows.map((r) => r.value.best ?? r.value.low!));
      if (!result.next) break;
      cursor = result.next;
    }
    expect(seen).toEqual([...seen].sort(compareDecimals));
    const mine = seen.filter((v) => values.includes(v));
    expect(mine).toEqual([...values].sort(compareDecimals));
  });

  it("shows revision authors by name in the claim API, never by email address", async () => {
    const created = await post({ best: "42" });
    const id = created.body.id;
    expect((await patchClaim(request("PATCH", `/api/v1/claims/${id}`, { claim: claim({ best: "43" }), reason: "Corrected from the statement", expectedVersion: 1 }), params(id))).status).toBe(200);
    expect((await postStatus(request("POST", `/api/v1/claims/${id}/status`, { status: "deprecated", reason: "Superseded by a newer count", expectedVersion: 2 }), params(id))).status).toBe(200);
    const { text, body } = await read(id);
    expect(body.revisions.map((r) => r.author)).toEqual(["Ada Lovelace", "Ada Lovelace", "Ada Lovelace"]);
    expect(text).not.toContain(EMAIL);
    expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    // Revisions written before authors were recorded by id hold an address: it becomes a name too.
    const names = await authorNames([EMAIL, "gone@example.test", "seed"]);
    expect([names.get(EMAIL), names.get("gone@example.test"), names.get("seed")]).toEqual(["Ada Lovelace", "a former editor", "seed"]);
  });
});
