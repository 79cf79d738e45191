// Accounts, sessions, roles and the login rate limit against a real SQLite database, and the
// user:create CLI as a person runs it.
import { execFile } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ACCOUNT_SIGN_IN_LIMIT, accountWait } from "@/lib/auth/account-limit";
import { handleAuthRequest } from "@/lib/auth/auth-request";
import { createAuth, getAuth, SIGN_IN_LIMIT } from "@/lib/auth/auth";
import { EXPIRED_MESSAGE, requireRole, requireRoleForRequest, sessionFromHeaders, SIGNED_OUT_MESSAGE } from "@/lib/auth/current-user";
import { AuthError, type Role } from "@/lib/auth/roles";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { AccountError, createUser, setRole } from "@/lib/auth/users";
import { listUsers } from "@/lib/data/users";
import { createDb, useDb } from "@/lib/db/client";
import { createSqliteTestDb, type TestDb } from "@/lib/testing/test-db";

// requireRole reads the request through next/headers; here the test decides what it sees.
const requestHeaders = vi.hoisted(() => ({ current: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => requestHeaders.current, cookies: async () => new Map() }));

const TEST_SECRET = "integration-test-secret-of-at-least-32-characters";
const PASSWORD = "correct-horse-battery-staple";
const BASE = "http://localhost:3000/api/auth";

/** The Cookie header a browser would send back after this response. */
function cookieHeader(setCookies: string[]): string {
  return setCookies.map((c) => c.split(";")[0]).join("; ");
}

async function signIn(email: string, password = PASSWORD): Promise<Headers> {
  const { headers } = await getAuth().api.signInEmail({ body: { email, password }, returnHeaders: true });
  return new Headers({ cookie: cookieHeader(headers.getSetCookie()) });
}

