/**
 * Baselines implied by relative claims. "Approximately 2,500, more than double the January
 * estimate" says something about January without giving a number; the analysis turns it into the
 * widest interval the words allow, and always calls it derived.
 */
import type { Qualifier } from "@/lib/schemas/claim";
import { claimInterval, formatNumber, intervalInWords, type IntervalOptions, type StatedValue } from "./claim-interval";
import type { Interval } from "./types";

export type RelativeRelation = {
  kind: "multiple_of" | "fraction_of";
  /** X = factor × baseline: "2" for "double", "0.3333" for "one-third". */
  factor: string;
  /** How the factor is hedged: "more than double" is more_than; null means exactly. */
  comparator: Qualifier | null;
};

/** x / [fLow, fHigh] as the widest interval: every quotient of a value in x by a factor in range. */
function divide(x: Interval, fLow: number, fHigh: number): { low: number | null; high: number | null } {
  const quotients = (v: number) => [v / fLow, v / fHigh];
  return {
    low: x.low === null ? null : Math.min(...quotients(x.low)),
    high: x.high === null ? null : Math.max(...quotients(x.high)),
  };
}

/** The finest precision the stated figure was written with: "2500" is 0 decimals, "0.3333" is 4. */
function decimalsOf(value: StatedValue): number {
  const places = [value.low, value.best, value.high].map((v) => (v === null ? 0 : (v.split(".")[1]?.length ?? 0)));
  return Math.max(0, ...places);
}

/**
 * A derived interval rounded to the precision of the figure it comes from, outwards, so that it
 * still allows every value the words do: one-third of about 390 is 117–144, not 117.2845–143.3477.
 */
function roundOutward(i: Interval, decimals: number): Interval {
  const scale = 10 ** decimals;
  // The epsilon keeps 1375.0000000002 from becoming 1376.
  const down = (x: number) => Math.floor(x * scale + 1e-9) / scale;
  const up = (x: number) => Math.ceil(x * scale - 1e-9) / scale;
  return { ...i, low: i.low === null ? null : down(i.low), high: i.high === null ? null : up(i.high) };
}

/**
 * The baseline B a relative claim implies, given the claim's own figure X: the relation says
 * X ≈ factor × B, hedged by the comparator. Uses the widest reading of X, so a derived figure never
 * claims more than the words do:
 * - "more than double" (X > 2B): B < X.high / 2, open; 0 below for counts.
 * - "approximately one-third" (X ≈ B / 3): the factor itself is approximate, so B lies between
 *   X.low / (f(1 + t)) and X.high / (f(1 − t)).
 * - exactly (null or "exact"): B = X / f, as wide as X.
 * Null when X has no interval, the factor is not a positive number, the comparator is a range or
 * vague, or nothing bounded would be left.
 */
export function deriveBaseline(claimValue: StatedValue, relation: RelativeRelation, options: IntervalOptions): Interval | null {
  const x = claimInterval(claimValue, options);
  const f = Number(relation.factor);
  if (x === null || relation.factor.trim() === "" || !Number.isFinite(f) || f <= 0) return null;
  const floor = options.nonNegative ? 0 : null;
  const exact = divide(x, f, f);
  let result: Interval | null;

  switch (relation.comparator ?? "exact") {
    case "exact":
      result = { ...exact, lowOpen: x.lowOpen, highOpen: x.highOpen };
      break;
    case "approximately": {
      const t = Math.abs(options.tolerance);
      // A tolerance of 100% or more lets the factor reach 0: no upper bound for B.
      const widened = t < 1 ? divide(x, f * (1 - t), f * (1 + t)) : { low: divide(x, f * (1 + t), f * (1 + t)).low, high: null };
      result = { ...widened, lowOpen: false, highOpen: false };
      break;
    }
    case "more_than": // X > fB → B < X / f
      result = exact.high === null ? null : { low: floor, high: exact.high, lowOpen: false, highOpen: true };
      break;
    case "at_least": // X ≥ fB → B ≤ X / f
      result = exact.high === null ? null : { low: floor, high: exact.high, lowOpen: false, highOpen: x.highOpen };
      break;
    case "fewer_than": // X < fB → B > X / f
      result = exact.low === null ? null : { low: exact.low, high: null, lowOpen: true, highOpen: false };
      break;
    case "at_most": // X ≤ fB → B ≥ X / f
      result = exact.low === null ? null : { low: exact.low, high: null, lowOpen: x.lowOpen, highOpen: false };
      break;
    default:
      result = null;
  }
  if (result === null) return null;
  result = roundOutward(result, decimalsOf(claimValue));
  if (options.nonNegative && result.low !== null && result.low < 0) result = { ...result, low: 0, lowOpen: false };
  const bounded = result.high !== null || (result.low !== null && result.low !== floor);
  return bounded ? result : null;
}

const FRACTION_WORDS: Array<[number, string]> = [
  [1 / 2, "half"],
  [1 / 3, "one-third"],
  [2 / 3, "two-thirds"],
  [1 / 4, "one-quarter"],
  [3 / 4, "three-quarters"],
  [1 / 5, "one-fifth"],
  [1 / 10, "one-tenth"],
];
const MULTIPLE_WORDS: Record<number, string> = { 2: "double", 3: "triple", 4: "four times" };

const COMPARATOR_WORDS: Partial<Record<Qualifier, string>> = {
  approximately: "approximately",
  more_than: "more than",
  at_least: "at least",
  fewer_than: "less than",
  at_most: "at most",
};

/** The relation in words: "more than double", "approximately one-third". */
export function relationPhrase(relation: RelativeRelation): string {
  const f = Number(relation.factor);
  let factorWords: string;
  if (relation.kind === "fraction_of") {
    // 0.3333 is how the ledger writes one-third: match within rounding of 4 decimals.
    const named = FRACTION_WORDS.find(([value]) => Math.abs(value - f) < 0.0005);
    factorWords = named ? named[1] : `${formatNumber(f * 100)}% of`;
  } else {
    factorWords = MULTIPLE_WORDS[f] ?? `${formatNumber(f)} times`;
  }
  const hedge = relation.comparator === null ? undefined : COMPARATOR_WORDS[relation.comparator];
  return hedge ? `${hedge} ${factorWords}` : factorWords;
}

/**
 * The derived figure for an explanation:
 * "derived: fewer than 1,375, implied by “more than double” in claim #12".
 */
export function derivedValueLabel(interval: Interval, relation: RelativeRelation, fromClaim: number | string): string {
  return `derived: ${intervalInWords(interval)}, implied by “${relationPhrase(relation)}” in claim #${fromClaim}`;
}
