// Ending sessions, for admins on /admin/users (the page lists them through lib/data/sessions.ts).
// Callers check the admin role (the page's actions use requireRole("admin")).
import "server-only";
import { db } from "@/lib/db/client";

/**
 * Ends one session of a user, or all of them (`sessionId` null). Sessions are read from the
 * database on every request, so the person is signed out at once on every instance.
 * Returns how many sessions ended.
 */
export async function revokeSessions(userId: string, sessionId: string | null): Promise<number> {
  const { count } = await db().session.deleteMany({ where: sessionId ? { userId, id: sessionId } : { userId } });
  return count;
}
