// The rows of outlets, actors and places that editors create or correct, and of a corrected
// source, each written with its revision. lib/commands/entities.ts checks them first.
import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { appendRevision } from "./revisions";

export type AliasRow = { name: string; searchKey: string };
type Revision = { version: number; author: string; reason: string; snapshot: unknown };

export async function insertActor(tx: Tx, data: Prisma.ActorUncheckedCreateInput, aliases: AliasRow[], revision: Revision): Promise<number> {
  const { id } = await tx.actor.create({ data, select: { id: true } });
  if (aliases.length > 0) await tx.actorAlias.createMany({ data: aliases.map((a) => ({ ...a, actorId: id })) });
  await appendRevision(tx, { entityType: "actor", entityId: id, action: "create", ...revision });
  return id;
}

/** Replaces an actor's columns and aliases; the aliases are in the revision's snapshot. */
export async function updateActor(tx: Tx, id: number, data: Prisma.ActorUncheckedUpdateInput, aliases: AliasRow[], revision: Revision): Promise<void> {
  await tx.actor.update({ where: { id }, data });
  await tx.actorAlias.deleteMany({ where: { actorId: id } });
  if (aliases.length > 0) await tx.actorAlias.createMany({ data: aliases.map((a) => ({ ...a, actorId: id })) });
  await appendRevision(tx, { entityType: "actor", entityId: id, action: "edit", ...revision });
}

/** A new place with its closure rows: itself at depth 0 and each place its parent lies in, one step further. */
export async function insertPlace(
  tx: Tx,
  data: Prisma.PlaceUncheckedCreateInput,
  aliases: AliasRow[],
  parentAncestors: Array<{ ancestorId: number; depth: number }>,
  revision: Revision,
): Promise<number> {
  const { id } = await tx.place.create({ data, select: { id: true } });
  if (aliases.length > 0) await tx.placeAlias.createMany({ data: aliases.map((a) => ({ ...a, placeId: id })) });
  await tx.placeAncestor.createMany({
    data: [{ placeId: id, ancestorId: id, depth: 0 }, ...parentAncestors.map((a) => ({ placeId: id, ancestorId: a.ancestorId, depth: a.depth + 1 }))],
  });
  await appendRevision(tx, { entityType: "place", entityId: id, action: "create", ...revision });
  return id;
}

export async function updatePlace(tx: Tx, id: number, data: Prisma.PlaceUncheckedUpdateInput, aliases: AliasRow[], revision: Revision): Promise<void> {
  await tx.place.update({ where: { id }, data });
  await tx.placeAlias.deleteMany({ where: { placeId: id } });
  if (aliases.length > 0) await tx.placeAlias.createMany({ data: aliases.map((a) => ({ ...a, placeId: id })) });
  await appendRevision(tx, { entityType: "place", entityId: id, action: "edit", ...revision });
}

/** A corrected source; when its date changed, the claims' copy of it follows. */
export async function updateSource(tx: Tx, id: number, data: Prisma.SourceUncheckedUpdateInput, newDate: { publishedAt: Date | null } | null, revision: Revision): Promise<void> {
  await tx.source.update({ where: { id }, data });
  if (newDate) await tx.claim.updateMany({ where: { sourceId: id }, data: { sourcePublishedAt: newDate.publishedAt } });
  await appendRevision(tx, { entityType: "source", entityId: id, action: "edit", ...revision });
}