function signInRequest(ip: string, email: string, password: string): Request {
  return new Request(`${BASE}/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": ip },
    body: JSON.stringify({ email, password }),
  });
}

async function expectAuthError(promise: Promise<unknown>, status: 401 | 403, message?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AuthError);
  expect((error as AuthError).status).toBe(status);
  if (message) expect((error as AuthError).message).toBe(message);
}

describe("accounts and roles on SQLite", () => {
  let t: TestDb;
  const previousSecret = process.env.BETTER_AUTH_SECRET;

  beforeAll(async () => {
    process.env.BETTER_AUTH_SECRET = TEST_SECRET;
    t = await createSqliteTestDb();
    useDb(t.db);
    await createUser({ email: "editor@example.test", name: "Ed Editor", role: "editor", password: PASSWORD });
    await createUser({ email: "admin@example.test", name: "Ada Admin", role: "admin", password: PASSWORD });
  }, 60_000);

  afterAll(async () => {
    await t?.drop();
    if (previousSecret === undefined) delete process.env.BETTER_AUTH_SECRET;
    else process.env.BETTER_AUTH_SECRET = previousSecret;
  });

  it("stores a scrypt hash, never the password", async () => {
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "editor@example.test" }, include: { accounts: true } });
    expect(user.role).toBe("editor");
    expect(user.accounts).toHaveLength(1);
    const account = user.accounts[0]!;
    expect(account.providerId).toBe("credential");
    expect(account.password).not.toContain(PASSWORD);
    // better-auth's scrypt format: hex salt, a colon, hex key.
    expect(account.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
  });

  it("signs in with the right password and reads the user and role from the session", async () => {
    const headers = await signIn("editor@example.test");
    const state = await sessionFromHeaders(headers);
    expect(state.user).toMatchObject({ email: "editor@example.test", name: "Ed Editor", role: "editor" });
    const user = await requireRoleForRequest(new Request("http://localhost:3000/api/v1/claims", { headers }), "editor");
    expect(user.email).toBe("editor@example.test");
    // Sessions are rows in the database, shared by every app instance.
    expect(await t.db.session.count({ where: { userId: user.id } })).toBeGreaterThan(0);
  });

  it("refuses a wrong password", async () => {
    const error = await getAuth()
      .api.signInEmail({ body: { email: "editor@example.test", password: "not-the-password" } })
      .then(
        () => null,
        (e: unknown) => e as { statusCode?: number },
      );
    expect(error?.statusCode).toBe(401);
    expect(await signInWithPassword({ email: "editor@example.test", password: "not-the-password" }, new Headers({ "x-forwarded-for": "198.51.100.1" }))).toEqual({
      ok: false,
      reason: "invalid-credentials",
    });
  });

  it("signs in through the handler for the login form and hands back the session cookie", async () => {
    const result = await signInWithPassword({ email: "admin@example.test", password: PASSWORD }, new Headers({ "x-forwarded-for": "198.51.100.2" }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const session = result.cookies.find((c) => c.name.endsWith("session_token"));
    expect(session?.options).toMatchObject({ httpOnly: true, path: "/", sameSite: "lax" });
    const state = await sessionFromHeaders(new Headers({ cookie: `${session!.name}=${encodeURIComponent(session!.value)}` }));
    expect(state.user).toMatchObject({ email: "admin@example.test", role: "admin" });
  });

  it("answers 403 when the role is not enough, and lets an admin do what an editor can", async () => {
    const editor = await signIn("editor@example.test");
    await expectAuthError(requireRoleForRequest(new Request("http://x/", { headers: editor }), "admin"), 403);
    const admin = await signIn("admin@example.test");
    const request = new Request("http://x/", { headers: admin });
    await expect(requireRoleForRequest(request, "admin")).resolves.toMatchObject({ role: "admin" });
    await expect(requireRoleForRequest(request, "editor")).resolves.toMatchObject({ role: "admin" });
  });

  it("answers 401 without a session", async () => {
    await expectAuthError(requireRoleForRequest(new Request("http://x/"), "editor"), 401, SIGNED_OUT_MESSAGE);
  });

  it("treats an expired session as signed out (401) and says it expired", async () => {
    const headers = await signIn("editor@example.test");
    const before = await sessionFromHeaders(headers);
    expect(before.user).not.toBeNull();
    await t.db.session.updateMany({ where: { userId: before.user!.id }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    expect(await sessionFromHeaders(headers)).toEqual({ user: null, expired: true });
    await expectAuthError(requireRoleForRequest(new Request("http://x/", { headers }), "editor"), 401, EXPIRED_MESSAGE);
  });

  it("checks requireRole against the request's headers (server actions)", async () => {
    requestHeaders.current = await signIn("editor@example.test");
    await expect(requireRole("editor")).resolves.toMatchObject({ email: "editor@example.test" });
    await expectAuthError(requireRole("admin"), 403);
    requestHeaders.current = new Headers();
    await expectAuthError(requireRole("editor"), 401);
  });

  it("ends the session on sign-out", async () => {
    const headers = await signIn("editor@example.test");
    await getAuth().api.signOut({ headers });
    expect((await sessionFromHeaders(headers)).user).toBeNull();
  });

  it(`rate-limits password sign-in to ${SIGN_IN_LIMIT.max} a minute per address, in the shared database`, async () => {
    const ip = "203.0.113.7";
    const statuses: number[] = [];
    for (let i = 0; i < SIGN_IN_LIMIT.max; i++) {
      statuses.push((await getAuth().handler(signInRequest(ip, "editor@example.test", `wrong-${i}`))).status);
    }
    expect(statuses).toEqual(Array(SIGN_IN_LIMIT.max).fill(401));
    const sixth = await getAuth().handler(signInRequest(ip, "editor@example.test", PASSWORD));
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get("x-retry-after"))).toBeGreaterThan(0);

    // Another app instance on the same database sees the same count.
    const otherInstance = createAuth(t.db);
    expect((await otherInstance.handler(signInRequest(ip, "editor@example.test", PASSWORD))).status).toBe(429);
    const counter = await t.db.rateLimit.findUnique({ where: { key: `${ip}|/sign-in/email` } });
    expect(counter?.count).toBe(SIGN_IN_LIMIT.max);

    // The login form goes through the same limit.
    expect(await signInWithPassword({ email: "editor@example.test", password: PASSWORD }, new Headers({ "x-forwarded-for": ip }))).toMatchObject({
      ok: false,
      reason: "rate-limited",
    });

    // Other addresses are not affected.
    expect((await getAuth().handler(signInRequest("203.0.113.8", "editor@example.test", PASSWORD))).status).toBe(200);
  });

  it(`limits failed sign-ins to ${ACCOUNT_SIGN_IN_LIMIT.max} per account, whatever address the attempts claim`, async () => {
    const email = "target@example.test";
    await createUser({ email, name: "Target", role: "editor", password: PASSWORD });
    // Each guess claims a new address, so the per-address limit never fires.
    const address = (i: number) => `198.51.100.${i + 1}`;
    const statuses: number[] = [];
    for (let i = 0; i < ACCOUNT_SIGN_IN_LIMIT.max; i++) statuses.push((await handleAuthRequest(signInRequest(address(i), email, `guess-${i}`))).status);
    expect(statuses).toEqual(Array(ACCOUNT_SIGN_IN_LIMIT.max).fill(401));

    // Now even the right password waits, from any address, through the API and through the form.
    const refused = await handleAuthRequest(signInRequest(address(50), email.toUpperCase(), PASSWORD));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("x-retry-after"))).toBeGreaterThan(ACCOUNT_SIGN_IN_LIMIT.windowSeconds - 60);
    expect(await signInWithPassword({ email, password: PASSWORD }, new Headers({ "x-forwarded-for": address(51) }))).toMatchObject({ ok: false, reason: "rate-limited" });
    // Other accounts are not affected.
    expect((await handleAuthRequest(signInRequest(address(52), "editor@example.test", PASSWORD))).status).toBe(200);

    // When the window has passed, the account may try again; a success clears its count.
    await t.db.signInLimit.updateMany({ where: { email }, data: { windowStart: BigInt(Date.now() - ACCOUNT_SIGN_IN_LIMIT.windowSeconds * 1000 - 1000) } });
    expect(await accountWait(email)).toBeNull();
    expect((await handleAuthRequest(signInRequest(address(53), email, PASSWORD))).status).toBe(200);
    expect(await t.db.signInLimit.count({ where: { email } })).toBe(0);
  });

  it("has no public sign-up and keeps the admin plugin's HTTP endpoints closed", async () => {
    const signUp = await getAuth().handler(
      new Request(`${BASE}/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "192.0.2.10" },
        body: JSON.stringify({ email: "new@example.test", password: PASSWORD, name: "New" }),
      }),
    );
    expect(signUp.ok).toBe(false);
    const admin = await signIn("admin@example.test");
    admin.set("content-type", "application/json");
    const viaPlugin = await getAuth().handler(
      new Request(`${BASE}/admin/create-user`, {
        method: "POST",
        headers: admin,
        body: JSON.stringify({ email: "sneaky@example.test", password: PASSWORD, name: "Sneaky", role: "admin" }),
      }),
    );
    expect(viaPlugin.status).toBe(404);
    expect(await t.db.user.count({ where: { email: { in: ["new@example.test", "sneaky@example.test"] } } })).toBe(0);
  });

  it("refuses a second account with the same email, whatever its case", async () => {
    const error = await createUser({ email: "Editor@Example.test", name: "Again", role: "editor", password: PASSWORD }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AccountError);
    expect(error).toMatchObject({ code: "duplicate-email", field: "email", message: "A user with the email editor@example.test already exists." });
  });

  it("changes roles, and never takes the admin role from the last admin", async () => {
    const editor = await t.db.user.findUniqueOrThrow({ where: { email: "editor@example.test" } });
    const admin = await t.db.user.findUniqueOrThrow({ where: { email: "admin@example.test" } });
    await expect(setRole(admin.id, "editor")).rejects.toMatchObject({ code: "last-admin" });
    expect((await setRole(editor.id, "admin")).role).toBe("admin");
    // The role is read from the database on every request, so the change applies at once.
    const headers = await signIn("editor@example.test");
    expect((await sessionFromHeaders(headers)).user?.role).toBe("admin");
    expect((await setRole(admin.id, "editor")).role).toBe("editor");
    await setRole(admin.id, "admin");
    await setRole(editor.id, "editor");
    await expect(setRole("no-such-user", "editor")).rejects.toMatchObject({ code: "not-found" });
  });

  it("lists users newest first, a page at a time", async () => {
    for (let i = 0; i < 3; i++) {
      await createUser({ email: `page-${i}@example.test`, name: `Page ${i}`, role: "editor", password: PASSWORD });
    }
    const all = await t.db.user.count();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listUsers>> = await listUsers(cursor, 2);
      expect(page.rows.length).toBeLessThanOrEqual(2);
      seen.push(...page.rows.map((r) => r.email));
      cursor = page.next;
    } while (cursor);
    expect(seen).toHaveLength(all);
    expect(new Set(seen).size).toBe(all);
    expect(seen.indexOf("page-2@example.test")).toBeLessThan(seen.indexOf("page-0@example.test"));
    expect((await listUsers("not-a-cursor", 2)).rows).toHaveLength(2);
  });
});

