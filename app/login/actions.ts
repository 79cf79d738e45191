"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/auth";
import { safeNextPath } from "@/lib/auth/next-path";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { loginBodySchema } from "@/lib/schemas/user";

export type LoginState = {
  /** A message about the attempt as a whole: wrong credentials, too many attempts. */
  message: string;
  fields: { email?: string; password?: string };
  /** What was typed, given back so nothing is lost. Never the password. */
  values: { email: string };
};

/** The login form: checks the fields, signs in through the rate-limited handler, then goes to `next`. */
export async function signInAction(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const email = String(formData.get("email") ?? "");
  const next = safeNextPath(formData.get("next"));
  const parsed = loginBodySchema.safeParse({ email, password: String(formData.get("password") ?? "") });
  if (!parsed.success) {
    const fields: LoginState["fields"] = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      if ((key === "email" || key === "password") && !fields[key]) fields[key] = issue.message;
    }
    return { message: "", fields, values: { email } };
  }

  const result = await signInWithPassword(parsed.data, await headers());
  if (!result.ok) {
    const message =
      result.reason === "invalid-credentials"
        ? "That email and password do not match an account. Check both and try again."
        : result.reason === "rate-limited"
          ? `Too many sign-in attempts. Wait ${result.retryAfterSeconds} seconds, then try again.`
          : "This account cannot sign in. Ask an admin.";
    return { message, fields: {}, values: { email } };
  }
  const jar = await cookies();
  for (const cookie of result.cookies) jar.set(cookie.name, cookie.value, cookie.options);
  redirect(next);
}

/** Ends the session in the database and clears the cookie (better-auth's nextCookies plugin writes it). */
export async function signOutAction(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect("/");
}
