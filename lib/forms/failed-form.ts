// The one place a form's failure becomes what the form shows: invalid fields next to the fields,
// a refused session or role, a conflict, and anything unexpected (logged). Every server action
// answers through it; lib/api/respond.ts is its counterpart for the JSON API.
import "server-only";
import { ZodError } from "zod";
import { AuthError } from "@/lib/auth/roles";
import { AccountError } from "@/lib/auth/users";
import { LedgerConflictError, LedgerInputError, LedgerNotFoundError, LedgerUnavailableError } from "@/lib/commands/errors";
import { fieldErrors } from "@/lib/schemas/field-errors";
import { InputTooLargeError } from "@/lib/schemas/limits";
import type { FormState } from "./form-state";

/** What a kind of form says when it fails: editors' forms keep what was typed; admin forms change nothing. */
export type FormWording = {
  /** Above the fields when some are invalid; empty shows the notes next to the fields alone. */
  invalid: string;
  signedOut: (error: AuthError) => string;
  forbidden: string;
  unexpected: string;
};

const FIELDS_NEED_ATTENTION = "Some fields need attention; see the notes next to them.";

export const EDITOR_FORM: FormWording = {
  invalid: FIELDS_NEED_ATTENTION,
  signedOut: () => "Your session has expired or you are signed out. Sign in again in another tab, then submit again: what you typed is kept.",
  forbidden: "Your account cannot make this change. Ask an admin for the editor role.",
  unexpected: "Something went wrong on our side, and nothing was saved. Try again.",
};

export const ADMIN_FORM: FormWording = {
  invalid: FIELDS_NEED_ATTENTION,
  signedOut: (error) => `${error.message} Nothing was changed.`,
  forbidden: "Only an admin can manage users. Nothing was changed.",
  unexpected: "Something went wrong on our side, and nothing was changed. Try again.",
};

/** The login form: its field notes stand alone. */
export const SIGN_IN_FORM: FormWording = { ...EDITOR_FORM, invalid: "" };

/** Turns any failure of an action into what the form shows; nothing typed is lost. */
export function failedForm(error: unknown, values: Record<string, string>, wording: FormWording = EDITOR_FORM): FormState {
  const fail = (message: string, fields: Record<string, string> = {}): FormState => ({ status: "error", message, fields, values });
  if (error instanceof ZodError) return fail(wording.invalid, fieldErrors(error));
  if (error instanceof InputTooLargeError) return fail(wording.invalid, { [error.field]: error.message });
  if (error instanceof LedgerInputError) return fail(wording.invalid, error.fields);
  if (error instanceof AccountError) return fail(error.message, error.field ? { [error.field]: error.message } : {});
  if (error instanceof AuthError) return fail(error.status === 401 ? wording.signedOut(error) : wording.forbidden);
  // A duplicate names the field it repeats (a name that is another actor's alias): the note goes there.
  if (error instanceof LedgerConflictError && typeof error.detail.field === "string") return fail(wording.invalid, { [error.detail.field]: error.message });
  if (error instanceof LedgerConflictError || error instanceof LedgerNotFoundError || error instanceof LedgerUnavailableError) return fail(error.message);
  console.error(error);
  return fail(wording.unexpected);
}
