"use client";

import { useActionState, useEffect, useRef } from "react";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { ROLES } from "@/lib/auth/roles";
import { PASSWORD_MIN } from "@/lib/schemas/user";
import { buttonClass, Field, focusFirstError } from "@/components/forms/field";

/** An admin's form for a new account. A failed submit keeps everything but the password. */
export function CreateUserForm({ action }: { action: (state: FormState, data: FormData) => Promise<FormState> }) {
  const [state, submit, pending] = useActionState(action, IDLE);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "error") focusFirstError(form.current);
  }, [state]);
  const v = state.values;
  return (
    <form ref={form} action={submit} noValidate className="space-y-4" aria-labelledby="create-user-heading">
      <h2 id="create-user-heading" className="text-lg font-semibold text-stone-900">
        Add a user
      </h2>
      {state.status === "error" && state.message && (
        <div role="alert" data-form-message tabIndex={-1} className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900 focus:outline-none">
          {state.message}
        </div>
      )}
      {state.status === "ok" && (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
          {state.message}
        </p>
      )}
      <Field id="new-user-email" name="email" label="Email" error={state.fields.email}>
        {(p) => <input {...p} type="email" autoComplete="off" defaultValue={v.email} required />}
      </Field>
      <Field id="new-user-name" name="name" label="Name" error={state.fields.name}>
        {(p) => <input {...p} type="text" autoComplete="off" defaultValue={v.name} required />}
      </Field>
      <Field id="new-user-role" name="role" label="Role" error={state.fields.role} hint="An editor adds and edits claims; an admin also manages users.">
        {(p) => (
          <select {...p} defaultValue={v.role ?? "editor"} key={v.role ?? "editor"}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="new-user-password" name="password" label="Password" error={state.fields.password} hint={`At least ${PASSWORD_MIN} characters. Give it to the person by a private channel.`}>
        {(p) => <input {...p} type="password" autoComplete="new-password" required minLength={PASSWORD_MIN} />}
      </Field>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Creating…" : "Create user"}
      </button>
    </form>
  );
}
