import type { TimelinePoint } from "@/components/charts/claims-timeline";
import type { StoredAnalysis } from "@/lib/domain/agreement/stored-analysis";
import type { Verdict } from "@/lib/domain/agreement/types";

/**
 * The verdict a single figure is drawn with: red when it is part of a conflict, the group's
 * agreement verdict when it agreed with another figure, otherwise what the group says about it.
 */
export function pointVerdict(analysis: StoredAnalysis, id: string): Verdict {
  if (analysis.intervals[id] === null || analysis.intervals[id] === undefined) return "unknown";
  if (analysis.conflictingIds.includes(id)) return "conflicting";
  if (analysis.agreeingIds.includes(id)) return analysis.verdict === "corroborated" ? "corroborated" : "consistent";
  if (analysis.partWholeIds.includes(id)) return "consistent";
  return analysis.verdict === "trend" ? "trend" : "single";
}

/** A stored group as timeline points. Open periods start at what is known, or at the source's proven earliest date. */
export function groupPoints(groupId: number, analysis: StoredAnalysis): TimelinePoint[] {
  return analysis.claims.map((c) => {
    const open = c.period.certainty === "open";
    const best = c.value.best === null ? null : Number(c.value.best);
    return {
      id: c.id,
      href: c.derivedFrom === null ? `/claims/${c.id}` : `/claims/${c.derivedFrom}`,
      label: c.label,
      period: {
        start: c.period.start ?? (open ? (c.period.notBefore ?? null) : null),
        end: open ? null : c.period.end,
        certainty: c.period.certainty,
      },
      interval: analysis.intervals[c.id] ?? null,
      best: Number.isFinite(best) ? best : null,
      verdict: pointVerdict(analysis, c.id),
      origin: c.origin.label,
      derived: c.derivedFrom !== null,
      group: String(groupId),
    };
  });
}
