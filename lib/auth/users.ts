// Managing accounts: the user:create CLI and the admin page. Callers check who may do this
// (the admin page with requireRole("admin")); these functions only do it.
import "server-only";
import { isAPIError } from "better-auth/api";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { createUserBodySchema, type CreateUserBody } from "@/lib/schemas/user";
import { getAuth } from "./auth";
import type { Role } from "./roles";

export type UserRow = { id: string; email: string; name: string; role: Role; createdAt: Date };

/** An account change the ledger refuses, with the form field it concerns. */
export class AccountError extends Error {
  constructor(
    readonly code: "duplicate-email" | "last-admin" | "not-found",
    message: string,
    readonly field?: "email" | "role",
  ) {
    super(message);
    this.name = "AccountError";
  }
}

const USER_COLUMNS = { id: true, email: true, name: true, role: true, createdAt: true } as const;

function toRow(user: { id: string; email: string; name: string; role: string; createdAt: Date }): UserRow {
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

export const USERS_PAGE_SIZE = 25;

/** Keyset cursor over (createdAt, id), newest first. */
const cursorSchema = z.object({ t: z.iso.datetime(), id: z.string().min(1) });

export function encodeUserCursor(row: Pick<UserRow, "createdAt" | "id">): string {
  return Buffer.from(JSON.stringify({ t: row.createdAt.toISOString(), id: row.id })).toString("base64url");
}

/** A malformed cursor reads as "from the start". */
export function decodeUserCursor(raw: string | null | undefined): { createdAt: Date; id: string } | null {
  if (!raw) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return parsed.success ? { createdAt: new Date(parsed.data.t), id: parsed.data.id } : null;
  } catch {
    return null;
  }
}

/** One page of users, newest first, and the cursor of the next page (null on the last). */
export async function listUsers(cursor?: string | null, pageSize = USERS_PAGE_SIZE): Promise<{ rows: UserRow[]; next: string | null }> {
  const after = decodeUserCursor(cursor);
  const rows = await db().user.findMany({
    select: USER_COLUMNS,
    where: after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : undefined,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
  });
  const page = rows.slice(0, pageSize).map(toRow);
  const last = page.at(-1);
  return { rows: page, next: rows.length > pageSize && last ? encodeUserCursor(last) : null };
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
