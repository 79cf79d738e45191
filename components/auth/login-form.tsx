"use client";

import { useActionState, useEffect, useRef } from "react";
import { buttonClass, Field, focusFirstError } from "@/components/forms/field";
import { IDLE, type FormState } from "@/lib/forms/form-state";

const INITIAL: FormState = { ...IDLE, values: { email: "" } };

/** Email and password. A failed attempt keeps the email, shows why next to the fields, and moves focus there. */
export function LoginForm({ action, next, notice }: { action: (state: FormState, data: FormData) => Promise<FormState>; next: string; notice: string | null }) {
  const [state, submit, pending] = useActionState(action, INITIAL);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // Only an answer from the action moves focus, never the first render.
    if (state !== INITIAL) focusFirstError(form.current);
  }, [state]);

  return (
    <form ref={form} action={submit} noValidate className="space-y-5" aria-label="Sign in">
      {notice && !state.message && (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          {notice}
        </p>
      )}
      {state.message && (
        <div role="alert" data-form-message tabIndex={-1} className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900 focus:outline-none">
          {state.message}
        </div>
      )}
      <input type="hidden" name="next" value={next} />
      <Field name="email" label="Email" error={state.fields.email}>
        {(p) => <input {...p} type="email" autoComplete="username" defaultValue={state.values.email} required />}
      </Field>
      <Field name="password" label="Password" error={state.fields.password}>
        {(p) => <input {...p} type="password" autoComplete="current-password" required />}
      </Field>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
