// The sign-in limits and profile rules that the probe got around, on SQLite and on PostgreSQL:
// form-encoded guesses, concurrent guesses, odd paths and bodies, oversize names, and sessions
// that outlived a password change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCOUNT_SIGN_IN_LIMIT } from "@/lib/auth/account-limit";
import { getAuth } from "@/lib/auth/auth";
import { handleAuthRequest } from "@/lib/auth/auth-request";
import { sessionFromHeaders } from "@/lib/auth/current-user";
import { revokeSessions } from "@/lib/auth/sessions";
import { liveSessionsOf } from "@/lib/data/sessions";
import { createUser } from "@/lib/auth/users";
import { useDb } from "@/lib/db/client";
import { JSON_DEPTH_LIMIT } from "@/lib/http/body-limits";
import { createPostgresTestDb, createSqliteTestDb, type TestDb } from "@/lib/testing/test-db";

const TEST_SECRET = "integration-test-secret-of-at-least-32-characters";
const PASSWORD = "correct-horse-battery-staple";
const ORIGIN = "http://localhost:3000";
const BASE = `${ORIGIN}/api/auth`;
let serial = 0;
/** A fresh client address per attempt, so the per-address limit (5 a minute) never decides. */
const nextIp = () => `198.51.${Math.floor(serial / 250)}.${(serial++ % 250) + 1}`;

