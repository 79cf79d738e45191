"use server";

import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { failedForm } from "@/lib/forms/failed-form";
import { claimInputFromForm } from "@/lib/forms/claim-form-input";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { addClaim, editClaim, setClaimStatus } from "@/lib/commands/app";
import { claimEditSchema, claimStatusSchema } from "@/lib/schemas/claim-input";

export async function addClaimAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let id: number;
  try {
    const user = await requireRole("editor");
    ({ id } = await addClaim(claimInputFromForm(values), user));
  } catch (error) {
    return failedForm(error, values);
  }
  redirect(values.returnTo?.startsWith("/") && !values.returnTo.startsWith("//") ? values.returnTo : `/claims/${id}`);
}

export async function editClaimAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const id = Number(values.claimId);
  try {
    const user = await requireRole("editor");
    const edit = claimEditSchema.parse(values);
    await editClaim(id, claimInputFromForm(values), edit, user);
  } catch (error) {
    return failedForm(error, values);
  }
  redirect(`/claims/${id}`);
}

export async function setClaimStatusAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const id = Number(values.claimId);
  try {
    const user = await requireRole("editor");
    await setClaimStatus(id, claimStatusSchema.parse(values), user);
  } catch (error) {
    return failedForm(error, values);
  }
  redirect(`/claims/${id}`);
}
