// The roles are listed with the account schemas, which lib/auth builds on.
import { ROLES } from "@/lib/schemas/user";

export { ROLES };
export type Role = (typeof ROLES)[number];

export type CurrentUser = { id: string; email: string; name: string; role: Role };

/** An admin can do everything an editor can. */
export function hasRole(user: Pick<CurrentUser, "role"> | null, needed: Role): boolean {
  if (!user) return false;
  return needed === "editor" ? user.role === "editor" || user.role === "admin" : user.role === "admin";
}

/** Thrown by server code when the caller is not signed in (401) or lacks the role (403). */
export class AuthError extends Error {
  constructor(
    readonly status: 401 | 403,
    message: string,
  ) {
    super(message);
    this.name = "AuthError";
  }
}
