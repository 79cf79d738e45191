// Managing accounts: the user:create CLI and the admin page. Callers check who may do this
// (the admin page with requireRole("admin")); these functions only do it.
import "server-only";
import { isAPIError } from "better-auth/api";
import { db } from "@/lib/db/client";
import { createUserBodySchema, type CreateUserBody } from "@/lib/schemas/user";
import { getAuth } from "./auth";
import type { Role } from "./roles";

export type UserRow = { id: string; email: string; name: string; role: Role; createdAt: Date };

/** An account change the ledger refuses, with the form field it concerns. */
export class AccountError extends Error {
  constructor(
    readonly code: "duplicate-email" | "last-admin" | "not-found" | "limit",
    message: string,
    readonly field?: "email" | "role",
  ) {
    super(message);
    this.name = "AccountError";
  }
}

export const USER_COLUMNS = { id: true, email: true, name: true, role: true, createdAt: true } as const;

export function toRow(user: { id: string; email: string; name: string; role: string; createdAt: Date }): UserRow {
  return { ...user, role: user.role as Role };
}

/** Prisma's P2002, checked by code: the SQLite and PostgreSQL clients have different error classes. */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

function duplicateEmail(email: string): AccountError {
  return new AccountError("duplicate-email", `A user with the email ${email} already exists.`, "email");
}

/**
 * Creates an account with a password through better-auth's server API, so the password is hashed
 * its way (scrypt) and stored in Account, as sign-in expects.
 */
export async function createUser(input: CreateUserBody): Promise<UserRow> {
  const body = createUserBodySchema.parse(input);
  try {
    const { user } = await getAuth().api.createUser({ body });
    return toRow({ ...user, role: String(user.role), createdAt: new Date(user.createdAt) });
  } catch (error) {
    if (isAPIError(error) && error.body?.code === "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL") throw duplicateEmail(body.email);
    // Two creations racing past better-auth's lookup meet the unique index instead.
    if (isUniqueViolation(error)) throw duplicateEmail(body.email);
    throw error;
  }
}

/**
 * Gives a user another role. Refuses to take the admin role from the last admin, which would
 * leave nobody able to manage users. Sessions read the role from the database on every request,
 * so the change applies at once.
 */
export async function setRole(userId: string, role: Role): Promise<UserRow> {
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: USER_COLUMNS });
    if (!user) throw new AccountError("not-found", "That user no longer exists.");
    if (user.role === "admin" && role !== "admin" && (await tx.user.count({ where: { role: "admin" } })) <= 1) {
      throw new AccountError("last-admin", `${user.email} is the only admin; make someone else an admin first.`, "role");
    }
    return toRow(await tx.user.update({ where: { id: userId }, data: { role }, select: USER_COLUMNS }));
  });
}