describe("npm run user:create", () => {
  const exec = promisify(execFile);
  const dir = path.join(process.cwd(), "data", "tmp");
  const file = path.join(dir, `cli-${crypto.randomUUID()}.db`);
  const env = { ...process.env, DATABASE_URL: `file:${path.relative(process.cwd(), file)}`, BETTER_AUTH_SECRET: TEST_SECRET };

  async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const { stdout, stderr } = await exec("npx", ["tsx", "--conditions=react-server", "scripts/user-create.ts", ...args], { env, timeout: 60_000 });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  afterAll(() => {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(`${file}${suffix}`, { force: true });
  });

  it("migrates a new database, creates the first admin and prints a generated password once", async () => {
    const result = await run("--email", "First.Admin@Example.test", "--role", "admin");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Created admin first.admin@example.test (first.admin)");
    const password = /Password \(shown only this once; store it now\): (\S+)/.exec(result.stdout)?.[1];
    expect(password?.length).toBeGreaterThanOrEqual(24);

    // The printed password signs in.
    const db = createDb({ kind: "sqlite", url: `file:${file}`, file });
    try {
      const auth = createAuth(db, { NODE_ENV: "test", PORT: 3000, BETTER_AUTH_SECRET: TEST_SECRET });
      const { user } = await auth.api.signInEmail({ body: { email: "first.admin@example.test", password: password! } });
      expect((user as { role?: Role }).role).toBe("admin");
    } finally {
      await db.$disconnect();
    }
  }, 60_000);

  it("takes a name and a password", async () => {
    const result = await run("--email", "ed@example.test", "--role", "editor", "--name", "Ed Itor", "--password", "a-long-enough-password");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Created editor ed@example.test (Ed Itor)");
    expect(result.stdout).not.toContain("a-long-enough-password");
  }, 60_000);

  it("says the email exists and exits 1", async () => {
    const result = await run("--email", "ED@example.test", "--role", "admin");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("A user with the email ed@example.test already exists.");
  }, 60_000);

  it("names each bad argument and exits 2", async () => {
    const bad = await run("--email", "not-an-email", "--role", "owner", "--password", "short");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--email: Enter a valid email address");
    expect(bad.stderr).toContain("--role: Choose a role: editor or admin.");
    expect(bad.stderr).toContain("--password: Use at least 12 characters.");
    expect(bad.stderr).toContain("Usage: npm run user:create");

    const missing = await run("--role", "admin");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--email:");

    const unknown = await run("--email", "x@example.test", "--role", "admin", "--admin");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--admin'");
  }, 60_000);
});
