import "server-only";
import { z } from "zod";
import { toRow, USER_COLUMNS, type UserRow } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { cursorCodec, type Page } from "./pagination";

export const USERS_PAGE_SIZE = 25;

/** Keyset cursor over (createdAt, id), newest first. */
const userCursors = cursorCodec(z.object({ t: z.iso.datetime(), id: z.string().min(1) }));

/** One page of users, newest first, and the cursor of the next page (null on the last). */
export async function listUsers(cursor?: string | null, pageSize = USERS_PAGE_SIZE): Promise<Page<UserRow>> {
  const raw = userCursors.decode(cursor);
  const after = raw ? { createdAt: new Date(raw.t), id: raw.id } : null;
  const rows = await db().user.findMany({
    select: USER_COLUMNS,
    where: after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : undefined,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
  });
  const page = rows.slice(0, pageSize).map(toRow);
  const last = page.at(-1);
  return { rows: page, next: rows.length > pageSize && last ? userCursors.encode({ t: last.createdAt.toISOString(), id: last.id }) : null };
}
