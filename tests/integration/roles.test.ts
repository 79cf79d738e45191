// Every mutating route and server action, for each kind of caller: a visitor who is not signed in,
// an editor and an admin. The role is checked on the server, and a refused call changes nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getAuth } from "@/lib/auth/auth";
import { createUser } from "@/lib/auth/users";
import { useDb } from "@/lib/db/client";
import { claimFormValuesFromQuery } from "@/lib/forms/claim-form-values";
import { IDLE } from "@/lib/forms/form-state";
import { loadSeeds } from "@/lib/seed/load-seeds";
import { readSeeds } from "@/lib/seed/read-seeds";
import { createSqliteTestDb, type TestDb } from "@/lib/testing/test-db";

// Server actions read the session through next/headers and end with redirect(); the test plays both.
const requestHeaders = vi.hoisted(() => ({ current: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => requestHeaders.current, cookies: async () => new Map() }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirected(url);
  },
}));
class Redirected extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
  }
}

const { POST: postClaim } = await import("@/app/api/v1/claims/route");
const { PATCH: patchClaim } = await import("@/app/api/v1/claims/[id]/route");
const { POST: postStatus } = await import("@/app/api/v1/claims/[id]/status/route");
const { POST: postSource } = await import("@/app/api/v1/sources/route");
const { POST: postExtract } = await import("@/app/api/v1/extract/route");
const { PUT: putRepublishes } = await import("@/app/api/v1/sources/[id]/republishes/route");
const { POST: postActor } = await import("@/app/api/v1/actors/route");
const { POST: postPlace } = await import("@/app/api/v1/places/route");
const { POST: postOutlet } = await import("@/app/api/v1/outlets/route");
const { PATCH: patchSource } = await import("@/app/api/v1/sources/[id]/route");
const { addSourceAction } = await import("@/app/sources/actions");
const { addClaimAction, editClaimAction, setClaimStatusAction } = await import("@/app/claims/actions");
const { acceptProposalAction, rejectProposalAction, sameReportAction } = await import("@/app/sources/[id]/review/actions");
const { markRepublishedAction } = await import("@/app/sources/actions");
const { createUserAction, setRoleAction } = await import("@/app/admin/users/actions");

const PASSWORD = "correct-horse-battery-staple";
type Caller = "visitor" | "editor" | "admin";
const CALLERS: Caller[] = ["visitor", "editor", "admin"];

let t: TestDb;
const cookies: Record<Caller, string> = { visitor: "", editor: "", admin: "" };
let sourceId: number;
let claimId: number;
let serial = 0;
const previousSecret = process.env.BETTER_AUTH_SECRET;

async function signIn(email: string): Promise<string> {
  const { headers } = await getAuth().api.signInEmail({ body: { email, password: PASSWORD }, returnHeaders: true });
  return headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

const as = (caller: Caller) => (cookies[caller] ? { cookie: cookies[caller] } : ({} as Record<string, string>));

function json(caller: Caller, method: string, path: string, body: unknown): Request {
  return new Request(`http://localhost:3000${path}`, { method, headers: { ...as(caller), "content-type": "application/json" }, body: JSON.stringify(body) });
}

const params = (id: number) => ({ params: Promise.resolve({ id: String(id) }) });

async function tableCounts() {
  const [claims, sources, revisions, users] = await Promise.all([t.db.claim.count(), t.db.source.count(), t.db.revision.count(), t.db.user.count()]);
  return { claims, sources, revisions, users };
}

async function currentVersion(): Promise<number> {
  return (await t.db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } })).version;
}

function claimBody() {
  serial += 1;
  return {
    sourceId,
    metric: "isis-members-captured",
    place: "syria",
    qualifier: "exact" as const,
    best: String(100 + serial),
    surface: "233",
    quote: "The report indicated that the US-SDFcoalition has captured 233 ISIS fighters in 28 operations this year.",
  };
}

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

beforeAll(async () => {
  process.env.BETTER_AUTH_SECRET = "roles-test-secret-of-at-least-32-characters";
  t = await createSqliteTestDb();
  useDb(t.db);
  await loadSeeds(t.db, readSeeds());
  await createUser({ email: "editor@example.test", name: "Editor", role: "editor", password: PASSWORD });
  await createUser({ email: "admin@example.test", name: "Admin", role: "admin", password: PASSWORD });
  cookies.editor = await signIn("editor@example.test");
  cookies.admin = await signIn("admin@example.test");
  const seedClaim = await t.db.claim.findUniqueOrThrow({ where: { key: "001-isis-captured-233" }, select: { id: true, sourceId: true } });
  sourceId = seedClaim.sourceId;
  claimId = seedClaim.id;
}, 120_000);

