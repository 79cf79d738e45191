"use client";

import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { Field, FormMessage, inputClass } from "./field";

/**
 * Marks a source as republishing or rewriting another report: a source in the ledger, or an
 * outside report by its origin and outlet. Its claims then take that report's origin.
 */
export function RepublishedForm({
  action,
  sourceId,
  current,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  sourceId: number;
  current: { republishesSource: string; origin: string; via: string; note: string };
}) {
  const [state, submit, pending] = useActionState(action, { ...IDLE, values: current });
  const v = state.values;
  return (
    <form action={submit} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="sourceId" value={sourceId} />
      <Field id="republished-origin" name="origin" label="Origin of the report it repeats" error={state.fields.origin} hint="An actor's slug, e.g. sdf. Leave every field empty if the source reports for itself.">
        {(p) => <input {...p} type="text" defaultValue={v.origin} className={inputClass} />}
      </Field>
      <Field id="republished-via" name="via" label="Outlet that carried that report" error={state.fields.via} hint="e.g. wall-street-journal">
        {(p) => <input {...p} type="text" defaultValue={v.via} className={inputClass} />}
      </Field>
      <Field id="republished-source" name="republishesSource" label="…or the source in the ledger it repeats (its number)" error={state.fields.republishesSource}>
        {(p) => <input {...p} type="text" inputMode="numeric" defaultValue={v.republishesSource} className={inputClass} />}
      </Field>
      <Field id="republished-note" name="note" label="Note" error={state.fields.note} hint="e.g. rewrite of the WSJ report of 12 Aug 2024, citing the SDF">
        {(p) => <input {...p} type="text" defaultValue={v.note} className={inputClass} />}
      </Field>
      <Field id="republished-reason" name="reason" label="Reason" error={state.fields.reason}>
        {(p) => <input {...p} type="text" defaultValue={v.reason} className={inputClass} />}
      </Field>
      <button type="submit" disabled={pending} className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-900 hover:bg-stone-50 disabled:opacity-60">
        {pending ? "Saving…" : "Save"}
      </button>
    </form>
  );
}
