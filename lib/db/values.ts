/**
 * A stored decimal as the exact text the ledger shows and compares, or null when absent. Always in
 * plain notation: a Decimal's toString() writes 1e-10 for 0.0000000001.
 */
export function decimalText(d: { toString(): string; toFixed?: () => string } | string | null): string | null {
  if (d === null) return null;
  if (typeof d === "string") return d;
  return d.toFixed ? d.toFixed() : d.toString();
}
