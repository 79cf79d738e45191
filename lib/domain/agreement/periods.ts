/**
 * Reference periods for the analysis: do two periods overlap, and how to say a period in an
 * explanation. Turning a source's period words into days is in `period-phrases.ts`.
 */
import { formatDay, formatPeriod } from "@/lib/domain/figures-format";
import type { AnalysisPeriod } from "./types";

export type PeriodRelation = "overlap" | "disjoint" | "uncertain";

const isStated = (p: AnalysisPeriod) => p.certainty === "stated" && p.start !== null && p.end !== null;

/**
 * "overlap" or "disjoint" when both periods are stated (inclusive days). When either is open,
 * "uncertain", unless the bounds that are known already keep them apart.
 */
export function comparePeriods(a: AnalysisPeriod, b: AnalysisPeriod): PeriodRelation {
  // ISO days compare correctly as strings.
  const apart = (a.end !== null && b.start !== null && a.end < b.start) || (b.end !== null && a.start !== null && b.end < a.start);
  if (apart) return "disjoint";
  return isStated(a) && isStated(b) ? "overlap" : "uncertain";
}

/** "Mar 2019" for the first of a month (a notBefore is usually a month), else "31 Jul 2024". */
function boundText(day: string): string {
  if (!day.endsWith("-01")) return formatDay(day);
  const monthEnd = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 0)).toISOString().slice(0, 10);
  return formatPeriod({ start: day, end: monthEnd, label: "" });
}

/**
 * A period for an explanation: "Apr 2024", "26 Aug 2021", "H1 2024", "undated, not before
 * Mar 2019", "unknown period". Open periods always say they are undated.
 */
export function describePeriod(p: AnalysisPeriod): string {
  if (isStated(p)) {
    const { start, end } = p as { start: string; end: string };
    return start === end ? formatDay(start) : formatPeriod({ start, end, label: "" });
  }
  if (p.start !== null && p.end !== null) return `undated, between ${boundText(p.start)} and ${formatDay(p.end)}`;
  if (p.start !== null) return `undated, not before ${boundText(p.start)}`;
  if (p.end !== null) return `undated, not after ${formatDay(p.end)}`;
  // An undated source's content proves the earliest time the figure can describe.
  if (p.notBefore) return `undated, not before ${boundText(p.notBefore)}`;
  return "unknown period";
}
