"use server";

import { revalidatePath } from "next/cache";
import { createApiToken, revokeApiToken } from "@/lib/auth/api-tokens";
import { requireRole } from "@/lib/auth/current-user";
import { today } from "@/lib/domain/today";
import { failedForm } from "@/lib/forms/failed-form";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { apiTokenIdSchema, apiTokenInputSchema } from "@/lib/schemas/api-token";

/** Creates a token; the answer carries the secret, shown this once (values.token), and nothing keeps it. */
export async function createTokenAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const user = await requireRole("editor");
    const input = apiTokenInputSchema(today()).parse(values);
    const { token } = await createApiToken(user, input);
    revalidatePath("/account/tokens");
    return { status: "ok", message: `Created “${input.name}” (${input.scope}). Copy it now: it is not shown again.`, fields: {}, values: { token } };
  } catch (error) {
    return failedForm(error, values);
  }
}

/** Revokes a token at once: the owner's own, or anyone's for an admin. */
export async function revokeTokenAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const user = await requireRole("editor");
    await revokeApiToken(user, apiTokenIdSchema.parse(values.tokenId));
    revalidatePath("/account/tokens");
    return { status: "ok", message: "Revoked.", fields: {}, values: {} };
  } catch (error) {
    return failedForm(error, values);
  }
}
