import "server-only";
import { db } from "@/lib/db/client";

/** Shown for a revision whose author's account no longer exists: never the address it was made with. */
export const FORMER_EDITOR = "a former editor";

/**
 * The names readers see for revision authors. A revision records its author's user id (older ones
 * an email address); either becomes the account's display name. "seed" and other service names
 * stay as they are. Email addresses never leave the admin pages.
 */
export async function authorNames(authors: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(authors)];
  const users = wanted.length
    ? await db().user.findMany({ where: { OR: [{ id: { in: wanted } }, { email: { in: wanted } }] }, select: { id: true, email: true, name: true } })
    : [];
  const names = new Map<string, string>();
  for (const u of users) {
    // A name typed as an address is cut to its local part, so that no address is shown.
    const name = u.name.split("@")[0]!.trim() || "an editor";
    names.set(u.id, name);
    names.set(u.email, name);
  }
  for (const a of wanted) if (!names.has(a)) names.set(a, a.includes("@") ? FORMER_EDITOR : a);
  return names;
}
