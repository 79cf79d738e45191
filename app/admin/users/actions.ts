"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current-user";
import { revokeSessions } from "@/lib/auth/sessions";
import { createUser, setRole } from "@/lib/auth/users";
import { ADMIN_FORM, failedForm } from "@/lib/forms/failed-form";
import type { FormState } from "@/lib/forms/form-state";
import { createUserBodySchema, setRoleBodySchema } from "@/lib/schemas/user";

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** Creates an account. The role is checked here, on the server, whatever the page showed. */
export async function createUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { email: text(formData, "email"), name: text(formData, "name"), role: text(formData, "role") };
  try {
    await requireRole("admin");
    const input = createUserBodySchema.parse({ ...values, password: text(formData, "password") });
    const user = await createUser(input);
    revalidatePath("/admin/users");
    return { status: "ok", message: `Created ${user.email} as ${user.role}.`, fields: {}, values: {} };
  } catch (error) {
    return failedForm(error, values, ADMIN_FORM);
  }
}

/** Gives a user another role. Also re-checks the admin role on the server. */
export async function setRoleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { userId: text(formData, "userId"), role: text(formData, "role") };
  try {
    await requireRole("admin");
    const input = setRoleBodySchema.parse(values);
    const user = await setRole(input.userId, input.role);
    revalidatePath("/admin/users");
    return { status: "ok", message: `${user.email} is now ${user.role === "admin" ? "an admin" : "an editor"}.`, fields: {}, values };
  } catch (error) {
    return failedForm(error, values, ADMIN_FORM);
  }
}

/** Ends one session of a user (sessionId given) or all of them: the person is signed out at once. */
export async function revokeSessionsAction(formData: FormData): Promise<void> {
  await requireRole("admin");
  const userId = text(formData, "userId");
  const sessionId = text(formData, "sessionId");
  if (!userId) return;
  await revokeSessions(userId, sessionId || null);
  revalidatePath("/admin/users");
}
