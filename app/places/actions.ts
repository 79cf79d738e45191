"use server";

import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { editPlace } from "@/lib/commands/app";
import { failedForm } from "@/lib/forms/failed-form";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { placeEditSchema } from "@/lib/schemas/entities";

/** Corrects a place's name, other names or Wikidata id with a reason; its slug and containment stay. */
export async function editPlaceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const slug = values.slug ?? "";
  try {
    const user = await requireRole("editor");
    await editPlace(slug, placeEditSchema.parse(values), user);
  } catch (error) {
    return failedForm(error, values);
  }
  redirect(`/places/${encodeURIComponent(slug)}`);
}
