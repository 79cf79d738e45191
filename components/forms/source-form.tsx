"use client";

import { useActionState, useRef, useState } from "react";
import { Field, FormMessage, inputClass } from "./field";
import { CreatableLookup } from "./creatable-lookup";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import type { LookupItem } from "@/lib/schemas/lookup";
import {
  SOURCE_TEXT_LIMIT,
  SOURCE_TEXT_LIMIT_TEXT,
  SOURCE_UPLOAD_LIMIT_BYTES,
  SOURCE_UPLOAD_LIMIT_TEXT,
  textOverLimitMessage,
  uploadOverLimitMessage,
} from "@/lib/schemas/limits";

/**
 * The source form: adding a source (title, outlet, address, date or "undated", and the text pasted
 * or uploaded) and correcting one (the same without the text, which never changes, and with a
 * reason). The limits are stated before anything is sent and checked here first, so a text over
 * them is refused at its field with everything typed kept, before the browser uploads it.
 */
export function SourceForm({
  action,
  mode = "add",
  initial = {},
  outlet: initialOutlet = null,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  mode?: "add" | "edit";
  initial?: Record<string, string>;
  outlet?: LookupItem | null;
}) {
  const [state, submit, pending] = useActionState(action, { ...IDLE, values: initial });
  const v = state.values;
  const [outlet, setOutlet] = useState<LookupItem | null>(initialOutlet);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [length, setLength] = useState((v.text ?? "").length);
  const form = useRef<HTMLFormElement>(null);
  const errors = { ...state.fields, ...local };

  /** The checks that need no server, so a 2 MB paste never leaves the browser. */
  function checkBeforeSending(event: React.FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    const found: Record<string, string> = {};
    const text = data.get("text");
    if (typeof text === "string" && text.length > SOURCE_TEXT_LIMIT) found.text = textOverLimitMessage(text.length);
    const file = data.get("file");
    if (file instanceof File && file.size > SOURCE_UPLOAD_LIMIT_BYTES) found.file = uploadOverLimitMessage(file.size);
    if (!data.get("publishedAt") && data.get("undated") !== "on") found.publishedAt = "Give the publication date, or tick “undated”.";
    setLocal(found);
    if (Object.keys(found).length > 0) {
      event.preventDefault();
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    }
  }

  return (
    <form ref={form} action={submit} onSubmit={checkBeforeSending} className="space-y-5" noValidate>
      <FormMessage state={Object.keys(local).length > 0 ? { status: "error", message: "Some fields need attention; see the notes next to them." } : state} />
      {mode === "edit" && <input type="hidden" name="expectedVersion" value={v.expectedVersion ?? ""} />}
      {mode === "edit" && <input type="hidden" name="sourceId" value={v.sourceId ?? ""} />}
      <Field name="title" label="Title" error={errors.title}>
        {(p) => <input {...p} type="text" defaultValue={v.title} className={inputClass} required />}
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field name="outlet" label="Outlet" error={errors.outlet} hint="Type part of its name; create it if the ledger lacks it. Leave empty when the article does not say.">
          {(p) => (
            <CreatableLookup
              id={p.id}
              name="outlet"
              endpoint="/api/v1/outlets"
              value={outlet}
              onChange={setOutlet}
              noun="outlet"
              create="outlet"
              describedBy={p["aria-describedby"]}
              invalid={p["aria-invalid"]}
            />
          )}
        </Field>
        <Field name="url" label="Address (URL)" error={errors.url} hint="Used to spot the same article added twice.">
          {(p) => <input {...p} type="url" inputMode="url" defaultValue={v.url} className={inputClass} placeholder="https://" />}
        </Field>
      </div>
      <fieldset className="grid gap-5 sm:grid-cols-2">
        <legend className="sr-only">Publication date</legend>
        <Field name="publishedAt" label="Publication date" error={errors.publishedAt} hint="Required: a date the article states, or tick “undated”.">
          {(p) => <input {...p} type="date" defaultValue={v.publishedAt} className={inputClass} />}
        </Field>
        <label className="flex items-center gap-2 self-end pb-2 text-sm text-stone-900">
          <input type="checkbox" name="undated" key={v.undated ?? ""} defaultChecked={v.undated === "on"} className="h-4 w-4 rounded border-stone-400" />
          The article is undated
        </label>
      </fieldset>
      {mode === "add" && (
        <>
          <Field
            name="text"
            label="Full text"
            error={errors.text}
            hint={`Paste the article, or upload it below: up to ${SOURCE_TEXT_LIMIT_TEXT}. Figures are proposed from this text, which cannot be changed later.`}
          >
            {(p) => (
              <textarea {...p} rows={14} defaultValue={v.text} onInput={(e) => setLength(e.currentTarget.value.length)} className={`${inputClass} font-serif`} />
            )}
          </Field>
          <p aria-live="polite" className={`-mt-4 text-xs ${length > SOURCE_TEXT_LIMIT ? "font-medium text-red-700" : "text-stone-600"}`}>
            {length.toLocaleString("en-US")} of {SOURCE_TEXT_LIMIT.toLocaleString("en-US")} characters
          </p>
          <Field name="file" label="…or upload a .txt or .html file" error={errors.file} hint={`Up to ${SOURCE_UPLOAD_LIMIT_TEXT}. HTML pages are reduced to their article text.`}>
            {(p) => <input {...p} type="file" accept=".txt,.html,.htm,text/plain,text/html" className="block text-sm" />}
          </Field>
        </>
      )}
      {mode === "edit" && (
        <Field name="reason" label="Reason for this change" error={errors.reason} hint="Kept in the source's history with your name. The text and the claims' quotes do not change.">
          {(p) => <input {...p} type="text" defaultValue={v.reason} className={inputClass} />}
        </Field>
      )}
      <button type="submit" disabled={pending} className="rounded-md bg-indigo-900 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800 disabled:opacity-60">
        {pending ? "Saving…" : mode === "add" ? "Save and review its figures" : "Save the source"}
      </button>
    </form>
  );
}
