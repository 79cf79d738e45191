/**
 * Where a figure sits in time, for comparing levels (stocks), nesting counts (flows) and ordering
 * a series. Days are ISO strings (YYYY-MM-DD), which compare correctly as strings.
 */
import type { AnalysisClaim, AnalysisPeriod } from "./types";

const DAY_MS = 86_400_000;

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

export const isStatedPeriod = (p: AnalysisPeriod) => p.certainty === "stated" && p.start !== null && p.end !== null;

/**
 * The day a figure is placed at, and whether that day is only a bound. A stated period sits at its
 * end (a level "as of", a count "up to"); an undated figure at the earliest time it can describe:
 * the start it states, else the earliest day its source proves (the "not before" evidence), else
 * the publication day that bounds it.
 */
export function bestKnownTime(p: AnalysisPeriod): { day: string | null; undated: boolean } {
  if (isStatedPeriod(p)) return { day: p.end, undated: false };
  return { day: p.start ?? p.notBefore ?? p.end ?? null, undated: true };
}

/** Time order: known days first, then by start, then the given tie-break. Undated-unknown last. */
export function compareTimes(a: AnalysisClaim, b: AnalysisClaim): number {
  const ta = bestKnownTime(a.period).day;
  const tb = bestKnownTime(b.period).day;
  if (ta !== tb) {
    if (ta === null) return 1;
    if (tb === null) return -1;
    return ta < tb ? -1 : 1;
  }
  const sa = a.period.start ?? "";
  const sb = b.period.start ?? "";
  return sa === sb ? 0 : sa < sb ? -1 : 1;
}

/**
 * How two counts' periods relate. A running total runs from its start (or from the beginning, when
 * none is given) to its end, so two totals nest whenever they share a start.
 * - "same": the same days; "a-in-b" / "b-in-a": one lies inside the other;
 * - "partial": they share some days, and each has days the other lacks;
 * - "disjoint": no day in common; "uncertain": a period is open, so the days are not known.
 */
export type CountPeriodRelation = "same" | "a-in-b" | "b-in-a" | "partial" | "disjoint" | "uncertain";

export function countPeriodRelation(a: AnalysisPeriod, b: AnalysisPeriod, cumulative = false): CountPeriodRelation {
  const span = (p: AnalysisPeriod) =>
    cumulative ? (p.end === null ? null : { start: p.start ?? "", end: p.end }) : isStatedPeriod(p) ? { start: p.start!, end: p.end! } : null;
  const sa = span(a);
  const sb = span(b);
  if (sa === null || sb === null) {
    const apart = (a.end !== null && b.start !== null && a.end < b.start) || (b.end !== null && a.start !== null && b.end < a.start);
    return apart ? "disjoint" : "uncertain";
  }
  if (sa.end < sb.start || sb.end < sa.start) return "disjoint";
  if (sa.start === sb.start && sa.end === sb.end) return "same";
  if (sa.start >= sb.start && sa.end <= sb.end) return "a-in-b";
  if (sb.start >= sa.start && sb.end <= sa.end) return "b-in-a";
  return "partial";
}

/**
 * Two levels describe the same time when their days are at most `windowDays` apart; "uncertain"
 * when either is undated (a level changes, so an undated one is never matched to a dated one).
 */
export function levelTimeRelation(a: AnalysisPeriod, b: AnalysisPeriod, windowDays: number): "same" | "different" | "uncertain" {
  if (!isStatedPeriod(a) || !isStatedPeriod(b)) {
    const apart = (a.end !== null && b.start !== null && a.end < b.start) || (b.end !== null && a.start !== null && b.end < a.start);
    return apart ? "different" : "uncertain";
  }
  return Math.abs(daysBetween(a.end!, b.end!)) <= windowDays ? "same" : "different";
}
