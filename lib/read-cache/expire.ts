// Expires the read cache's tags after a committed write. On this instance the next read is fresh
// at once; the shared tag handler (shared-tags-handler.mjs) tells the other instances.
import "server-only";
import { revalidateTag } from "next/cache";
import { tagsForWrite, type WriteEffect } from "./tags";

export function expireAfterWrite(effect: WriteEffect): void {
  // `expire: 0`: gone now, not served stale once while it refreshes (revalidateTag's "max").
  for (const t of tagsForWrite(effect)) revalidateTag(t, { expire: 0 });
}
