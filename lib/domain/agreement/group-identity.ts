/**
 * Group addresses that outlive regrouping. Groups are recomputed whenever a figure joins or leaves
 * them; this decides which new group carries which old address, so a link someone shared keeps
 * working. Each old group's successor is the new group that now holds most of its former members;
 * each new group keeps the address of the old group it took most members from (the largest
 * share first), and every other old address leads to its successor.
 */

export type OldGroup = { id: number; members: readonly string[] };

export type GroupIdentity = {
  /** For each new group, by position: the old id it keeps, or null for a new address. */
  keep: Array<number | null>;
  /** For each old id: the position of the new group that now holds most of its members, or null when none does. */
  successor: Map<number, number | null>;
};

export function carryGroupIds(old: readonly OldGroup[], next: ReadonlyArray<readonly string[]>): GroupIdentity {
  const groupOf = new Map<string, number>();
  next.forEach((members, index) => members.forEach((m) => groupOf.set(m, index)));

  const successor = new Map<number, number | null>();
  const candidates: Array<{ oldId: number; index: number; shared: number }> = [];
  for (const g of old) {
    const shared = new Map<number, number>();
    for (const m of g.members) {
      const index = groupOf.get(m);
      if (index !== undefined) shared.set(index, (shared.get(index) ?? 0) + 1);
    }
    let best: { index: number; shared: number } | null = null;
    for (const [index, n] of shared) {
      if (best === null || n > best.shared || (n === best.shared && index < best.index)) best = { index, shared: n };
    }
    successor.set(g.id, best?.index ?? null);
    if (best) candidates.push({ oldId: g.id, index: best.index, shared: best.shared });
  }
  // The largest share claims its group's address first; ties go to the older (smaller) id.
  candidates.sort((a, b) => b.shared - a.shared || a.oldId - b.oldId);
  const keep: Array<number | null> = next.map(() => null);
  for (const c of candidates) if (keep[c.index] === null) keep[c.index] = c.oldId;
  return { keep, successor };
}
