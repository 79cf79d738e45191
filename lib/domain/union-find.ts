/**
 * Union-find (disjoint sets) over positions 0, 1, 2, …: which positions are linked through any
 * chain of unions. The smaller position becomes the root, so roots do not depend on the order of
 * the unions; path halving keeps the trees flat, and a flat array keeps 500,000 unions fast.
 */
export class UnionFind {
  private parent: number[];

  constructor(size = 0) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }

  /** A new position, in a set of its own. */
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }

  find(i: number): number {
    let node = i;
    while (this.parent[node] !== node) {
      const up = this.parent[node]!;
      this.parent[node] = this.parent[up]!; // path halving
      node = up;
    }
    return node;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }
}

/**
 * The same over keys of any kind (strings, ids): each key takes a position when first seen, and a
 * set is named by the key of its root, the first of its keys seen.
 */
export class KeyedUnionFind<K> {
  private sets = new UnionFind();
  private positions = new Map<K, number>();
  private keys: K[] = [];

  private position(key: K): number {
    let at = this.positions.get(key);
    if (at === undefined) {
      at = this.sets.add();
      this.positions.set(key, at);
      this.keys.push(key);
    }
    return at;
  }

  find(key: K): K {
    return this.keys[this.sets.find(this.position(key))]!;
  }

  union(a: K, b: K): void {
    this.sets.union(this.position(a), this.position(b));
  }
}
