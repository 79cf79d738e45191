/** A stored decimal as the exact text the ledger shows and compares, or null when absent. */
export function decimalText(d: { toString(): string } | null): string | null {
  return d === null ? null : d.toString();
}
