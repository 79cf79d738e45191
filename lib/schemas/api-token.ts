import { z } from "./zod";

/** What a token may do: read only, or also write (every write the forms can do). */
export const TOKEN_SCOPES = ["read", "write"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const TOKEN_NAME_MAX = 80;
/** The furthest a token's expiry may be set ahead, in days. */
export const TOKEN_EXPIRY_MAX_DAYS = 366;

/**
 * The token form (components/auth/token-form.tsx) and its action: a name, a scope and an optional
 * expiry day (the token stops working at the start of that day, UTC). `today` is the first day that is not allowed.
 */
export function apiTokenInputSchema(today: string) {
  const last = new Date(Date.parse(`${today}T00:00:00Z`) + TOKEN_EXPIRY_MAX_DAYS * 86_400_000).toISOString().slice(0, 10);
  return z.object({
    name: z
      .string({ error: "Name the token." })
      .trim()
      .min(1, "Name the token, e.g. after the script that will use it.")
      .max(TOKEN_NAME_MAX, `Use at most ${TOKEN_NAME_MAX} characters.`)
      .describe("What the token is for, e.g. the script that uses it."),
    scope: z.enum(TOKEN_SCOPES, { error: "Choose read or write." }).describe("read: the read API only; write: also every write the forms can do."),
    expiresOn: z
      .string({ error: "Give a day, or leave it empty." })
      .trim()
      .superRefine((v, ctx) => {
        if (v === "") return;
        // One message per problem, the first that applies.
        const valid = /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
        if (!valid) ctx.addIssue({ code: "custom", message: "Give a day as YYYY-MM-DD, or leave it empty." });
        else if (v <= today) ctx.addIssue({ code: "custom", message: "The expiry must be after today." });
        else if (v > last) ctx.addIssue({ code: "custom", message: `A token lasts at most ${TOKEN_EXPIRY_MAX_DAYS} days; pick ${last} or earlier.` });
      })
      .transform((v) => (v === "" ? null : v))
      .describe("The day the token stops working (UTC), or empty for no expiry."),
  });
}
export type ApiTokenInput = z.infer<ReturnType<typeof apiTokenInputSchema>>;

/** A token id in a revoke form. */
export const apiTokenIdSchema = z.coerce.number({ error: "There is no such token." }).int("There is no such token.").positive("There is no such token.");