function jsonSignIn(email: string, password: string, path = "/sign-in/email"): Request {
  return new Request(`${BASE}${path}`, { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": nextIp() }, body: JSON.stringify({ email, password }) });
}

function formSignIn(email: string, password: string): Request {
  return new Request(`${BASE}/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": nextIp() },
    body: new URLSearchParams({ email, password }).toString(),
  });
}

const cookieOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");

async function signedIn(email: string, password = PASSWORD): Promise<string> {
  const response = await handleAuthRequest(jsonSignIn(email, password));
  expect(response.status).toBe(200);
  return cookieOf(response);
}

function authed(cookie: string, path: string, body: unknown): Request {
  return new Request(`${BASE}${path}`, { method: "POST", headers: { cookie, origin: ORIGIN, "content-type": "application/json", "x-forwarded-for": nextIp() }, body: JSON.stringify(body) });
}

function suite(kind: "SQLite" | "PostgreSQL", open: () => Promise<TestDb>) {
  describe(`sign-in limits and sessions on ${kind}`, () => {
    let t: TestDb;
    const previous = { secret: process.env.BETTER_AUTH_SECRET, url: process.env.DATABASE_URL };

    beforeAll(async () => {
      t = await open();
      process.env.BETTER_AUTH_SECRET = TEST_SECRET;
      // better-auth's adapter picks its dialect from DATABASE_URL.
      process.env.DATABASE_URL = t.target.url;
      useDb(t.db);
    }, 60_000);

    afterAll(async () => {
      await t?.drop();
      for (const [name, value] of [["BETTER_AUTH_SECRET", previous.secret], ["DATABASE_URL", previous.url]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    });

    it("counts form-encoded guesses against the account, and then refuses the right password in either encoding", async () => {
      const email = "form@example.test";
      await createUser({ email, name: "Form", role: "editor", password: PASSWORD });
      const statuses: number[] = [];
      for (let i = 0; i < ACCOUNT_SIGN_IN_LIMIT.max; i++) statuses.push((await handleAuthRequest(formSignIn(email, `guess-${i}`))).status);
      expect(statuses).toEqual(Array(ACCOUNT_SIGN_IN_LIMIT.max).fill(401));
      for (let i = 0; i < 5; i++) expect((await handleAuthRequest(formSignIn(email, `more-${i}`))).status).toBe(429);
      expect((await handleAuthRequest(formSignIn(email, PASSWORD))).status).toBe(429);
      expect((await handleAuthRequest(jsonSignIn(email, PASSWORD))).status).toBe(429);
      // A trailing slash or another case of the path is the same endpoint.
      expect((await handleAuthRequest(jsonSignIn(email, PASSWORD, "/sign-in/email/"))).status).not.toBe(200);
      expect((await handleAuthRequest(jsonSignIn(email, PASSWORD, "/Sign-In/Email"))).status).not.toBe(200);
    });

    it(`checks at most ${ACCOUNT_SIGN_IN_LIMIT.max} of 30 concurrent guesses`, async () => {
      const email = "race@example.test";
      await createUser({ email, name: "Race", role: "editor", password: PASSWORD });
      const statuses = (await Promise.all(Array.from({ length: 30 }, (_, i) => handleAuthRequest(i % 2 ? formSignIn(email, `g${i}`) : jsonSignIn(email, `g${i}`))))).map((r) => r.status);
      expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(ACCOUNT_SIGN_IN_LIMIT.max);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(30 - ACCOUNT_SIGN_IN_LIMIT.max);
      expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
      expect((await handleAuthRequest(jsonSignIn(email, PASSWORD))).status).toBe(429);
      const row = await t.db.signInLimit.findUniqueOrThrow({ where: { email } });
      expect(row.attempts).toBe(ACCOUNT_SIGN_IN_LIMIT.max);
    });

    it("gives the place back when no password was checked, and clears the count on success", async () => {
      const email = "tidy@example.test";
      await createUser({ email, name: "Tidy", role: "editor", password: PASSWORD });
      await handleAuthRequest(jsonSignIn(email, "wrong-one"));
      // better-auth refuses this body before checking a password (a password must be a string).
      const bad = new Request(`${BASE}/sign-in/email`, { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": nextIp() }, body: JSON.stringify({ email, password: 42 }) });
      expect((await handleAuthRequest(bad)).status).toBe(400);
      expect((await t.db.signInLimit.findUniqueOrThrow({ where: { email } })).attempts).toBe(1);
      await signedIn(email);
      expect(await t.db.signInLimit.count({ where: { email } })).toBe(0);
    });

    it("refuses deep JSON with 422, other encodings with 415, and a sign-in without an email with 400", async () => {
      const deep = "[".repeat(JSON_DEPTH_LIMIT + 1) + "]".repeat(JSON_DEPTH_LIMIT + 1);
      const send = (type: string, body: string) => handleAuthRequest(new Request(`${BASE}/sign-in/email`, { method: "POST", headers: { "content-type": type, "x-forwarded-for": nextIp() }, body }));
      const tooDeep = await send("application/json", `{"email":"a@b.test","password":"x","n":${deep}}`);
      expect(tooDeep.status).toBe(422);
      expect((await tooDeep.json()).message).toContain(String(JSON_DEPTH_LIMIT));
      expect((await send("text/plain", JSON.stringify({ email: "a@b.test", password: "x" }))).status).toBe(415);
      expect((await send("application/json", JSON.stringify({ password: "x" }))).status).toBe(400);
      expect((await send("application/json", "x".repeat(20_000))).status).toBe(413);
    });

    it("holds profile names to the app's limit on /update-user", async () => {
      const email = "profile@example.test";
      await createUser({ email, name: "Profile", role: "editor", password: PASSWORD });
      const cookie = await signedIn(email);
      const huge = await handleAuthRequest(authed(cookie, "/update-user", { name: "x".repeat(1_000_000 / 100) }));
      expect(huge.status).toBe(400);
      expect((await huge.json()).message).toMatch(/at most 100/);
      expect((await handleAuthRequest(authed(cookie, "/update-user", { name: "  " }))).status).toBe(400);
      expect((await handleAuthRequest(authed(cookie, "/update-user", { image: "javascript:alert(1)" }))).status).toBe(400);
      expect((await t.db.user.findUniqueOrThrow({ where: { email } })).name).toBe("Profile");
      expect((await handleAuthRequest(authed(cookie, "/update-user", { name: "  Pro File  " }))).status).toBe(200);
      expect((await t.db.user.findUniqueOrThrow({ where: { email } })).name).toBe("Pro File");
    });

    it("ends the other sessions when the password changes, even if the request asks to keep them", async () => {
      const email = "change@example.test";
      await createUser({ email, name: "Change", role: "editor", password: PASSWORD });
      const here = await signedIn(email);
      const elsewhere = await signedIn(email);
      const changed = await handleAuthRequest(authed(here, "/change-password", { currentPassword: PASSWORD, newPassword: "a-brand-new-passphrase", revokeOtherSessions: false }));
      expect(changed.status).toBe(200);
      expect((await sessionFromHeaders(new Headers({ cookie: elsewhere }))).user).toBeNull();
      expect((await sessionFromHeaders(new Headers({ cookie: cookieOf(changed) }))).user?.email).toBe(email);
    });

    it("lists a user's live sessions for admins and ends one or all of them", async () => {
      const email = "revoke@example.test";
      const user = await createUser({ email, name: "Revoke", role: "editor", password: PASSWORD });
      const a = await signedIn(email);
      const b = await signedIn(email);
      const c = await signedIn(email);
      const listed = (await liveSessionsOf([user.id])).get(user.id)!;
      expect(listed.total).toBe(3);
      const sessionOfA = (await getAuth().api.getSession({ headers: new Headers({ cookie: a }) }))!.session.id;
      expect(await revokeSessions(user.id, sessionOfA)).toBe(1);
      expect((await sessionFromHeaders(new Headers({ cookie: a }))).user).toBeNull();
      expect((await sessionFromHeaders(new Headers({ cookie: b }))).user?.email).toBe(email);
      // An id of another user's session ends nothing.
      expect(await revokeSessions("someone-else", (await getAuth().api.getSession({ headers: new Headers({ cookie: b }) }))!.session.id)).toBe(0);
      expect(await revokeSessions(user.id, null)).toBe(2);
      expect((await sessionFromHeaders(new Headers({ cookie: c }))).user).toBeNull();
      expect((await liveSessionsOf([user.id])).get(user.id)).toBeUndefined();
    });
  });
}

suite("SQLite", () => createSqliteTestDb());
suite("PostgreSQL", () => createPostgresTestDb());
