import "server-only";
import { getSessionCookie } from "better-auth/cookies";
import { headers } from "next/headers";
import { cache } from "react";
import type { TokenScope } from "@/lib/schemas/api-token";
import { authenticateToken } from "./api-tokens";
import { getAuth } from "./auth";
import { AuthError, hasRole, ROLES, type CurrentUser, type Role } from "./roles";

export type SessionState = {
  user: CurrentUser | null;
  /** Signed out because the browser's session ended (expired or revoked), not because it never signed in. */
  expired: boolean;
};

export const SIGNED_OUT_MESSAGE = "You are not signed in. Sign in to continue.";
export const EXPIRED_MESSAGE = "Your session has expired. Sign in again to continue.";

function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/**
 * Reads the session from request headers. better-auth looks the session up in the database, so an
 * expired or revoked session (on any instance) reads as signed out.
 */
export async function sessionFromHeaders(requestHeaders: Headers): Promise<SessionState> {
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return { user: null, expired: getSessionCookie(requestHeaders) !== null };
  const { id, email, name, role } = session.user;
  if (!isRole(role)) {
    // Only a hand edit of the database can get here; such an account gets no rights at all.
    console.warn(`User ${id} has the unknown role ${JSON.stringify(role)}; treating the session as signed out.`);
    return { user: null, expired: false };
  }
  return { user: { id, email, name, role }, expired: false };
}

/** The session of the request being rendered or the server action being run (once per render). */
export const sessionState = cache(async (): Promise<SessionState> => sessionFromHeaders(await headers()));

/** The signed-in user, or null. For pages and components: what to show, never who may write. */
export async function currentUser(): Promise<CurrentUser | null> {
  return (await sessionState()).user;
}

/** Throws AuthError(401) when signed out or expired, AuthError(403) when the role is not enough. */
export function assertRole(state: SessionState, role: Role): CurrentUser {
  if (!state.user) throw new AuthError(401, state.expired ? EXPIRED_MESSAGE : SIGNED_OUT_MESSAGE);
  if (!hasRole(state.user, role)) {
    throw new AuthError(403, `This needs the ${role} role; you are signed in as an ${state.user.role}.`);
  }
  return state.user;
}

/** For server actions: the signed-in user with at least `role`, or AuthError(401 / 403). */
export async function requireRole(role: Role): Promise<CurrentUser> {
  return assertRole(await sessionState(), role);
}

/**
 * For route handlers: the user with at least `role`, from a personal API token when the request
 * sends an Authorization header (with the scope `access` needs: "write" unless the route saves
 * nothing), else from the session cookie. AuthError 401 / 403 otherwise. Cookie requests have
 * passed the proxy's same-origin checks already; a token request needs none (lib/http/same-origin.ts).
 */
export async function requireRoleForRequest(request: Request, role: Role, access: TokenScope = "write"): Promise<CurrentUser> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const user = await authenticateToken(authorization, access);
    if (!hasRole(user, role)) throw new AuthError(403, `This needs the ${role} role; the token's account is an ${user.role}.`);
    return user;
  }
  return assertRole(await sessionFromHeaders(request.headers), role);
}
