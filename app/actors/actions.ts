"use server";

import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { editActor } from "@/lib/commands/app";
import { failedForm } from "@/lib/forms/failed-form";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { actorEditSchema } from "@/lib/schemas/entities";

/** Corrects an actor or outlet with a reason (components/forms/entity-edit-form.tsx); its slug stays. */
export async function editActorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const slug = values.slug ?? "";
  try {
    const user = await requireRole("editor");
    await editActor(slug, actorEditSchema.parse(values), user);
  } catch (error) {
    return failedForm(error, values);
  }
  redirect(`/actors/${encodeURIComponent(slug)}`);
}
