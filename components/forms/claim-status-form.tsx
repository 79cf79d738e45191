"use client";

import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { Field, FormMessage, inputClass } from "./field";

/** Retract, deprecate or restore a claim, with the reason kept in its history. */
export function ClaimStatusForm({
  action,
  claimId,
  version,
  status,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  claimId: number;
  version: number;
  status: "active" | "deprecated" | "retracted";
}) {
  const [state, submit, pending] = useActionState(action, IDLE);
  const choices = (["retracted", "deprecated", "active"] as const).filter((s) => s !== status);
  return (
    <form action={submit} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <Field name="status" label="Mark the claim as" error={state.fields.status}>
        {(p) => (
          <select {...p} key={String(state.values.status ?? choices[0])} defaultValue={state.values.status ?? choices[0]} className={inputClass}>
            {choices.map((s) => (
              <option key={s} value={s}>
                {s === "active" ? "active again (restore)" : s === "retracted" ? "retracted (the source withdrew it)" : "deprecated (superseded or unreliable)"}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="reason" label="Reason" error={state.fields.reason}>
        {(p) => <input {...p} type="text" defaultValue={state.values.reason} className={inputClass} />}
      </Field>
      <button type="submit" disabled={pending} className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-900 hover:bg-stone-50 disabled:opacity-60">
        {pending ? "Saving…" : "Change status"}
      </button>
    </form>
  );
}
