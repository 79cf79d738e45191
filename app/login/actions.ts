"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/auth";
import { safeNextPath } from "@/lib/auth/next-path";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { failedForm, SIGN_IN_FORM } from "@/lib/forms/failed-form";
import type { FormState } from "@/lib/forms/form-state";
import { loginBodySchema } from "@/lib/schemas/user";

/** The login form: checks the fields, signs in through the rate-limited handler, then goes to `next`. */
export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const email = String(formData.get("email") ?? "");
  const next = safeNextPath(formData.get("next"));
  // What was typed is given back so nothing is lost; never the password.
  const values = { email };
  const parsed = loginBodySchema.safeParse({ email, password: String(formData.get("password") ?? "") });
  if (!parsed.success) return failedForm(parsed.error, values, SIGN_IN_FORM);

  const result = await signInWithPassword(parsed.data, await headers());
  if (!result.ok) {
    const message =
      result.reason === "invalid-credentials"
        ? "That email and password do not match an account. Check both and try again."
        : result.reason === "rate-limited"
          ? `Too many sign-in attempts. Wait ${result.retryAfterSeconds} seconds, then try again.`
          : "This account cannot sign in. Ask an admin.";
    return { status: "error", message, fields: {}, values };
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
