// POST /api/v1/imports and GET /api/v1/exports/ledger.jsonl on both databases, as a client calls
// them: editors only; a malformed file answers 400 naming line and field; a row the ledger refuses
// 422; over the limit 413 naming it; a good file 201, or streamed progress then the result.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleAuthRequest } from "@/lib/auth/auth-request";
import { createUser } from "@/lib/auth/users";
import { BODY_LIMITS } from "@/lib/http/body-limits";
import { importRefusalSchema, importSummarySchema } from "@/lib/schemas/ledger-file";
import { EACH_DATABASE, seededLedger } from "@/lib/testing/seeded-ledger";
import { z } from "zod";

const importRoute = await import("@/app/api/v1/imports/route");
const ledgerRoute = await import("@/app/api/v1/exports/ledger.jsonl/route");

const ORIGIN = "http://localhost:3000";
const PASSWORD = "correct-horse-battery-staple";
let serial = 0;

async function signedIn(email: string): Promise<string> {
  await createUser({ email, name: "Importer", role: "editor", password: PASSWORD });
  const response = await handleAuthRequest(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": `198.51.100.${++serial}` },
      body: JSON.stringify({ email, password: PASSWORD }),
    }),
  );
  expect(response.status).toBe(200);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

const post = (body: string, headers: Record<string, string> = {}) =>
  importRoute.POST(new Request(`${ORIGIN}/api/v1/imports`, { method: "POST", headers: { origin: ORIGIN, "content-type": "application/x-ndjson", ...headers }, body }));

/** A copy of the ledger's first source with a new text and address, and one claim quoting it. */
function newFile(ledger: string, changeClaim: (claim: Record<string, unknown>) => Record<string, unknown> = (c) => c): string {
  const source = JSON.parse(ledger.split("\n")[0]!) as Record<string, unknown>;
  const text = `Officials said 41 people were evacuated from the port on Tuesday. ${String(source.text).slice(0, 200)}`;
  const claim = {
    type: "claim", id: 7, key: null, source_id: 9, metric: "us-troops-deployed", place: "syria", qualifier: "exact", low: null, best: "41", high: null, vague_term: null,
    surface: "41", surface_start: 15, modality: "observed", change: null, cumulative: false, period_start: null, period_end: null, period_label: "",
    quote: "Officials said 41 people were evacuated", quote_start: 0, attribution: [], note: "", status: "active", status_reason: "", created_at: "2026-01-01T00:00:00.000Z", relations: [],
  };
  return [
    JSON.stringify({ ...source, id: 9, url: "https://example.test/import-api", text }),
    JSON.stringify(changeClaim(claim)),
    JSON.stringify({ complete: true, sources: 1, claims: 1 }),
    "",
  ].join("\n");
}

describe.each(EACH_DATABASE)("import API on %s", (_name, create) => {
  const t = seededLedger(create);
  const previous = { secret: process.env.BETTER_AUTH_SECRET, url: process.env.DATABASE_URL };
  let cookie = "";
  let ledger = "";

  beforeAll(async () => {
    process.env.BETTER_AUTH_SECRET = "integration-test-secret-of-at-least-32-characters";
    process.env.DATABASE_URL = t.target.url;
    cookie = await signedIn(`importer-${Math.random().toString(36).slice(2)}@example.test`);
    const response = await ledgerRoute.GET();
    expect(response.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    ledger = await response.text();
  }, 60_000);
  afterAll(() => {
    for (const [name, value] of [["BETTER_AUTH_SECRET", previous.secret], ["DATABASE_URL", previous.url]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it("GET /exports/ledger.jsonl: every source and claim, then the end line", async () => {
    const lines = ledger.trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.at(-1)).toEqual({ complete: true, sources: await t.db.source.count(), claims: await t.db.claim.count() });
    expect(lines.filter((l) => l.type === "source").length).toBe(await t.db.source.count());
  });

  it("POST /imports: signed out 401; malformed 400 naming line and field; refused rows 422; over the limit 413", async () => {
    const claims = await t.db.claim.count();
    expect((await post(newFile(ledger))).status).toBe(401);

    const notJson = await post(newFile(ledger).replace('{"type":"claim"', '{"type":"claim",,'), { cookie });
    expect(notJson.status).toBe(400);
    const malformed = importRefusalSchema.parse(await notJson.json());
    expect(malformed.problems).toEqual([expect.objectContaining({ line: 2, field: null })]);

    const badField = importRefusalSchema.parse(await (await post(newFile(ledger, (c) => ({ ...c, qualifier: "roughly" })), { cookie })).json());
    expect(badField.problems).toEqual([expect.objectContaining({ line: 2, field: "qualifier" })]);
    expect(badField.fields["line 2: qualifier"]).toBe(badField.problems[0]!.message);

    const refused = await post(newFile(ledger, (c) => ({ ...c, place: "atlantis" })), { cookie });
    expect(refused.status).toBe(422);
    expect(importRefusalSchema.parse(await refused.json()).problems).toEqual([{ line: 2, field: "place", message: "The ledger has no place “atlantis”." }]);

    const huge = await post("x".repeat(BODY_LIMITS.imports.bytes + 1), { cookie });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { error: string }).error).toContain(BODY_LIMITS.imports.label);
    expect(await t.db.claim.count()).toBe(claims);
  }, 60_000);

  it("POST /imports: a good file 201 with the summary; streamed, progress lines then the result", async () => {
    const response = await post(newFile(ledger), { cookie });
    expect(response.status).toBe(201);
    const { imported } = z.object({ imported: importSummarySchema }).parse(await response.json());
    expect(imported).toMatchObject({ sources: 1, claims: 1 });
    const claim = await t.db.claim.findFirstOrThrow({ orderBy: { id: "desc" }, select: { surface: true, source: { select: { url: true } } } });
    expect(claim).toEqual({ surface: "41", source: { url: "https://example.test/import-api" } });

    const second = newFile(ledger).replace("https://example.test/import-api", "https://example.test/import-api-2").replace("41 people were evacuated", "41 people were rescued").replace("Officials said 41 people were evacuated", "Officials said 41 people were rescued");
    const streamed = await post(second, { cookie, accept: "application/x-ndjson" });
    expect(streamed.status).toBe(200);
    const lines = (await streamed.text()).trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.some((l) => l.phase === "claims" && l.done === l.total)).toBe(true);
    expect(lines.at(-1)).toMatchObject({ result: "imported", imported: { sources: 1, claims: 1 } });

    // The same file again: its source is in the ledger now. Streamed, the refusal is the last line.
    const again = await post(second, { cookie, accept: "application/x-ndjson" });
    const last = JSON.parse((await again.text()).trimEnd().split("\n").at(-1)!) as Record<string, unknown>;
    expect(last).toMatchObject({ result: "refused", problems: [{ line: 1, field: "url" }] });
  }, 60_000);
});
