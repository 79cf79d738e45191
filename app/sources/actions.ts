"use server";

import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { failedForm } from "@/lib/forms/failed-form";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { addSource, editSource, markRepublished } from "@/lib/commands/app";
import { republishedInputSchema } from "@/lib/schemas/source-republish";
import { sourceInputSchema } from "@/lib/schemas/claim-input";
import { sourceEditSchema } from "@/lib/schemas/entities";
import { assertSourceTextSize, InputTooLargeError, SOURCE_UPLOAD_LIMIT_BYTES, SOURCE_UPLOAD_LIMIT_TEXT, uploadOverLimitMessage } from "@/lib/schemas/limits";

/** The intake form: pasted text, or an uploaded .txt/.html file read for its article text. */
export async function addSourceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let id: number;
  try {
    const user = await requireRole("editor");
    const file = formData.get("file");
    let text = values.text ?? "";
    let title = values.title ?? "";
    if (file instanceof File && file.size > 0) {
      if (file.size > SOURCE_UPLOAD_LIMIT_BYTES) throw new InputTooLargeError("file", SOURCE_UPLOAD_LIMIT_TEXT, uploadOverLimitMessage(file.size));
      // The article reader (jsdom and Readability, about 25 MB) loads on the first upload, not with
      // the source page that imports these actions.
      const { readUpload } = await import("@/lib/intake/readable-text");
      const upload = readUpload(file.name, new Uint8Array(await file.arrayBuffer()));
      if (!upload.ok) return { status: "error", message: "The upload could not be read.", fields: { file: upload.message }, values };
      text = upload.text;
      title = title || upload.title || "";
      values.text = text;
      values.title = title;
    }
    assertSourceTextSize(text);
    const input = sourceInputSchema.parse({
      title,
      outlet: values.outlet ?? "",
      url: values.url ?? "",
      publishedAt: values.publishedAt ?? "",
      undated: values.undated ?? "",
      text,
    });
    ({ id } = await addSource(input, user));
  } catch (error) {
    return failedForm(error, values);
  }
  redirect(`/sources/${id}/review`);
}

/** Marks a source as republishing another report (components/forms/republished-form.tsx). */
export async function markRepublishedAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const user = await requireRole("editor");
    await markRepublished(republishedInputSchema.parse(values), user);
  } catch (error) {
    return failedForm(error, values);
  }
  redirect(`/sources/${values.sourceId}`);
}

/** Corrects a source's title, outlet, address or date, with a reason; the text stays. */
export async function editSourceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const id = Number(values.sourceId);
  try {
    const user = await requireRole("editor");
    await editSource(id, sourceEditSchema.parse({ ...values, undated: values.undated ?? "" }), user);
  } catch (error) {
    return failedForm(error, values);
  }
  redirect(`/sources/${id}`);
}
