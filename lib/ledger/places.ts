import "server-only";
import type { Tx } from "@/lib/db/client";
import { indexForSearch } from "@/lib/db/search-index";
import { searchKey } from "@/lib/domain/search-key";

export type NewPlace = { slug: string; name: string; kind: "country"; iso2: string | null };

/**
 * Adds a place inside another (when the ledger has it), with its rows of the containment closure:
 * itself at depth 0 and each of the outer place's ancestors one level further. Does nothing when
 * the slug is taken.
 */
export async function addPlace(tx: Tx, place: NewPlace, withinSlug: string): Promise<void> {
  if (await tx.place.findUnique({ where: { slug: place.slug }, select: { id: true } })) return;
  const row = await tx.place.create({ data: { slug: place.slug, name: place.name, searchKey: searchKey(place.name), kind: place.kind, iso2: place.iso2 } });
  const within = await tx.place.findUnique({ where: { slug: withinSlug }, select: { ancestors: { select: { ancestorId: true, depth: true } } } });
  await tx.placeAncestor.createMany({
    data: [{ placeId: row.id, ancestorId: row.id, depth: 0 }, ...(within?.ancestors ?? []).map((a) => ({ placeId: row.id, ancestorId: a.ancestorId, depth: a.depth + 1 }))],
  });
  await indexForSearch(tx, { places: [row.id] });
}
