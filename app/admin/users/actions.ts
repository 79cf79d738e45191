"use server";

import { revalidatePath } from "next/cache";
import { ZodError } from "zod";
import { fieldErrors } from "@/lib/api/respond";
import { requireRole } from "@/lib/auth/current-user";
import { AuthError } from "@/lib/auth/roles";
import { revokeSessions } from "@/lib/auth/sessions";
import { AccountError, createUser, setRole } from "@/lib/auth/users";
import { createUserBodySchema, setRoleBodySchema } from "@/lib/schemas/user";

/** What the admin forms show after a submit: a message, each field's error, and what was typed (never a password). */
export type AdminFormState = {
  status: "idle" | "ok" | "error";
  message: string;
  fields: Record<string, string>;
  values: Record<string, string>;
};

function failed(error: unknown, values: Record<string, string>): AdminFormState {
  const fail = (message: string, fields: Record<string, string> = {}): AdminFormState => ({ status: "error", message, fields, values });
  if (error instanceof ZodError) return fail("Some fields need attention; see the notes next to them.", fieldErrors(error));
  if (error instanceof AccountError) return fail(error.message, error.field ? { [error.field]: error.message } : {});
  if (error instanceof AuthError) return fail(error.status === 401 ? `${error.message} Nothing was changed.` : "Only an admin can manage users. Nothing was changed.");
  console.error(error);
  return fail("Something went wrong on our side, and nothing was changed. Try again.");
}

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** Creates an account. The role is checked here, on the server, whatever the page showed. */
export async function createUserAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const values = { email: text(formData, "email"), name: text(formData, "name"), role: text(formData, "role") };
  try {
    await requireRole("admin");
    const input = createUserBodySchema.parse({ ...values, password: text(formData, "password") });
    const user = await createUser(input);
    revalidatePath("/admin/users");
    return { status: "ok", message: `Created ${user.email} as ${user.role}.`, fields: {}, values: {} };
  } catch (error) {
    return failed(error, values);
  }
}

/** Gives a user another role. Also re-checks the admin role on the server. */
export async function setRoleAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const values = { userId: text(formData, "userId"), role: text(formData, "role") };
  try {
    await requireRole("admin");
    const input = setRoleBodySchema.parse(values);
    const user = await setRole(input.userId, input.role);
    revalidatePath("/admin/users");
    return { status: "ok", message: `${user.email} is now ${user.role === "admin" ? "an admin" : "an editor"}.`, fields: {}, values };
  } catch (error) {
    return failed(error, values);
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
