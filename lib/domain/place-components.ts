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
  const parent = new Map(places.map((p) => [p, p]));
  const find = (p: number): number => {
    let root = p;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(p, root);
    return root;
  };
  const present = new Set(places);
  for (const p of places) {
    for (const ancestor of ancestorsOf.get(p) ?? []) {
      if (ancestor !== p && present.has(ancestor)) {
        const [a, b] = [find(p), find(ancestor)];
        if (a !== b) parent.set(Math.max(a, b), Math.min(a, b));
      }
    }
  }
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const root = find(item.placeId);
    const list = groups.get(root) ?? [];
    list.push(item);
    groups.set(root, list);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([, list]) => list);
}
