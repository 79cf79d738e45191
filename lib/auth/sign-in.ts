// Password sign-in for the login form. It goes through better-auth's HTTP handler rather than its
// server API (`auth.api.signInEmail`), because only the handler applies the rate limit: a login
// form that called the server API would be an unlimited way to guess passwords.
import { parseSetCookieHeader, toCookieOptions } from "better-auth/cookies";
import type { LoginBody } from "@/lib/schemas/user";
import { handleAuthRequest } from "./auth-request";
import { authBaseUrl, SIGN_IN_LIMIT } from "./auth";

export type SessionCookie = { name: string; value: string; options: ReturnType<typeof toCookieOptions> };

export type SignInResult =
  | { ok: true; cookies: SessionCookie[] }
  | { ok: false; reason: "invalid-credentials" | "refused" }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number };

/** Headers of the visitor's request that the handler needs: the client address for the limit, the browser for the session. */
const FORWARDED = ["x-forwarded-for", "user-agent"] as const;

export async function signInWithPassword(body: LoginBody, visitor: Headers): Promise<SignInResult> {
  const baseUrl = authBaseUrl();
  // The form's own request already passed Next's same-origin check for server actions.
  const headers = new Headers({ "content-type": "application/json", origin: new URL(baseUrl).origin });
  for (const name of FORWARDED) {
    const value = visitor.get(name);
    if (value) headers.set(name, value);
  }
  const response = await handleAuthRequest(
    new Request(`${baseUrl}/api/auth/sign-in/email`, {
      method: "POST",
      headers,
      body: JSON.stringify({ email: body.email, password: body.password, rememberMe: true }),
    }),
  );
  if (response.status === 429) {
    const retryAfter = Number(response.headers.get("x-retry-after"));
    return { ok: false, reason: "rate-limited", retryAfterSeconds: retryAfter > 0 ? retryAfter : SIGN_IN_LIMIT.window };
  }
  if (response.status === 401) return { ok: false, reason: "invalid-credentials" };
  if (!response.ok) return { ok: false, reason: "refused" };
  const cookies = [...parseSetCookieHeader(response.headers.get("set-cookie") ?? "")].map(([name, attributes]) => ({
    name,
    value: attributes.value,
    options: toCookieOptions(attributes),
  }));
  return { ok: true, cookies };
}
