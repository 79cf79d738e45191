// Personal API tokens: created and revoked by their owner on /account/tokens (an admin may revoke
// anyone's), and checked on every API request that sends `Authorization: Bearer …`. Decision 0014.
import "server-only";
import { db } from "@/lib/db/client";
import { dayToDate } from "@/lib/db/dates";
import type { ApiTokenInput, TokenScope } from "@/lib/schemas/api-token";
import { hasRole, AuthError, ROLES, type CurrentUser, type Role } from "./roles";
import { hashToken, newTokenSecret, tokenMatches, tokenPublicId } from "./token-secret";
import { AccountError } from "./users";

/** A person may hold this many tokens that are not revoked. */
export const LIVE_TOKENS_MAX = 50;
/** The last-used time is written at most this often per token, so that reads do not write on every call. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export const BEARER_HELP = "Send the token as Authorization: Bearer fl_….";
export const MALFORMED_TOKEN = "The API token is malformed: a token reads fl_, 12 hex characters, _ and 43 more characters. Check that it was copied whole.";
/** Said of a token that does not exist and of one whose secret is wrong alike, so that an answer tells no one which tokens exist. */
export const INVALID_TOKEN = "The API token is not valid. Create a new one on /account/tokens.";
export const REVOKED_TOKEN = "The API token has been revoked. Create a new one on /account/tokens.";
export const SUSPENDED_ACCOUNT = "The API token's account is suspended.";

// Compared against when no row has the public id, so that an unknown token costs the same hash and comparison.
const ABSENT_HASH = hashToken("fl_000000000000_absent");

function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** The token in an Authorization header value, or AuthError(401) naming what is wrong with it. */
export function bearerToken(authorization: string): string {
  const match = /^bearer\s+(.*)$/is.exec(authorization.trim());
  if (!match) throw new AuthError(401, `The Authorization header is not a bearer token. ${BEARER_HELP}`);
  const token = match[1]!.trim();
  if (tokenPublicId(token) === null) throw new AuthError(401, MALFORMED_TOKEN);
  return token;
}

/**
 * The user a bearer token acts for, if it may do `access`: AuthError(401) when the token is
 * malformed, unknown, revoked or expired or its account suspended, AuthError(403) when a read
 * token is used to write. A token that passes has its last-used time moved, at most once a minute.
 */
export async function authenticateToken(authorization: string, access: TokenScope, now = new Date()): Promise<CurrentUser> {
  const token = bearerToken(authorization);
  const row = await db().apiToken.findUnique({
    where: { publicId: tokenPublicId(token)! },
    select: { id: true, hash: true, scope: true, expiresAt: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, email: true, name: true, role: true, banned: true, banExpires: true } } },
  });
  const matches = tokenMatches(token, row?.hash ?? ABSENT_HASH);
  if (!row || !matches) throw new AuthError(401, INVALID_TOKEN);
  // Past this point the caller holds the real secret, so naming the token's state tells an attacker nothing.
  if (row.revokedAt) throw new AuthError(401, REVOKED_TOKEN);
  if (row.expiresAt && row.expiresAt <= now) throw new AuthError(401, `The API token expired on ${row.expiresAt.toISOString().slice(0, 10)}. Create a new one on /account/tokens.`);
  const { user } = row;
  if (user.banned && (!user.banExpires || user.banExpires > now)) throw new AuthError(401, SUSPENDED_ACCOUNT);
  if (!isRole(user.role)) throw new AuthError(401, INVALID_TOKEN);
  if (access === "write" && row.scope !== "write") {
    throw new AuthError(403, `This token's scope is ${row.scope}; writing needs a token with the write scope.`);
  }
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    // Conditional, so that concurrent requests write it once; a failure here must not refuse the request.
    await db()
      .apiToken.updateMany({ where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }] }, data: { lastUsedAt: now } })
      .catch((error: unknown) => console.warn("Could not record a token's last use:", error));
  }
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** A new token for `user`; the secret is returned this once and never stored. */
export async function createApiToken(user: CurrentUser, input: ApiTokenInput): Promise<{ id: number; token: string }> {
  const live = await db().apiToken.count({ where: { userId: user.id, revokedAt: null } });
  if (live >= LIVE_TOKENS_MAX) throw new AccountError("limit", `You hold ${LIVE_TOKENS_MAX} tokens already; revoke one you no longer use first.`);
  const secret = newTokenSecret();
  const row = await db().apiToken.create({
    data: { publicId: secret.publicId, hash: secret.hash, userId: user.id, name: input.name, scope: input.scope, expiresAt: input.expiresOn ? dayToDate(input.expiresOn) : null },
    select: { id: true },
  });
  return { id: row.id, token: secret.token };
}

/** Revokes a token at once: its owner, or an admin, may. Revoking a revoked token changes nothing. */
export async function revokeApiToken(user: CurrentUser, id: number, now = new Date()): Promise<void> {
  const owner = hasRole(user, "admin") ? {} : { userId: user.id };
  const row = await db().apiToken.findFirst({ where: { id, ...owner }, select: { id: true } });
  if (!row) throw new AccountError("not-found", "There is no such token.");
  await db().apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
}
