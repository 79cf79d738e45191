"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { ACTOR_KINDS, ACTOR_KIND_LABELS } from "@/lib/schemas/entities";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import type { LookupItem } from "@/lib/schemas/lookup";
import { Field, FormMessage, buttonClass, focusFirstError, inputClass } from "./field";
import { LookupCombobox } from "./lookup-combobox";

/**
 * Corrects an actor (outlets included) or a place: its name, other names, Wikidata id and, for an
 * actor, its kind and the body it belongs to, with a reason kept in its history. A place keeps
 * where it lies (see docs/decisions/0013): its figures are compared through that containment.
 */
export function EntityEditForm({
  kind,
  action,
  initial,
  affiliation: initialAffiliation = null,
  within,
}: {
  kind: "actor" | "place";
  action: (state: FormState, data: FormData) => Promise<FormState>;
  initial: Record<string, string>;
  affiliation?: LookupItem | null;
  /** For a place: what it is and where it lies, shown, not edited. */
  within?: string;
}) {
  const [state, submit, pending] = useActionState(action, { ...IDLE, values: initial });
  const [affiliation, setAffiliation] = useState<LookupItem | null>(initialAffiliation);
  const form = useRef<HTMLFormElement>(null);
  const v = state.values;
  const errors = state.fields;
  useEffect(() => {
    if (state.status === "error") focusFirstError(form.current);
  }, [state]);

  return (
    <form ref={form} action={submit} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="slug" value={v.slug ?? ""} />
      <input type="hidden" name="expectedVersion" value={v.expectedVersion ?? ""} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field name="name" label="Name" error={errors.name} hint="Duplicates are refused: no other one may have this name or alias, whatever the accents and case.">
          {(p) => <input {...p} type="text" defaultValue={v.name} className={inputClass} />}
        </Field>
        <Field name="aliases" label="Other names (comma-separated)" error={errors.aliases}>
          {(p) => <input {...p} type="text" defaultValue={v.aliases} className={inputClass} />}
        </Field>
        {kind === "actor" && (
          <Field name="kind" label="Kind of actor" error={errors.kind}>
            {(p) => (
              <select {...p} key={v.kind} defaultValue={v.kind} className={inputClass}>
                {ACTOR_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {ACTOR_KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {kind === "actor" && (
          <Field name="affiliation" label="Speaks for or belongs to (optional)" error={errors.affiliation}>
            {(p) => (
              <LookupCombobox
                id={p.id}
                name="affiliation"
                endpoint="/api/v1/actors"
                value={affiliation}
                onChange={setAffiliation}
                noun="actor"
                describedBy={p["aria-describedby"]}
                invalid={p["aria-invalid"]}
              />
            )}
          </Field>
        )}
        {kind === "place" && within && (
          <p className="text-sm text-stone-700 sm:col-span-2">
            {within}. Where a place lies is not changed here: the figures compared through it would change meaning.
          </p>
        )}
        <Field name="wikidataId" label="Wikidata id (optional)" error={errors.wikidataId} hint="Stored as typed, e.g. Q1123; never fetched.">
          {(p) => <input {...p} type="text" defaultValue={v.wikidataId} className={inputClass} />}
        </Field>
      </div>
      <Field name="reason" label="Reason for this change" error={errors.reason} hint="Kept in the history with your name.">
        {(p) => <input {...p} type="text" defaultValue={v.reason} className={inputClass} />}
      </Field>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : kind === "actor" ? "Save the actor" : "Save the place"}
      </button>
    </form>
  );
}
