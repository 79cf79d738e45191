import { ZodError } from "zod";
import { fieldErrors } from "@/lib/api/respond";
import { AuthError } from "@/lib/auth/roles";
import { LedgerConflictError, LedgerInputError, LedgerNotFoundError } from "@/lib/ledger/errors";
import { InputTooLargeError } from "@/lib/schemas/limits";

/** What a form's server action answers: a message, each field's error, and what the user typed. */
export type FormState = {
  status: "idle" | "error";
  message: string;
  fields: Record<string, string>;
  values: Record<string, string>;
};

export const IDLE: FormState = { status: "idle", message: "", fields: {}, values: {} };

/** The typed-in values of a form, as strings, so a failed submit can give them back. Files are left out. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  }
  return values;
}

/** Turns any failure of an action into what the form shows; nothing typed is lost. */
export function failedForm(error: unknown, values: Record<string, string>): FormState {
  const fail = (message: string, fields: Record<string, string> = {}): FormState => ({ status: "error", message, fields, values });
  if (error instanceof ZodError) return fail("Some fields need attention; see the notes next to them.", fieldErrors(error));
  if (error instanceof InputTooLargeError) return fail("Some fields need attention; see the notes next to them.", { [error.field]: error.message });
  if (error instanceof LedgerInputError) return fail("Some fields need attention; see the notes next to them.", error.fields);
  if (error instanceof AuthError) {
    return fail(
      error.status === 401
        ? "Your session has expired or you are signed out. Sign in again in another tab, then submit again: what you typed is kept."
        : "Your account cannot make this change. Ask an admin for the editor role.",
    );
  }
  if (error instanceof LedgerConflictError || error instanceof LedgerNotFoundError) return fail(error.message);
  console.error(error);
  return fail("Something went wrong on our side, and nothing was saved. Try again.");
}

/** Comma- or space-separated slugs ("sdf, wall-street-journal") as a list. */
export function slugList(raw: string | undefined): string[] {
  return (raw ?? "")
    .split(/[\s,→>]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
