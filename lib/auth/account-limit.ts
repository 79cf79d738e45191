// The per-account limit on password sign-in. better-auth limits attempts per client address, and
// reads that address from X-Forwarded-For, which a client can set when nothing in front of the app
// overwrites it (decision 0006). Counting attempts per account as well bounds password guessing
// against any one account whatever address the attempts claim. The count is one row per account
// in the shared database, so every app instance sees it, and an attempt takes its place in the
// count with one conditional upsert BEFORE the password is checked: concurrent attempts cannot
// all be checked against a count that none of them has raised yet.
import "server-only";
import { db } from "@/lib/db/client";

/** Failed password sign-ins allowed per account and window, before it must wait. */
export const ACCOUNT_SIGN_IN_LIMIT = { windowSeconds: 15 * 60, max: 10 } as const;

const windowMs = ACCOUNT_SIGN_IN_LIMIT.windowSeconds * 1000;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export type Reservation = { ok: true; email: string } | { ok: false; waitSeconds: number };

/**
 * Counts an attempt for the account if it has room, in one statement: a new window starts when
 * the last one has passed; otherwise the count rises only while it is under the limit. No row
 * back means the account is full and must wait.
 */
export async function reserveAttempt(email: string, now = Date.now()): Promise<Reservation> {
  const key = normaliseEmail(email);
  const at = BigInt(now);
  const expired = BigInt(now - windowMs);
  const rows = await db().$queryRaw<Array<{ attempts: number | bigint }>>`
    INSERT INTO "SignInLimit" ("email", "attempts", "windowStart") VALUES (${key}, 1, ${at})
    ON CONFLICT ("email") DO UPDATE SET
      "attempts" = CASE WHEN "SignInLimit"."windowStart" <= ${expired} THEN 1 ELSE "SignInLimit"."attempts" + 1 END,
      "windowStart" = CASE WHEN "SignInLimit"."windowStart" <= ${expired} THEN ${at} ELSE "SignInLimit"."windowStart" END
    WHERE "SignInLimit"."windowStart" <= ${expired} OR "SignInLimit"."attempts" < ${ACCOUNT_SIGN_IN_LIMIT.max}
    RETURNING "attempts"`;
  if (rows.length > 0) return { ok: true, email: key };
  return { ok: false, waitSeconds: (await accountWait(key, now)) ?? 1 };
}

/** Seconds the account must wait before the next attempt, or null when it may try now. */
export async function accountWait(email: string, now = Date.now()): Promise<number | null> {
  const row = await db().signInLimit.findUnique({ where: { email: normaliseEmail(email) } });
  if (!row || row.attempts < ACCOUNT_SIGN_IN_LIMIT.max) return null;
  const freeAt = Number(row.windowStart) + windowMs;
  if (freeAt <= now) return null;
  return Math.max(1, Math.ceil((freeAt - now) / 1000));
}

/**
 * What the checked attempt turned out to be: a success clears the account's count, a wrong
 * password keeps its place in it, and anything else (bad input, the address limit) gives the
 * place back, since no password was checked.
 */
export async function settleAttempt(email: string, outcome: "succeeded" | "failed" | "not-checked"): Promise<void> {
  const key = normaliseEmail(email);
  if (outcome === "succeeded") await db().signInLimit.deleteMany({ where: { email: key } });
  else if (outcome === "not-checked") {
    await db().signInLimit.updateMany({ where: { email: key, attempts: { gt: 0 } }, data: { attempts: { decrement: 1 } } });
  }
}
