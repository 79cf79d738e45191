// Personal API tokens on both databases: every write route takes `Authorization: Bearer …` through
// the one check (requireRoleForRequest), with the same schemas and revision rules as the forms and
// the token's owner as the author; read tokens, revoked, expired, malformed and unknown tokens and
// suspended accounts are refused with JSON naming the problem, and a refused call changes nothing.
// Each write operation of the OpenAPI document is called here (read-api.test.ts checks the list).
import { describe, expect, it } from "vitest";
import { authenticateToken, createApiToken, INVALID_TOKEN, LAST_USED_RESOLUTION_MS, MALFORMED_TOKEN, REVOKED_TOKEN, revokeApiToken, SUSPENDED_ACCOUNT } from "@/lib/auth/api-tokens";
import type { CurrentUser } from "@/lib/auth/roles";
import { createUser } from "@/lib/auth/users";
import { errorBodySchema } from "@/lib/schemas/api";
import { EACH_DATABASE, seededLedger } from "@/lib/testing/seeded-ledger";
import { databaseFingerprint } from "@/lib/testing/database-fingerprint";


const claims = await import("@/app/api/v1/claims/route");
const claim = await import("@/app/api/v1/claims/[id]/route");
const status = await import("@/app/api/v1/claims/[id]/status/route");
const sameReport = await import("@/app/api/v1/claims/[id]/same-report/route");
const sources = await import("@/app/api/v1/sources/route");
const source = await import("@/app/api/v1/sources/[id]/route");
const republishes = await import("@/app/api/v1/sources/[id]/republishes/route");
const rejections = await import("@/app/api/v1/sources/[id]/rejections/route");
const proposed = await import("@/app/api/v1/sources/[id]/proposed/route");
const extract = await import("@/app/api/v1/extract/route");
const outlets = await import("@/app/api/v1/outlets/route");
const places = await import("@/app/api/v1/places/route");
const place = await import("@/app/api/v1/places/[slug]/route");
const actors = await import("@/app/api/v1/actors/route");
const actor = await import("@/app/api/v1/actors/[slug]/route");

const PASSWORD = "correct-horse-battery-staple";
const QUOTE = "The report indicated that the US-SDFcoalition has captured 233 ISIS fighters in 28 operations this year.";

type Handler = (request: Request, context: { params: Promise<{ id: string; slug: string }> }) => Promise<Response>;

