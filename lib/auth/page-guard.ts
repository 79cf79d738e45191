import "server-only";
import { forbidden, redirect } from "next/navigation";
import { currentUser } from "./current-user";
import { hasRole, type CurrentUser } from "./roles";

/** For editor pages: signed-out readers go to the login page and come back; others get a 403. */
export async function editorOrRedirect(next: string): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(next)}`);
  if (!hasRole(user, "editor")) forbidden();
  return user;
}
