import { formatDecimal } from "@/lib/domain/figures-format";

type StatedValue = { low: string | null; best: string | null; high: string | null; vagueTerm: string | null };

/**
 * The numbers a claim records, written one way everywhere: "2,000–9,999", "≈ 2,500, no bounds
 * stated", "at least 12, no upper bound". A value whose bounds equal it is just the value.
 */
export function statedBoundsText({ low, best, high, vagueTerm }: StatedValue): string {
  const n = (v: string) => formatDecimal(v);
  let text: string;
  if (low !== null && high !== null) {
    const range = low === high ? n(low) : `${n(low)}–${n(high)}`;
    text = best !== null && !(best === low && best === high) ? `${range}, best estimate ${n(best)}` : range;
  } else if (low !== null) {
    text = `at least ${n(low)}, no upper bound${best !== null ? `; best estimate ${n(best)}` : ""}`;
  } else if (high !== null) {
    text = `at most ${n(high)}, no lower bound${best !== null ? `; best estimate ${n(best)}` : ""}`;
  } else if (best !== null) {
    text = `${n(best)}, no bounds stated`;
  } else {
    text = "no number stated";
  }
  return vagueTerm ? `${text} (read from “${vagueTerm}”)` : text;
}