/** Calls a route handler as a script would: JSON, the token, no cookie, no Origin. */
async function call(handler: Handler, method: string, path: string, token: string | null, body: unknown, params: Record<string, string> = {}) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const response = await handler(new Request(`http://localhost:3000/api/v1${path}`, { method, headers, body: JSON.stringify(body) }), { params: Promise.resolve({ id: "", slug: "", ...params }) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe.each(EACH_DATABASE)("API tokens on %s", (_name, create) => {
  const t = seededLedger(create);
  let editor: CurrentUser;
  let other: CurrentUser;
  let admin: CurrentUser;
  let sourceId: number;
  let claimId: number;
  let serial = 0;

  const token = async (user: CurrentUser, scope: "read" | "write", expiresOn: string | null = null) => (await createApiToken(user, { name: `${scope} token ${++serial}`, scope, expiresOn })).token;
  const fingerprint = () => databaseFingerprint(t.db, t.target.kind);
  const claimBody = () => ({ sourceId, metric: "isis-members-captured", place: "syria", qualifier: "exact", best: String(1000 + ++serial), surface: "233", quote: QUOTE });
  const claimVersion = async () => (await t.db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } })).version;
  const lastRevision = () => t.db.revision.findFirstOrThrow({ orderBy: { id: "desc" }, select: { author: true, reason: true } });

  async function ready() {
    if (editor) return;
    const asUser = async (email: string, role: "editor" | "admin") => {
      const row = await createUser({ email, name: email.split("@")[0]!, role, password: PASSWORD });
      return { id: row.id, email: row.email, name: row.name, role: row.role };
    };
    editor = await asUser("token-editor@example.test", "editor");
    other = await asUser("token-other@example.test", "editor");
    admin = await asUser("token-admin@example.test", "admin");
    const seed = await t.db.claim.findUniqueOrThrow({ where: { key: "001-isis-captured-233" }, select: { id: true, sourceId: true } });
    sourceId = seed.sourceId;
    claimId = seed.id;
  }

  it("adds a claim with a write token, with the token's owner as the revision's author", async () => {
    await ready();
    const write = await token(editor, "write");
    const { status: code, body } = await call(claims.POST, "POST", "/claims", write, claimBody());
    expect(code, JSON.stringify(body)).toBe(201);
    const revision = await t.db.revision.findFirstOrThrow({ where: { entityType: "claim", entityId: body.id as number }, select: { author: true } });
    expect(revision.author).toBe(editor.id);
  });

  it("makes every write the forms can, by token", async () => {
    await ready();
    const write = await token(editor, "write");
    const id = { id: String(claimId) };
    const src = { id: String(sourceId) };

    expect((await call(claims.POST, "POST", "/claims?review=accepted", write, claimBody())).status).toBe(201);
    const edited = await call(claim.PATCH, "PATCH", `/claims/${claimId}`, write, { claim: { ...claimBody(), best: "233" }, reason: "checked against the report", expectedVersion: await claimVersion() }, id);
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(await lastRevision()).toMatchObject({ author: editor.id, reason: "checked against the report" });
    // The same revision rule as the form: a stale version is a conflict, and nothing changes.
    const before = await fingerprint();
    const stale = await call(claim.PATCH, "PATCH", `/claims/${claimId}`, write, { claim: claimBody(), reason: "from an old copy", expectedVersion: 1 }, id);
    expect(stale.status).toBe(409);
    expect(await fingerprint()).toBe(before);
    expect((await call(status.POST, "POST", `/claims/${claimId}/status`, write, { status: "deprecated", reason: "superseded by a later count", expectedVersion: await claimVersion() }, id)).status).toBe(200);
    expect((await call(status.POST, "POST", `/claims/${claimId}/status`, write, { status: "active", reason: "restored after review", expectedVersion: await claimVersion() }, id)).status).toBe(200);
    expect((await call(sameReport.POST, "POST", `/claims/${claimId}/same-report`, write, claimBody(), id)).status).toBe(201);

    const added = await call(sources.POST, "POST", "/sources", write, { title: "A report sent by a script", undated: true, text: "A script's report: 14 people were detained." });
    expect(added.status).toBe(201);
    const duplicate = await call(sources.POST, "POST", "/sources", write, { title: "The same text again", undated: true, text: "A script's report: 14 people were detained." });
    expect(duplicate.status).toBe(409);
    const { version } = await t.db.source.findUniqueOrThrow({ where: { id: sourceId }, select: { version: true } });
    expect((await call(source.PATCH, "PATCH", `/sources/${sourceId}`, write, { title: "Retitled by a script", outlet: "shafaq-news", publishedAt: "2024-08-13", reason: "the outlet's own headline", expectedVersion: version }, src)).status).toBe(200);
    expect((await call(republishes.PUT, "PUT", `/sources/${sourceId}/republishes`, write, { origin: "sdf", via: "wall-street-journal", reason: "a rewrite of the WSJ report" }, src)).status).toBe(200);
    const text = (await t.db.source.findUniqueOrThrow({ where: { id: sourceId }, select: { text: true } })).text;
    const start = text.indexOf("28");
    const rejected = await call(rejections.POST, "POST", `/sources/${sourceId}/rejections`, write, { start, end: start + 2, surface: "28" }, src);
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(201);
    expect(rejected.body).toMatchObject({ tally: { rejected: 1 } });
    expect(await t.db.proposalRejection.findFirstOrThrow({ where: { sourceId }, select: { author: true } })).toEqual({ author: editor.id });
    expect((await call(proposed.PUT, "PUT", `/sources/${sourceId}/proposed`, write, { proposed: 7 }, src)).body).toMatchObject({ tally: { proposed: 7 } });
    expect((await call(proposed.PUT, "PUT", "/sources/999999/proposed", write, { proposed: 7 }, { id: "999999" })).status).toBe(404);

    expect((await call(outlets.POST, "POST", "/outlets", write, { name: "Script Gazette" })).status).toBe(201);
    const newActor = await call(actors.POST, "POST", "/actors", write, { name: "Script Monitor", kind: "ngo" });
    expect(newActor.status).toBe(201);
    const actorSlug = (newActor.body.item as { slug: string }).slug;
    const actorRow = await t.db.actor.findUniqueOrThrow({ where: { slug: actorSlug }, select: { version: true } });
    expect((await call(actor.PATCH, "PATCH", `/actors/${actorSlug}`, write, { name: "Script Monitoring Group", kind: "ngo", reason: "its full name", expectedVersion: actorRow.version }, { slug: actorSlug })).status).toBe(200);
    const newPlace = await call(places.POST, "POST", "/places", write, { name: "Script District", kind: "province", parent: "syria" });
    expect(newPlace.status).toBe(201);
    const placeSlug = (newPlace.body.item as { slug: string }).slug;
    const placeRow = await t.db.place.findUniqueOrThrow({ where: { slug: placeSlug }, select: { version: true } });
    expect((await call(place.PATCH, "PATCH", `/places/${placeSlug}`, write, { name: "Script Governorate", aliases: [], reason: "its official name", expectedVersion: placeRow.version }, { slug: placeSlug })).status).toBe(200);
    expect(await lastRevision()).toMatchObject({ author: editor.id });
  });

  it("lets a read token propose figures (saves nothing) but refuses its writes with 403 naming the scope", async () => {
    await ready();
    const read = await token(editor, "read");
    const before = await fingerprint();
    const proposals = await call(extract.POST, "POST", "/extract", read, { text: "Officials said about 2,500 fighters remain.", publishedOn: "2024-08-13" });
    expect(proposals.status).toBe(200);
    expect(proposals.body).toMatchObject({ proposals: [{ surface: "about 2,500" }] });
    for (const [handler, method, path, params] of [
      [claims.POST, "POST", "/claims", {}],
      [sources.POST, "POST", "/sources", {}],
      [claim.PATCH, "PATCH", `/claims/${claimId}`, { id: String(claimId) }],
      [actors.POST, "POST", "/actors", {}],
    ] as const) {
      const refused = await call(handler as Handler, method, path, read, claimBody(), params);
      expect(refused.status).toBe(403);
      expect(errorBodySchema.parse(refused.body).error).toMatch(/scope is read; writing needs a token with the write scope/);
    }
    expect(await fingerprint()).toBe(before);
  });

  it("refuses revoked, expired, malformed and unknown tokens and suspended accounts with 401 naming the problem", async () => {
    await ready();
    const revoked = await token(editor, "write");
    await revokeApiToken(editor, (await t.db.apiToken.findFirstOrThrow({ orderBy: { id: "desc" }, select: { id: true } })).id);
    const expiring = await token(editor, "write", "2099-01-01");
    await t.db.apiToken.updateMany({ where: { expiresAt: { not: null } }, data: { expiresAt: new Date("2020-01-01T00:00:00Z") } });
    const live = await token(editor, "write");
    const wrongSecret = live.slice(0, 16) + (live[16] === "A" ? "B" : "A") + live.slice(17);
    const unknown = `fl_ffffffffffff_${"A".repeat(43)}`;
    const before = await fingerprint();
    const refusal = async (bearer: string) => {
      const { status: code, body } = await call(claims.POST, "POST", "/claims", bearer, claimBody());
      expect(code).toBe(401);
      return errorBodySchema.parse(body).error;
    };
    expect(await refusal(revoked)).toBe(REVOKED_TOKEN);
    expect(await refusal(expiring)).toMatch(/expired on 2020-01-01/);
    expect(await refusal("not-a-token")).toBe(MALFORMED_TOKEN);
    expect(await refusal(live + "x")).toBe(MALFORMED_TOKEN);
    // A wrong secret and a token that never existed read alike.
    expect(await refusal(unknown)).toBe(INVALID_TOKEN);
    expect(await refusal(wrongSecret)).toBe(INVALID_TOKEN);
    const basic = await claims.POST(new Request("http://localhost:3000/api/v1/claims", { method: "POST", headers: { authorization: "Basic dXNlcjpwYXNz", "content-type": "application/json" }, body: "{}" }));
    expect(basic.status).toBe(401);
    expect(((await basic.json()) as { error: string }).error).toMatch(/Bearer/);

    expect(await fingerprint()).toBe(before);

    const suspended = await token(other, "write");
    await t.db.user.update({ where: { id: other.id }, data: { banned: true } });
    const whileBanned = await fingerprint();
    expect(await refusal(suspended)).toBe(SUSPENDED_ACCOUNT);
    expect(await fingerprint()).toBe(whileBanned);
    await t.db.user.update({ where: { id: other.id }, data: { banned: false } });
    expect((await call(claims.POST, "POST", "/claims", suspended, claimBody())).status).toBe(201);
  });

  it("revokes at once: the next call with the token is refused", async () => {
    await ready();
    const write = await token(editor, "write");
    expect((await call(claims.POST, "POST", "/claims", write, claimBody())).status).toBe(201);
    const row = await t.db.apiToken.findFirstOrThrow({ orderBy: { id: "desc" }, select: { id: true } });
    // Another editor cannot revoke it; an admin can.
    await expect(revokeApiToken(other, row.id)).rejects.toThrow(/no such token/);
    await revokeApiToken(admin, row.id);
    const before = await fingerprint();
    expect(await call(claims.POST, "POST", "/claims", write, claimBody())).toMatchObject({ status: 401, body: { error: REVOKED_TOKEN } });
    expect(await fingerprint()).toBe(before);
  });

  it("records the last use at most once a minute", async () => {
    await ready();
    const read = await token(editor, "read");
    const row = () => t.db.apiToken.findFirstOrThrow({ orderBy: { id: "desc" }, select: { lastUsedAt: true } });
    expect((await row()).lastUsedAt).toBeNull();
    const first = new Date("2031-05-01T10:00:00Z");
    await authenticateToken(`Bearer ${read}`, "read", first);
    expect((await row()).lastUsedAt).toEqual(first);
    await authenticateToken(`Bearer ${read}`, "read", new Date(first.getTime() + LAST_USED_RESOLUTION_MS - 1));
    expect((await row()).lastUsedAt).toEqual(first);
    const later = new Date(first.getTime() + LAST_USED_RESOLUTION_MS);
    await authenticateToken(`Bearer ${read}`, "read", later);
    expect((await row()).lastUsedAt).toEqual(later);
    // A refused write does not count as a use.
    await expect(authenticateToken(`Bearer ${read}`, "write", new Date(later.getTime() + 10 * LAST_USED_RESOLUTION_MS))).rejects.toMatchObject({ status: 403 });
    expect((await row()).lastUsedAt).toEqual(later);
  });

  it("stores only the token's hash", async () => {
    await ready();
    const write = await token(editor, "write");
    const rows = await t.db.apiToken.findMany({ select: { hash: true, publicId: true, name: true } });
    expect(JSON.stringify(rows)).not.toContain(write.slice(16));
    expect(rows.some((r) => write.startsWith(`fl_${r.publicId}_`))).toBe(true);
  });
});