afterAll(async () => {
  await t?.drop();
  if (previousSecret === undefined) delete process.env.BETTER_AUTH_SECRET;
  else process.env.BETTER_AUTH_SECRET = previousSecret;
});

describe.each(CALLERS)("JSON API as %s", (caller) => {
  const allowed = caller !== "visitor";
  const expectStatus = async (response: Response, ok: number) => {
    if (allowed) expect(response.status).toBe(ok);
    else {
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: expect.stringMatching(/sign in/i) });
    }
  };

  it("POST /api/v1/claims", async () => {
    const before = await tableCounts();
    await expectStatus(await postClaim(json(caller, "POST", "/api/v1/claims", claimBody())), 201);
    if (!allowed) expect(await tableCounts()).toEqual(before);
  });

  it("PATCH /api/v1/claims/:id", async () => {
    const before = await tableCounts();
    const body = { claim: { ...claimBody(), best: "233" }, reason: `checked again by ${caller}`, expectedVersion: await currentVersion() };
    await expectStatus(await patchClaim(json(caller, "PATCH", `/api/v1/claims/${claimId}`, body), params(claimId)), 200);
    if (!allowed) expect(await tableCounts()).toEqual(before);
  });

  it("POST /api/v1/claims/:id/status", async () => {
    const before = await tableCounts();
    const status = (await t.db.claim.findUniqueOrThrow({ where: { id: claimId } })).status === "active" ? "deprecated" : "active";
    await expectStatus(await postStatus(json(caller, "POST", `/api/v1/claims/${claimId}/status`, { status, reason: `status set by ${caller}`, expectedVersion: await currentVersion() }), params(claimId)), 200);
    if (!allowed) expect(await tableCounts()).toEqual(before);
  });

  it("POST /api/v1/sources", async () => {
    const before = await tableCounts();
    await expectStatus(await postSource(json(caller, "POST", "/api/v1/sources", { title: `From ${caller}`, undated: true, text: `A report by ${caller}: 14 people were detained.` })), 201);
    if (!allowed) expect(await tableCounts()).toEqual(before);
  });

  it("POST /api/v1/sources over the text limit: 413 naming the limit, nothing saved", async () => {
    const before = await tableCounts();
    const response = await postSource(json(caller, "POST", "/api/v1/sources", { title: "Huge", undated: true, text: "word ".repeat(400_000) }));
    if (allowed) {
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ error: expect.stringMatching(/limit is 500,000 characters/), fields: { text: expect.any(String) } });
    } else expect(response.status).toBe(401);
    expect(await tableCounts()).toEqual(before);
  });

  it("POST /api/v1/outlets, /actors and /places; a duplicate is 409 naming the existing one, a bad field 422 naming it", async () => {
    await expectStatus(await postOutlet(json(caller, "POST", "/api/v1/outlets", { name: `Outlet of ${caller}` })), 201);
    await expectStatus(await postActor(json(caller, "POST", "/api/v1/actors", { name: `Monitor of ${caller}`, aliases: [`MON-${caller}`], kind: "ngo" })), 201);
    await expectStatus(await postPlace(json(caller, "POST", "/api/v1/places", { name: `District of ${caller}`, kind: "province", parent: "syria" })), 201);
    if (!allowed) return;
    const again = await postActor(json(caller, "POST", "/api/v1/actors", { name: `mon ${caller}`, kind: "ngo" }));
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: expect.stringMatching(/already has “Monitor of/), detail: { existing: { name: `Monitor of ${caller}` } } });
    const bad = await postPlace(json(caller, "POST", "/api/v1/places", { name: "Somewhere", kind: "city" }));
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ fields: { parent: expect.any(String) } });
  });

  it("PATCH /api/v1/sources/:id", async () => {
    const before = await tableCounts();
    const { version } = await t.db.source.findUniqueOrThrow({ where: { id: sourceId }, select: { version: true } });
    const body = { title: `Retitled by ${caller}`, outlet: "shafaq-news", publishedAt: "2024-08-13", reason: `checked by ${caller}`, expectedVersion: version };
    await expectStatus(await patchSource(json(caller, "PATCH", `/api/v1/sources/${sourceId}`, body), params(sourceId)), 200);
    if (!allowed) expect(await tableCounts()).toEqual(before);
  });

  it("PUT /api/v1/sources/:id/republishes", async () => {
    const before = await tableCounts();
    const body = { origin: "sdf", via: "wall-street-journal", note: `marked by ${caller}`, reason: `a rewrite, says ${caller}` };
    await expectStatus(await putRepublishes(json(caller, "PUT", `/api/v1/sources/${sourceId}/republishes`, body), params(sourceId)), 200);
    if (!allowed) expect(await tableCounts()).toEqual(before);
  });

  it("POST /api/v1/extract (saves nothing, even for editors)", async () => {
    const before = await tableCounts();
    const response = await postExtract(json(caller, "POST", "/api/v1/extract", { text: "Officials said about 2,500 fighters remain.", publishedOn: "2024-08-13" }));
    await expectStatus(response.clone(), 200);
    if (allowed) expect((await response.json()) as { proposals: Array<{ surface: string }> }).toMatchObject({ proposals: [{ surface: "about 2,500" }] });
    expect(await tableCounts()).toEqual(before);
  });
});

