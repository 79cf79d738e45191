import "server-only";
import { db } from "@/lib/db/client";
import { authorNames } from "./authors";

export type RevisionView = { version: number; action: string; author: string; reason: string; createdAt: string };

/** An actor's, place's or source's revisions, oldest first, each with its author's display name. */
export async function entityRevisions(entityType: "actor" | "place" | "source", entityId: number): Promise<RevisionView[]> {
  const revisions = await db().revision.findMany({
    where: { entityType, entityId },
    orderBy: { version: "asc" },
    select: { version: true, action: true, author: true, reason: true, createdAt: true },
  });
  const names = await authorNames(revisions.map((r) => r.author));
  return revisions.map((r) => ({ ...r, author: names.get(r.author) ?? r.author, createdAt: r.createdAt.toISOString() }));
}
