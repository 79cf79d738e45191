"use client";

import { useActionState, useEffect, useRef } from "react";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { TOKEN_EXPIRY_MAX_DAYS, TOKEN_NAME_MAX, TOKEN_SCOPES } from "@/lib/schemas/api-token";
import { buttonClass, Field, focusFirstError } from "@/components/forms/field";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

/** A new personal API token: name, scope, optional expiry. The secret is shown once, here, after it is made. */
export function TokenForm({ action }: { action: Action }) {
  const [state, submit, pending] = useActionState(action, IDLE);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "error") focusFirstError(form.current);
  }, [state]);
  const v = state.status === "error" ? state.values : {};
  return (
    <form ref={form} action={submit} noValidate className="space-y-4" aria-labelledby="new-token-heading">
      <h2 id="new-token-heading" className="text-lg font-semibold text-stone-900">
        New token
      </h2>
      {state.status === "error" && state.message && (
        <div role="alert" data-form-message tabIndex={-1} className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900 focus:outline-none">
          {state.message}
        </div>
      )}
      {state.status === "ok" && state.values.token && (
        <div role="status" className="space-y-2 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
          <p>{state.message}</p>
          <code data-testid="new-token" className="block break-all rounded bg-white px-2 py-1 font-mono text-xs text-stone-900 select-all">
            {state.values.token}
          </code>
        </div>
      )}
      <Field id="token-name" name="name" label="Name" error={state.fields.name} hint="What it is for, e.g. the script that uses it.">
        {(p) => <input {...p} type="text" autoComplete="off" maxLength={TOKEN_NAME_MAX} defaultValue={v.name} key={`name-${v.name ?? ""}`} required />}
      </Field>
      <Field id="token-scope" name="scope" label="Scope" error={state.fields.scope} hint="read: the read API only. write: also every change the forms can make, in your name.">
        {(p) => (
          <select {...p} defaultValue={v.scope ?? "read"} key={`scope-${v.scope ?? "read"}`}>
            {TOKEN_SCOPES.map((scope) => (
              <option key={scope} value={scope}>
                {scope}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="token-expires" name="expiresOn" label="Expires on (optional)" error={state.fields.expiresOn} hint={`The day it stops working (UTC), at most ${TOKEN_EXPIRY_MAX_DAYS} days ahead. Empty: until revoked.`}>
        {(p) => <input {...p} type="date" defaultValue={v.expiresOn} key={`expires-${v.expiresOn ?? ""}`} />}
      </Field>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Creating…" : "Create token"}
      </button>
    </form>
  );
}

/** Revokes one token at once; a refusal is shown beside the button. */
export function RevokeTokenForm({ action, tokenId, name }: { action: Action; tokenId: number; name: string }) {
  const [state, submit, pending] = useActionState(action, IDLE);
  return (
    <form action={submit} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="tokenId" value={tokenId} />
      <button type="submit" disabled={pending} className="rounded border border-red-300 px-2 py-0.5 text-xs text-red-800 hover:bg-red-50 disabled:opacity-60">
        Revoke<span className="sr-only"> {name}</span>
      </button>
      {state.status === "error" && (
        <span role="alert" className="text-xs text-red-700">
          {state.message}
        </span>
      )}
    </form>
  );
}
