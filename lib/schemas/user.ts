import { z } from "./zod";

/** Who may do what. Reading is public; an editor adds and edits; an admin also manages users. */
export const ROLES = ["editor", "admin"] as const;

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

/** Emails are compared lower-cased, as better-auth stores them. */
export const emailSchema = z
  .string({ error: "Enter an email address." })
  .trim()
  .min(1, "Enter an email address.")
  .toLowerCase()
  .pipe(z.email("Enter a valid email address, like name@example.org."))
  .describe("The address the person signs in with.");

export const roleSchema = z.enum(ROLES, { error: `Choose a role: ${ROLES.join(" or ")}.` }).describe("editor adds and edits; admin also manages users.");

export const newPasswordSchema = z
  .string({ error: "Enter a password." })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`)
  .describe("The new account's password; stored only as a scrypt hash.");

export const NAME_MAX = 100;
export const IMAGE_URL_MAX = 2000;

export const nameSchema = z
  .string({ error: "Enter a name." })
  .trim()
  .min(1, "Enter a name.")
  .max(NAME_MAX, `Use at most ${NAME_MAX} characters.`)
  .describe("Shown to other users.");

/**
 * The profile fields a person can change about themselves (better-auth's /update-user), with the
 * same limits as everywhere else. The app shows no pictures, but the field exists; it stays short.
 */
export const profileFieldsSchema = z.object({
  name: nameSchema.optional(),
  image: z.url({ protocol: /^https?$/, error: "The picture must be an http(s) address." }).max(IMAGE_URL_MAX, `Use at most ${IMAGE_URL_MAX} characters.`).nullable().optional(),
});

/** A new account, from the CLI or the admin page. */
export const createUserBodySchema = z.object({
  email: emailSchema,
  name: nameSchema,
  role: roleSchema,
  password: newPasswordSchema,
});
export type CreateUserBody = z.infer<typeof createUserBodySchema>;

/** The login form. The password is only checked for presence: its rules are the account's business. */
export const loginBodySchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(PASSWORD_MAX, "That password is too long."),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

/** An admin changing someone's role. */
export const setRoleBodySchema = z.object({
  userId: z.string().trim().min(1, "Which user?"),
  role: roleSchema,
});
export type SetRoleBody = z.infer<typeof setRoleBodySchema>;
