/**
 * From a figure as stated to the interval of values it allows, and the arithmetic on intervals
 * the agreement analysis needs: do two overlap, and if not, how far apart are they.
 */
import type { Qualifier } from "@/lib/schemas/claim";
import type { Interval } from "./types";
import { lookupVagueAmount } from "./vague-amounts";

/** The figure as the source states it (the shape of `ClaimValue`; bounds not stated are null). */
export type StatedValue = {
  qualifier: Qualifier;
  low: string | null;
  best: string | null;
  high: string | null;
  vagueTerm: string | null;
};

export type IntervalOptions = {
  /** Relative tolerance for "approximately", e.g. 0.1 for ±10%. */
  tolerance: number;
  /** The metric cannot be negative, so an open lower end is 0, not −∞. */
  nonNegative: boolean;
};

export const closedInterval = (low: number, high: number): Interval => ({ low, high, lowOpen: false, highOpen: false });

/** A decimal string as a number; null for a missing or unreadable one (never 0 for ""). */
function toNumber(value: string | null): number | null {
  if (value === null || value.trim() === "") return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** True when no number lies in the interval, e.g. [5, 3] or (5, 5]. */
export function isEmptyInterval(i: Interval): boolean {
  if (i.low === null || i.high === null) return false;
  return i.low > i.high || (i.low === i.high && (i.lowOpen || i.highOpen));
}

/** The values both intervals allow; null when they share none. */
export function intersectIntervals(a: Interval, b: Interval): Interval | null {
  const [low, lowOpen] = tighterLow(a, b);
  const [high, highOpen] = tighterHigh(a, b);
  const result = { low, high, lowOpen, highOpen };
  return isEmptyInterval(result) ? null : result;
}

function tighterLow(a: Interval, b: Interval): [number | null, boolean] {
  if (a.low === null) return [b.low, b.lowOpen];
  if (b.low === null || a.low > b.low) return [a.low, a.lowOpen];
  if (b.low > a.low) return [b.low, b.lowOpen];
  return [a.low, a.lowOpen || b.lowOpen];
}

function tighterHigh(a: Interval, b: Interval): [number | null, boolean] {
  if (a.high === null) return [b.high, b.highOpen];
  if (b.high === null || a.high < b.high) return [a.high, a.highOpen];
  if (b.high < a.high) return [b.high, b.highOpen];
  return [a.high, a.highOpen || b.highOpen];
}

/** best ± tolerance, unless the source stated a bound itself. */
function approximately(best: number, low: number | null, high: number | null, { tolerance, nonNegative }: IntervalOptions): Interval {
  const spread = Math.abs(best * tolerance);
  let widenedLow = low ?? best - spread;
  if (nonNegative && widenedLow < 0) widenedLow = 0;
  return closedInterval(widenedLow, high ?? best + spread);
}

/** Only the bounds the source stated, e.g. for a vague term with an editor's reading. */
function statedBounds(low: number | null, best: number | null, high: number | null, options: IntervalOptions): Interval | null {
  if (best !== null) return approximately(best, low, high, options);
  if (low === null && high === null) return null;
  return { low: low ?? (options.nonNegative ? 0 : null), high, lowOpen: false, highOpen: false };
}

/**
 * The values a stated figure allows, or null when the words carry no number ("numerous") or the
 * value the qualifier needs is missing. See docs/vague-amounts.md for vague terms.
 */
export function claimInterval(value: StatedValue, options: IntervalOptions): Interval | null {
  const low = toNumber(value.low);
  const best = toNumber(value.best);
  const high = toNumber(value.high);
  const floor = options.nonNegative ? 0 : null;
  let interval: Interval | null;

  switch (value.qualifier) {
    case "exact": {
      const n = best ?? (low !== null && low === high ? low : null);
      interval = n === null ? null : closedInterval(n, n);
      break;
    }
    case "approximately":
      interval = best !== null ? approximately(best, low, high, options) : low !== null && high !== null ? closedInterval(low, high) : null;
      break;
    case "at_least":
      interval = low === null ? null : { low, high: null, lowOpen: false, highOpen: false };
      break;
    case "more_than":
      interval = low === null ? null : { low, high: null, lowOpen: true, highOpen: false };
      break;
    case "at_most":
      interval = high === null ? null : { low: floor, high, lowOpen: false, highOpen: false };
      break;
    case "fewer_than":
      interval = high === null ? null : { low: floor, high, lowOpen: false, highOpen: true };
      break;
    case "range":
      interval = low !== null && high !== null ? closedInterval(low, high) : null;
      break;
    case "vague":
      interval = vagueInterval(value.vagueTerm, statedBounds(low, best, high, options));
      break;
  }
  return interval === null || isEmptyInterval(interval) ? null : interval;
}

/**
 * The table's reading narrowed by any bounds stated with the term. Stated bounds are the record
 * and the table only a convention, so when the two disagree the stated bounds win; and a term the
 * table cannot read still keeps whatever bounds were stated with it.
 */
function vagueInterval(term: string | null, stated: Interval | null): Interval | null {
  const table = term === null ? null : (lookupVagueAmount(term)?.interval ?? null);
  if (table === null) return stated;
  if (stated === null) return table;
  return intersectIntervals(table, stated) ?? stated;
}

/** True when every value in `a` is below every value in `b`. */
export function isBelow(a: Interval, b: Interval): boolean {
  if (a.high === null || b.low === null) return false;
  return a.high < b.low || (a.high === b.low && (a.highOpen || b.lowOpen));
}

/** True when some value lies in both. (100, ∞) and [0, 100] share none. */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return !isBelow(a, b) && !isBelow(b, a);
}

