// Sessions as admins see them on /admin/users: who is signed in, since when and from where.
import "server-only";
import { db } from "@/lib/db/client";

export type SessionRow = { id: string; userId: string; createdAt: Date; lastUsedAt: Date; expiresAt: Date; ipAddress: string | null; userAgent: string | null };

export type UserSessionList = { rows: SessionRow[]; total: number };

/** At most this many sessions are listed per user, the most recently used first. */
export const SESSIONS_SHOWN_PER_USER = 20;

/** The live (unexpired) sessions of these users, grouped by user, most recently used first. */
export async function liveSessionsOf(userIds: readonly string[], now = new Date()): Promise<Map<string, UserSessionList>> {
  const byUser = new Map<string, UserSessionList>();
  if (userIds.length === 0) return byUser;
  const sessions = await db().session.findMany({
    where: { userId: { in: [...userIds] }, expiresAt: { gt: now } },
    select: { id: true, userId: true, createdAt: true, updatedAt: true, expiresAt: true, ipAddress: true, userAgent: true },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
  });
  for (const s of sessions) {
    const entry = byUser.get(s.userId) ?? { rows: [], total: 0 };
    entry.total++;
    if (entry.rows.length < SESSIONS_SHOWN_PER_USER) {
      entry.rows.push({ id: s.id, userId: s.userId, createdAt: s.createdAt, lastUsedAt: s.updatedAt, expiresAt: s.expiresAt, ipAddress: s.ipAddress, userAgent: s.userAgent });
    }
    byUser.set(s.userId, entry);
  }
  return byUser;
}

