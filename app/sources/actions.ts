"use server";

import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { failedForm } from "@/lib/forms/failed-form";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { readUpload } from "@/lib/intake/readable-text";
import { addSource } from "@/lib/commands/app";
import { sourceInputSchema } from "@/lib/schemas/claim-input";

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
      const upload = readUpload(file.name, new Uint8Array(await file.arrayBuffer()));
      if (!upload.ok) return { status: "error", message: "The upload could not be read.", fields: { file: upload.message }, values };
      text = upload.text;
      title = title || upload.title || "";
      values.text = text;
      values.title = title;
    }
    const input = sourceInputSchema.parse({
      title,
      outlet: values.outlet ?? "",
      url: values.url ?? "",
      publishedAt: values.undated === "on" ? "" : (values.publishedAt ?? ""),
      text,
    });
    ({ id } = await addSource(input, user));
  } catch (error) {
    return failedForm(error, values);
  }
  redirect(`/sources/${id}/review`);
}
