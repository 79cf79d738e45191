/**
 * Exact decimal strings for figures: "2,500" → "2500", "1.5 million" → "1500000", "45%" → "0.45".
 * Figures never pass through a binary float on the way in (docs/decisions/0002), so scaling is
 * done on the digits themselves.
 */

/** Canonical form: no sign, no leading zeros, no trailing fraction zeros, "0" for zero. */
function canonical(intPart: string, fracPart: string): string {
  const int = intPart.replace(/^0+(?=\d)/, "") || "0";
  const frac = fracPart.replace(/0+$/, "");
  return frac === "" ? int : `${int}.${frac}`;
}

/** "2,500" → "2500", "1.5" → "1.5", "007" → "7"; null for anything that is not a plain decimal. */
export function parseDigits(written: string): string | null {
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(written)) return null;
  const plain = written.replace(/,/g, "");
  const match = /^(\d+)(?:\.(\d+))?$/.exec(plain);
  if (!match) return null;
  return canonical(match[1]!, match[2] ?? "");
}

/** Moves the decimal point: shiftDecimal("1.5", 6) → "1500000"; shiftDecimal("45", -2) → "0.45". */
export function shiftDecimal(value: string, places: number): string {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(value);
  if (!match) throw new RangeError(`Not a decimal: ${value}`);
  const digits = match[1]! + (match[2] ?? "");
  const point = match[1]!.length + places;
  if (point <= 0) return canonical("0", "0".repeat(-point) + digits);
  if (point >= digits.length) return canonical(digits + "0".repeat(point - digits.length), "");
  return canonical(digits.slice(0, point), digits.slice(point));
}

/**
 * A number the recognizer resolved (a float written as text) as a decimal string. Fractions that
 * do not terminate within four places are rounded to four, as the seeds write one-third: 0.3333.
 */
export function fromResolvedNumber(resolved: string): string | null {
  const n = Number(resolved);
  if (!Number.isFinite(n) || n < 0) return null;
  if (Number.isInteger(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER) return String(n);
  const fourPlaces = Math.round(n * 10_000) / 10_000;
  // 0.25 and 0.125 stay exact; 0.333333… becomes 0.3333.
  const exact = parseDigits(n.toFixed(10).replace(/0+$/, "").replace(/\.$/, ""));
  if (exact !== null && (exact.split(".")[1]?.length ?? 0) <= 4) return exact;
  return parseDigits(fourPlaces.toFixed(4));
}

/** Powers of ten for scale words written after digits: "1.5 million", "$7bn", "10k". */
export const SCALE_WORDS: Record<string, number> = {
  thousand: 3,
  k: 3,
  million: 6,
  mn: 6,
  m: 6,
  billion: 9,
  bn: 9,
  b: 9,
  trillion: 12,
};

export function compareDecimals(a: string, b: string): number {
  const [ai = "0", af = ""] = a.split(".");
  const [bi = "0", bf = ""] = b.split(".");
  if (ai.length !== bi.length) return ai.length < bi.length ? -1 : 1;
  if (ai !== bi) return ai < bi ? -1 : 1;
  const width = Math.max(af.length, bf.length);
  const x = af.padEnd(width, "0");
  const y = bf.padEnd(width, "0");
  return x === y ? 0 : x < y ? -1 : 1;
}
