// The personal API token's format: "fl_" + 12 hex characters that find the row + "_" + 43
// base64url characters (256 random bits). Only the SHA-256 of the whole token is stored; the hash
// is compared in constant time, so the time an answer takes says nothing about a stored hash.
import crypto from "node:crypto";

export const TOKEN_PREFIX = "fl_";
const TOKEN_PATTERN = /^fl_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export type NewTokenSecret = { token: string; publicId: string; hash: string };

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

/** A fresh token with its public id (the shown prefix) and the hash to store. */
export function newTokenSecret(): NewTokenSecret {
  const publicId = crypto.randomBytes(6).toString("hex");
  const token = `${TOKEN_PREFIX}${publicId}_${crypto.randomBytes(32).toString("base64url")}`;
  return { token, publicId, hash: hashToken(token) };
}

/** The public id of a well-formed token, or null. */
export function tokenPublicId(token: string): string | null {
  return TOKEN_PATTERN.exec(token)?.[1] ?? null;
}

/** Whether `token` hashes to `storedHash`, compared in constant time. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const actual = Buffer.from(hashToken(token), "hex");
  const expected = Buffer.from(storedHash, "hex");
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
}

/** How a token is shown in lists: its prefix, never the secret. */
export function shownPrefix(publicId: string): string {
  return `${TOKEN_PREFIX}${publicId}_…`;
}
