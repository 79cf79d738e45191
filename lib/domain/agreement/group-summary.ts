/**
 * What lists of groups show (a metric's groups, the Conflicts page): the group's analysis cut down
 * to a handful of its figures. A group can hold hundreds of figures and a stored analysis hundreds
 * of kilobytes; a page of ten groups must not read and draw all of that. The summary keeps the
 * analysis's shape, so the same card draws either, and says how many figures the whole has.
 */
import type { GroupSummary, StoredAnalysis } from "./stored-analysis";

/** How many figures a summary keeps: the lowest, the highest, the widest conflict, and between. */
export const SUMMARY_FIGURES = 6;

/** The sample's ids: the widest conflict's pair, then figures evenly spread from lowest to highest value. */
export function sampleFigureIds(analysis: StoredAnalysis, size = SUMMARY_FIGURES): string[] {
  const low = (id: string) => analysis.intervals[id]?.low ?? analysis.intervals[id]?.high ?? Number.POSITIVE_INFINITY;
  const byValue = analysis.claims.map((c) => c.id).sort((a, b) => low(a) - low(b) || (a < b ? -1 : a > b ? 1 : 0));
  if (byValue.length <= size) return byValue;
  const chosen = new Set<string>([byValue[0]!, byValue.at(-1)!]);
  const widest = analysis.conflicts[0];
  if (widest) [widest.a, widest.b].forEach((id) => chosen.add(id));
  for (let k = 1; chosen.size < size && k < size - 1; k += 1) {
    chosen.add(byValue[Math.round((k * (byValue.length - 1)) / (size - 1))]!);
  }
  for (const id of byValue) {
    if (chosen.size >= size) break;
    chosen.add(id);
  }
  return byValue.filter((id) => chosen.has(id));
}

/** How many figures, and how many origins among them, a whole analysis holds. */
export function analysisTotals(analysis: StoredAnalysis): { figures: number; origins: number } {
  return { figures: analysis.claims.length, origins: new Set(analysis.claims.map((c) => c.origin.key)).size };
}

export function summariseAnalysis(analysis: StoredAnalysis, size = SUMMARY_FIGURES): GroupSummary {
  const keep = new Set(sampleFigureIds(analysis, size));
  const only = (ids: string[]) => ids.filter((id) => keep.has(id));
  const totals = analysisTotals(analysis);
  return {
    ...analysis,
    claims: analysis.claims.filter((c) => keep.has(c.id)),
    intervals: Object.fromEntries(Object.entries(analysis.intervals).filter(([id]) => keep.has(id))),
    series: analysis.series.filter((s) => keep.has(s.id)),
    conflicts: analysis.conflicts.filter((c) => keep.has(c.a) && keep.has(c.b)),
    conflictingIds: only(analysis.conflictingIds),
    agreeingIds: only(analysis.agreeingIds),
    partWholeIds: only(analysis.partWholeIds),
    figureTotal: totals.figures,
    originTotal: totals.origins,
  };
}
