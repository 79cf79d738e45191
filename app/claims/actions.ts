"use server";

import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { failedForm } from "@/lib/forms/failed-form";
import { formValues, slugList, type FormState } from "@/lib/forms/form-state";
import { addClaim, editClaim, setClaimStatus } from "@/lib/commands/commands";
import { claimEditSchema, claimInputSchema, claimStatusSchema } from "@/lib/schemas/claim-input";

function claimFromForm(values: Record<string, string>) {
  const newMetric = values.newMetricName?.trim()
    ? { name: values.newMetricName, unit: values.newMetricUnit ?? "", topic: values.newMetricTopic ?? "", kind: values.newMetricKind ?? "flow" }
    : null;
  return claimInputSchema.parse({
    ...values,
    metric: newMetric ? "" : (values.metric ?? ""),
    newMetric,
    attribution: slugList(values.attribution),
    quoteStart: values.quoteStart || null,
  });
}

export async function createClaimAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let id: number;
  try {
    const user = await requireRole("editor");
    ({ id } = await addClaim(db(), claimFromForm(values), user));
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
    await editClaim(db(), id, claimFromForm(values), edit, user);
  } catch (error) {
    return failedForm(error, values);
  }
  redirect(`/claims/${id}`);
}

export async function claimStatusAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const id = Number(values.claimId);
  try {
    const user = await requireRole("editor");
    await setClaimStatus(db(), id, claimStatusSchema.parse(values), user);
  } catch (error) {
    return failedForm(error, values);
  }
  redirect(`/claims/${id}`);
}
