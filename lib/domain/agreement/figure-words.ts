/**
 * Figures in the words people write them: "about 2,500", "fewer than 1,000", "at least 13",
 * "thousands (read as 2,000–9,999)". Explanations use these rather than interval symbols.
 */
import { formatNumber, intervalInWords } from "./claim-interval";
import type { AnalysisClaim, Interval } from "./types";
import { lookupVagueAmount } from "./vague-amounts";

const num = (v: string | null) => (v === null ? "?" : formatNumber(Number(v)));

/** A closed range as written: "2,250–2,750"; spaced around the dash when a bound is negative. */
function range(low: number, high: number): string {
  const [l, h] = [formatNumber(low), formatNumber(high)];
  return l.startsWith("-") || h.startsWith("-") ? `${l} – ${h}` : `${l}–${h}`;
}

/** An interval as a reader says it: "2,250–2,750", "fewer than 1,375", "at least 1,000". */
export function intervalWords(i: Interval): string {
  if (i.low !== null && i.high !== null && !i.lowOpen && !i.highOpen && i.low !== i.high && !(i.low === 0 && i.high > 0)) {
    return range(i.low, i.high);
  }
  return intervalInWords(i);
}

/** The vague word with the interval the comparison reads it as: "thousands (read as 2,000–9,999)". */
export function vagueWords(term: string, interval: Interval | null): string {
  if (interval === null) {
    const known = lookupVagueAmount(term);
    return known ? `“${term}” (no number: not compared)` : `“${term}” (not in the vague-amount table: not compared)`;
  }
  return `“${term}” (read as ${intervalWords(interval)})`;
}

/**
 * The figure as the source put it, or for a derived figure the interval it implies. The unit is
 * added by the caller, so a percentage can be written as one.
 */
export function figureWords(claim: Pick<AnalysisClaim, "value" | "derivedFrom">, interval: Interval | null): string {
  const v = claim.value;
  if (claim.derivedFrom !== null) return interval === null ? "no numeric reading" : intervalWords(interval);
  switch (v.qualifier) {
    case "exact":
      return num(v.best ?? v.low);
    case "approximately":
      return v.best !== null ? `about ${num(v.best)}` : interval ? intervalWords(interval) : "no numeric reading";
    case "at_least":
      return `at least ${num(v.low)}`;
    case "more_than":
      return `more than ${num(v.low)}`;
    case "at_most":
      return `at most ${num(v.high)}`;
    case "fewer_than":
      return `fewer than ${num(v.high)}`;
    case "range":
      return v.low !== null && v.high !== null ? range(Number(v.low), Number(v.high)) : "no numeric reading";
    case "vague":
      return vagueWords(v.vagueTerm ?? "an amount", interval);
  }
}

/** A single number that stands for an interval: its middle when closed, else its one bound. */
export function representativeValue(claim: Pick<AnalysisClaim, "value">, interval: Interval): number | null {
  const best = claim.value.best === null ? null : Number(claim.value.best);
  if (best !== null && Number.isFinite(best)) return best;
  if (interval.low !== null && interval.high !== null) return (interval.low + interval.high) / 2;
  return interval.high ?? interval.low;
}
