/**
 * Union-find over strings: which items are linked through any chain of pairs. The smaller string
 * becomes the root of a union, so the roots do not depend on the order of the unions.
 */
export class DisjointSets {
  private parent = new Map<string, string>();

  find(x: string): string {
    let node = x;
    let up = this.parent.get(node) ?? node;
    while (up !== node) {
      // Path splitting: point each node on the way at its grandparent, so the trees stay flat.
      const grand = this.parent.get(up) ?? up;
      this.parent.set(node, grand);
      node = up;
      up = grand;
    }
    return node;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}