export function intervalContains(i: Interval, x: number): boolean {
  const aboveLow = i.low === null || x > i.low || (x === i.low && !i.lowOpen);
  const belowHigh = i.high === null || x < i.high || (x === i.high && !i.highOpen);
  return aboveLow && belowHigh;
}

/**
 * How far apart two disjoint intervals are; null when they overlap. `ratio` is the low of the
 * higher one over the high of the lower one (≥ 1), Infinity when the lower one reaches 0. For
 * negative values the ratio is mirrored (−20 vs −10 is 2), and Infinity when the signs differ.
 */
export function intervalGap(a: Interval, b: Interval): { gap: number; ratio: number } | null {
  if (intervalsOverlap(a, b)) return null;
  const [lower, higher] = isBelow(a, b) ? [a, b] : [b, a];
  // Disjoint intervals always have these two bounds finite.
  const top = lower.high!;
  const bottom = higher.low!;
  const gap = bottom - top;
  if (gap === 0) return { gap, ratio: 1 };
  if (top > 0) return { gap, ratio: bottom / top };
  if (bottom < 0) return { gap, ratio: top / bottom };
  return { gap, ratio: Infinity };
}

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat("en-US", { numberingSystem: "latn", ...options });
    formatters.set(key, f);
  }
  return f;
}

/**
 * A computed number for an explanation: digit grouping, and at most 4 significant digits in the
 * fraction (116.6667 → "116.7", 0.33333 → "0.3333"). Whole parts are never rounded (12,345 stays).
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? "∞" : "−∞";
  const value = n === 0 ? 0 : n; // no "-0"
  const abs = Math.abs(value);
  if (abs !== 0 && abs < 1) return formatter("sig4", { maximumSignificantDigits: 4 }).format(value);
  const integerDigits = abs === 0 ? 1 : Math.floor(Math.log10(abs)) + 1;
  const fractionDigits = Math.max(0, 4 - integerDigits);
  return formatter(`frac${fractionDigits}`, { maximumFractionDigits: fractionDigits }).format(value);
}

/** A gap ratio for a sentence: "1.18", "12.5", "∞". */
export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return "∞";
  return formatter("ratio", { maximumFractionDigits: 2 }).format(ratio);
}

export type FormatIntervalOptions = {
  /**
   * Show a closed lower end at 0 as no lower end ("< 1,375" rather than "0 – < 1,375"), as it
   * reads for counts. Default true.
   */
  zeroFloorImplicit?: boolean;
  /** How each bound is written; formatNumber by default (the timeline writes shares as percentages). */
  formatBound?: (n: number) => string;
};

function hasNoLowEnd(i: Interval, zeroFloorImplicit: boolean): boolean {
  return i.low === null || (zeroFloorImplicit && i.low === 0 && !i.lowOpen && i.high !== null && i.high > 0);
}

/** The interval in symbols: "2,250–2,750", "≥ 12", "> 100,000", "< 1,375", "12". */
export function formatInterval(i: Interval, { zeroFloorImplicit = true, formatBound = formatNumber }: FormatIntervalOptions = {}): string {
  if (i.low !== null && i.low === i.high && !i.lowOpen && !i.highOpen) return formatBound(i.low);
  const noLow = hasNoLowEnd(i, zeroFloorImplicit);
  if (noLow && i.high === null) return "any value";
  if (i.high === null) return `${i.lowOpen ? ">" : "≥"} ${formatBound(i.low!)}`;
  if (noLow) return `${i.highOpen ? "<" : "≤"} ${formatBound(i.high)}`;
  const low = formatBound(i.low!);
  const high = formatBound(i.high);
  if (!i.lowOpen && !i.highOpen) return low.startsWith("-") || high.startsWith("-") ? `${low} – ${high}` : `${low}–${high}`;
  return `${i.lowOpen ? ">" : "≥"} ${low} and ${i.highOpen ? "<" : "≤"} ${high}`;
}

/** The interval in words, for sentences: "fewer than 1,375", "at least 12", "between 117.3 and 143.4". */
export function intervalInWords(i: Interval, { zeroFloorImplicit = true }: FormatIntervalOptions = {}): string {
  if (i.low !== null && i.low === i.high && !i.lowOpen && !i.highOpen) return formatNumber(i.low);
  const noLow = hasNoLowEnd(i, zeroFloorImplicit);
  const lowWords = () => `${i.lowOpen ? "more than" : "at least"} ${formatNumber(i.low!)}`;
  const highWords = () => `${i.highOpen ? "fewer than" : "at most"} ${formatNumber(i.high!)}`;
  if (noLow && i.high === null) return "any value";
  if (i.high === null) return lowWords();
  if (noLow) return highWords();
  if (!i.lowOpen && !i.highOpen) return `between ${formatNumber(i.low!)} and ${formatNumber(i.high)}`;
  return `${lowWords()} and ${highWords()}`;
}
