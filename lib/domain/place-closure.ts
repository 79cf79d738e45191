/**
 * Every (place, ancestor, depth) pair of a containment graph, the place itself at depth 0.
 * A place may lie inside several others (Syria is inside "Syria and Iraq" and "Middle East");
 * the shortest path gives the depth.
 */
export function placeClosure(within: ReadonlyMap<string, readonly string[]>): Array<{ place: string; ancestor: string; depth: number }> {
  const rows: Array<{ place: string; ancestor: string; depth: number }> = [];
  for (const place of within.keys()) {
    const seen = new Map<string, number>([[place, 0]]);
    let frontier = [place];
    for (let depth = 1; frontier.length > 0; depth += 1) {
      const next: string[] = [];
      for (const p of frontier) {
        for (const parent of within.get(p) ?? []) {
          if (parent === place) throw new Error(`Place containment has a cycle through "${place}".`);
          if (!seen.has(parent)) {
            seen.set(parent, depth);
            next.push(parent);
          }
        }
      }
      frontier = next;
    }
    for (const [ancestor, depth] of seen) rows.push({ place, ancestor, depth });
  }
  return rows;
}
