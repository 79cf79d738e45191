import { UnionFind } from "./union-find";

/**
 * Splits items into groups whose places are linked by nesting: two items belong together when one's
 * place lies inside the other's, and groups follow such links transitively (Syria and Iraq join
 * through a figure for "Syria and Iraq", but not through a place no figure names).
 */
export function groupByNestedPlaces<T extends { placeId: number }>(
  items: readonly T[],
  ancestorsOf: ReadonlyMap<number, readonly number[]>,
): T[][] {
  const places = [...new Set(items.map((i) => i.placeId))].sort((a, b) => a - b);
  const position = new Map(places.map((p, i) => [p, i]));
  // Positions follow place ids, so each set's root is its smallest place.
  const sets = new UnionFind(places.length);
  for (const p of places) {
    for (const ancestor of ancestorsOf.get(p) ?? []) {
      const outer = position.get(ancestor);
      if (ancestor !== p && outer !== undefined) sets.union(position.get(p)!, outer);
    }
  }
  const find = (p: number) => places[sets.find(position.get(p)!)]!;
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const root = find(item.placeId);
    const list = groups.get(root) ?? [];
    list.push(item);
    groups.set(root, list);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([, list]) => list);
}
