// The better-auth instance: accounts, password sign-in, database sessions and the login rate limit.
// Server code only; the CLIs that use it run with the react-server condition, which lets them in.
import "server-only";
import { betterAuth } from "better-auth";
import { APIError } from "better-auth/api";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins/admin";
import { defaultAc } from "better-auth/plugins/admin/access";
import { currentTarget, db, type Db } from "@/lib/db/client";
import { readEnv, type Env } from "@/lib/env";
import { PASSWORD_MAX, PASSWORD_MIN, profileFieldsSchema } from "@/lib/schemas/user";
import { defaultSecretFile, resolveAuthSecret } from "./secret";

/** How long a session lasts without use, and how often using it pushes the expiry back. */
export const SESSION_EXPIRES_IN_SECONDS = 7 * 24 * 60 * 60;
export const SESSION_UPDATE_AGE_SECONDS = 24 * 60 * 60;

/** Password sign-in attempts allowed per client address and window. */
export const SIGN_IN_LIMIT = { window: 60, max: 5 } as const;

// better-auth's admin plugin checks permissions on its own endpoints. Editors get none; admins
// get only what the admin page does (create, list, read, set roles): no impersonation or deletion.
const roles = {
  editor: defaultAc.newRole({ user: [], session: [] }),
  admin: defaultAc.newRole({ user: ["create", "list", "get", "set-role"], session: [] }),
};

function adminPlugin() {
  return admin({ defaultRole: "editor", adminRoles: ["admin"], roles });
}

// The admin page works through server actions that check the role themselves; the plugin's own
// HTTP endpoints stay closed so there is one way in. (Its server-side API is unaffected.)
const CLOSED_PATHS = Object.values(adminPlugin().endpoints).map((endpoint) => endpoint.path);

/** The address people use to reach the app: BETTER_AUTH_URL, else http://localhost:$PORT. */
export function authBaseUrl(env: Env = readEnv()): string {
  return (env.BETTER_AUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
}

/**
 * Holds the profile fields better-auth writes (name, picture) to the app's limits, on every way in:
 * /update-user, account creation, and any endpoint added later. A bad value is a 400 naming it.
 */
function checkedProfile<T extends Record<string, unknown>>(user: T): { data: T } {
  const fields = Object.fromEntries(Object.entries(user).filter(([key]) => key === "name" || key === "image"));
  const parsed = profileFieldsSchema.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new APIError("BAD_REQUEST", { code: "INVALID_PROFILE", message: `${issue.path.join(".")}: ${issue.message}` });
  }
  return { data: { ...user, ...Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) } };
}

export function createAuth(database: Db, env: Env = readEnv()) {
  const baseURL = authBaseUrl(env);
  return betterAuth({
    appName: "Figure Ledger",
    baseURL,
    basePath: "/api/auth",
    secret: resolveAuthSecret(env.BETTER_AUTH_SECRET, defaultSecretFile()),
    database: prismaAdapter(database, {
      provider: currentTarget().kind === "postgres" ? "postgresql" : "sqlite",
      transaction: true,
    }),
    // Accounts are made by the user:create CLI or by an admin, never by sign-up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: PASSWORD_MIN, maxPasswordLength: PASSWORD_MAX },
    // Sessions live in the database and every request reads them there (no cookie cache), so a
    // sign-out, an expiry or a role change applies at once on every instance.
    session: { expiresIn: SESSION_EXPIRES_IN_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
    databaseHooks: {
      user: {
        create: { before: async (user) => checkedProfile(user) },
        update: { before: async (user) => checkedProfile(user) },
      },
    },
    rateLimit: {
      // better-auth turns its limiter off outside production; the login limit must always hold.
      enabled: true,
      // Counters in the RateLimit table: every instance that shares the database shares the limit.
      storage: "database",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": { ...SIGN_IN_LIMIT } },
    },
    trustedOrigins: [new URL(baseURL).origin],
    disabledPaths: CLOSED_PATHS,
    telemetry: { enabled: false },
    // nextCookies must come last: it writes the cookies of server-side calls (sign-out) through next/headers.
    plugins: [adminPlugin(), nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

let cached: { database: Db; auth: Auth } | null = null;

/**
 * The instance for the current database client. Built on first use (never at import or build
 * time) and rebuilt when tests point `db()` at another database with `useDb`.
 */
export function getAuth(): Auth {
  const database = db();
  if (cached?.database !== database) cached = { database, auth: createAuth(database) };
  return cached.auth;
}
