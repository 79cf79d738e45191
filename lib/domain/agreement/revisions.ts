/**
 * Revisions by one origin. When the same origin later gives another figure for the same thing
 * (metric, place, period, and whether it is a plan or a running total), its latest figure is its
 * current one; the earlier ones stay on record but are no longer compared, so an origin that
 * corrects itself (11 killed, then 13) is not read as contradicting itself.
 */
import type { AnalysisClaim } from "./types";

/** What makes two figures "the same thing" for one origin. */
function subjectKey(c: AnalysisClaim): string {
  const p = c.period;
  // An open period's end is only the publication day's bound, so undated figures match by start.
  const when = p.certainty === "stated" ? `${p.start}/${p.end}` : `open:${p.start ?? ""}`;
  return [c.origin.key, c.placeId, when, c.modality ?? "observed", c.cumulative ? "total" : "count"].join("|");
}

const valueKey = (c: AnalysisClaim) => {
  const v = c.value;
  return [v.qualifier, v.low, v.best, v.high, v.vagueTerm?.toLowerCase() ?? ""].map((x) => x ?? "").join("|");
};

/** Later first by report day (unknown days count as earliest), then by claim id. */
function compareReports(a: AnalysisClaim, b: AnalysisClaim, order: (x: string, y: string) => number): number {
  const da = a.reportedOn ?? "";
  const db = b.reportedOn ?? "";
  if (da !== db) return da < db ? -1 : 1;
  return order(a.id, b.id);
}

/**
 * The revisions among stated figures from named origins. An unnamed origin is never one identity
 * across sources, so it cannot revise itself. Identical figures are repeats, not revisions.
 */
export function findRevisions(
  claims: readonly AnalysisClaim[],
  order: (x: string, y: string) => number,
): Array<{ origin: string; current: string; earlier: string[] }> {
  const bySubject = new Map<string, AnalysisClaim[]>();
  for (const c of claims) {
    if (c.derivedFrom !== null || !c.origin.named) continue;
    const key = subjectKey(c);
    const list = bySubject.get(key);
    if (list) list.push(c);
    else bySubject.set(key, [c]);
  }
  const out: Array<{ origin: string; current: string; earlier: string[] }> = [];
  for (const list of bySubject.values()) {
    if (list.length < 2) continue;
    const sorted = [...list].sort((a, b) => compareReports(a, b, order));
    const current = sorted.at(-1)!;
    const earlier = sorted.slice(0, -1).filter((c) => valueKey(c) !== valueKey(current));
    if (earlier.length > 0) out.push({ origin: current.origin.label, current: current.id, earlier: earlier.map((c) => c.id) });
  }
  return out.sort((a, b) => order(a.current, b.current));
}