describe.each(CALLERS)("server actions as %s", (caller) => {
  const allowed = caller !== "visitor";
  /** Runs an action; a redirect means it succeeded. Refused calls must change nothing. */
  async function run(action: () => Promise<unknown>, permitted: boolean) {
    requestHeaders.current = new Headers(as(caller));
    const before = await tableCounts();
    const outcome = await action().then(
      (value) => value,
      (error: unknown) => (error instanceof Redirected ? { redirected: error.url } : Promise.reject(error)),
    );
    if (permitted) {
      expect(JSON.stringify(outcome)).not.toMatch(/sign in|cannot make this change|Only an admin/i);
    } else {
      expect(JSON.stringify(outcome)).toMatch(caller === "visitor" ? /sign(ed)? (in|out)/i : /cannot make this change|Only an admin/i);
      expect(await tableCounts()).toEqual(before);
    }
    return outcome;
  }

  it("addSourceAction", async () => {
    await run(() => addSourceAction(IDLE, form({ title: `Action ${caller}`, undated: "on", text: `Action text by ${caller}: 9 fighters surrendered.` })), allowed);
  });

  it("addClaimAction", async () => {
    const b = claimBody();
    await run(() => addClaimAction(IDLE, form({ ...b, sourceId: String(b.sourceId) })), allowed);
  });

  it("editClaimAction", async () => {
    const b = { ...claimBody(), best: "233" };
    await run(
      async () => editClaimAction(IDLE, form({ ...b, sourceId: String(b.sourceId), claimId: String(claimId), expectedVersion: String(await currentVersion()), reason: `edit by ${caller}` })),
      allowed,
    );
  });

  it("setClaimStatusAction", async () => {
    const status = (await t.db.claim.findUniqueOrThrow({ where: { id: claimId } })).status === "active" ? "retracted" : "active";
    await run(async () => setClaimStatusAction(IDLE, form({ claimId: String(claimId), status, reason: `status by ${caller}`, expectedVersion: String(await currentVersion()) })), allowed);
  });

  it("acceptProposalAction", async () => {
    const b = claimBody();
    await run(() => acceptProposalAction({ ...claimFormValuesFromQuery({}), ...b, sourceId: String(b.sourceId) }, { edited: false, attributionPhrase: null }), allowed);
  });

  it("rejectProposalAction", async () => {
    const source = await t.db.source.findUniqueOrThrow({ where: { id: sourceId }, select: { text: true } });
    const start = source.text.indexOf("153");
    const before = await t.db.proposalRejection.count();
    await run(() => rejectProposalAction({ sourceId, start, end: start + 3, surface: "153" }), allowed);
    expect(await t.db.proposalRejection.count()).toBe(allowed ? 1 : before);
  });

  it("markRepublishedAction", async () => {
    await run(() => markRepublishedAction(IDLE, form({ sourceId: String(sourceId), origin: "sdf", reason: `a rewrite, says ${caller}` })), allowed);
  });

  it("sameReportAction", async () => {
    const b = claimBody();
    const values = { ...b, sourceId: String(b.sourceId), sameAs: String(claimId) };
    if (allowed) {
      await run(() => sameReportAction(form(values)), true);
    } else {
      // A form action with no state to answer: a refused caller gets the sign-in error, and nothing changes.
      requestHeaders.current = new Headers(as(caller));
      const before = await tableCounts();
      await expect(sameReportAction(form(values))).rejects.toThrow(/sign in/i);
      expect(await tableCounts()).toEqual(before);
    }
  });

  it("createUserAction (admins only)", async () => {
    await run(() => createUserAction({ status: "idle", message: "", fields: {}, values: {} }, form({ email: `new-${caller}@example.test`, name: "New", role: "editor", password: PASSWORD })), caller === "admin");
  });

  it("setRoleAction (admins only)", async () => {
    const editor = await t.db.user.findFirstOrThrow({ where: { email: "editor@example.test" } });
    await run(() => setRoleAction({ status: "idle", message: "", fields: {}, values: {} }, form({ userId: editor.id, role: "editor" })), caller === "admin");
  });
});
