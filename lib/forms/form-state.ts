// What every form's server action answers, and the little a form needs to read it. Client forms
// import this file, so it imports nothing from the server: the error mapping that reads server
// errors is in ./failed-form.ts.

import type { ReviewTally } from "@/lib/schemas/claim-input";

/** What a form's server action answers: a message, each field's error, and what the user typed. */
export type FormState = {
  status: "idle" | "ok" | "error";
  message: string;
  fields: Record<string, string>;
  values: Record<string, string>;
};

export const IDLE: FormState = { status: "idle", message: "", fields: {}, values: {} };

/** What a review-screen action answers: the claim made, or the form's message and field errors. */
export type AcceptResult = { ok: true; claimId: number } | ({ ok: false } & Pick<FormState, "message" | "fields">);

/** What the review screen's actions answer: the new tally (and the claim made), or what went wrong by field. */
export type ReviewResult = { ok: true; claimId?: number; tally: ReviewTally } | ({ ok: false } & Pick<FormState, "message" | "fields">);

/** The typed-in values of a form, as strings, so a failed submit can give them back. Files are left out. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  }
  return values;
}

/** Comma- or space-separated slugs ("sdf, wall-street-journal") as a list. */
export function slugList(raw: string | undefined): string[] {
  return (raw ?? "")
    .split(/[\s,→>]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
