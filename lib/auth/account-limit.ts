// The per-account limit on password sign-in. better-auth limits attempts per client address, and
// reads that address from X-Forwarded-For, which a client can set when nothing in front of the app
// overwrites it (decision 0006). Counting failures per account as well bounds password guessing
// against any one account whatever address the attempts claim. Failures are rows in the shared
// database, so every app instance sees the same count.
import "server-only";
import { getAuth } from "./auth";
import { db } from "@/lib/db/client";

/** Failed password sign-ins allowed per account and window, before it must wait. */
export const ACCOUNT_SIGN_IN_LIMIT = { windowSeconds: 15 * 60, max: 10 } as const;

const SIGN_IN_PATH = /\/sign-in\/email$/;

const normalise = (email: string) => email.trim().toLowerCase();

/** Seconds the account must wait before the next attempt, or null when it may try now. */
export async function accountWait(email: string, now = new Date()): Promise<number | null> {
  const since = new Date(now.getTime() - ACCOUNT_SIGN_IN_LIMIT.windowSeconds * 1000);
  const recent = await db().signInFailure.findMany({
    where: { email: normalise(email), at: { gt: since } },
    orderBy: { at: "desc" },
    take: ACCOUNT_SIGN_IN_LIMIT.max,
    select: { at: true },
  });
  if (recent.length < ACCOUNT_SIGN_IN_LIMIT.max) return null;
  // The oldest of the last `max` failures leaves the window first.
  const freeAt = recent.at(-1)!.at.getTime() + ACCOUNT_SIGN_IN_LIMIT.windowSeconds * 1000;
  return Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
}

async function recordOutcome(email: string, succeeded: boolean): Promise<void> {
  const key = normalise(email);
  if (succeeded) {
    await db().signInFailure.deleteMany({ where: { email: key } });
    return;
  }
  const expired = new Date(Date.now() - ACCOUNT_SIGN_IN_LIMIT.windowSeconds * 1000);
  await db().signInFailure.deleteMany({ where: { email: key, at: { lte: expired } } });
  await db().signInFailure.create({ data: { email: key } });
}

async function emailOf(request: Request): Promise<string | null> {
  try {
    const body = (await request.clone().json()) as { email?: unknown };
    return typeof body.email === "string" && body.email.trim() !== "" ? body.email : null;
  } catch {
    return null;
  }
}

/**
 * better-auth's handler with the per-account limit in front of password sign-in: the API route
 * and the login form both come through here. A refused attempt answers 429 with x-retry-after,
 * as the per-address limit does.
 */
export async function handleAuthRequest(request: Request): Promise<Response> {
  const email = request.method === "POST" && SIGN_IN_PATH.test(new URL(request.url).pathname) ? await emailOf(request) : null;
  if (email === null) return getAuth().handler(request);
  const wait = await accountWait(email);
  if (wait !== null) {
    return Response.json(
      { code: "TOO_MANY_ATTEMPTS_FOR_ACCOUNT", message: "Too many failed sign-ins for this account; wait before trying again." },
      { status: 429, headers: { "x-retry-after": String(wait) } },
    );
  }
  const response = await getAuth().handler(request);
  if (response.status === 401 || response.ok) await recordOutcome(email, response.ok);
  return response;
}
