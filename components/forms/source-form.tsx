"use client";

import { useActionState, useState, type FormEvent } from "react";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { UPLOAD_LIMIT_BYTES, uploadTooLargeMessage } from "@/lib/intake/upload-limit";
import type { LookupItem } from "@/lib/schemas/lookup";
import { Field, FormMessage, inputClass } from "./field";
import { LookupCombobox } from "./lookup-combobox";

export function SourceForm({ action }: { action: (state: FormState, data: FormData) => Promise<FormState> }) {
  const [state, submit, pending] = useActionState(action, IDLE);
  // Outlets are searched as the editor types: the ledger may know more than a list could hold.
  const [outlet, setOutlet] = useState<LookupItem | null>(null);
  const v = state.values;
  // A file over the limit is refused here, before anything is sent, so the page and what was
  // typed stay as they are; the server checks again.
  const [fileError, setFileError] = useState<string | null>(null);
  const fileFits = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    const error = file && file.size > UPLOAD_LIMIT_BYTES ? uploadTooLargeMessage(file.size) : null;
    setFileError(error);
    return error === null;
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const input = event.currentTarget.elements.namedItem("file");
    if (input instanceof HTMLInputElement && !fileFits(input)) {
      event.preventDefault();
      input.focus();
    }
  };
  return (
    <form action={submit} onSubmit={onSubmit} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <Field name="title" label="Title" error={state.fields.title}>
        {(p) => <input {...p} type="text" defaultValue={v.title} className={inputClass} required />}
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field name="outlet" label="Outlet" error={state.fields.outlet} hint="Type part of its name. Leave empty when the article does not say.">
          {(p) => <LookupCombobox id={p.id} name="outlet" endpoint="/api/v1/outlets" value={outlet} onChange={setOutlet} noun="outlet" describedBy={p["aria-describedby"]} invalid={p["aria-invalid"]} />}
        </Field>
        <Field name="url" label="Address (URL)" error={state.fields.url} hint="Used to spot the same article added twice.">
          {(p) => <input {...p} type="url" inputMode="url" defaultValue={v.url} className={inputClass} placeholder="https://" />}
        </Field>
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field name="publishedAt" label="Publication date" error={state.fields.publishedAt} hint="Only a date the article states.">
          {(p) => <input {...p} type="date" defaultValue={v.publishedAt} className={inputClass} />}
        </Field>
        <label className="flex items-center gap-2 self-end pb-2 text-sm text-stone-900">
          <input type="checkbox" name="undated" defaultChecked={v.undated === "on"} className="h-4 w-4 rounded border-stone-400" />
          The article is undated
        </label>
      </div>
      <Field name="text" label="Full text" error={state.fields.text} hint="Paste the article, or upload it below. Figures are proposed from this text.">
        {(p) => <textarea {...p} rows={14} defaultValue={v.text} className={`${inputClass} font-serif`} />}
      </Field>
      <Field name="file" label="…or upload a .txt or .html file" error={fileError ?? state.fields.file} hint={`HTML pages are reduced to their article text. At most ${UPLOAD_LIMIT_BYTES / 1_000_000} MB.`}>
        {(p) => <input {...p} type="file" accept=".txt,.html,.htm,text/plain,text/html" className="block text-sm" onChange={(e) => fileFits(e.currentTarget)} />}
      </Field>
      <button type="submit" disabled={pending} className="rounded-md bg-indigo-900 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800 disabled:opacity-60">
        {pending ? "Saving…" : "Save and review its figures"}
      </button>
    </form>
  );
}
