/**
 * Figures a new article repeats: before an editor accepts anything, the review screen says which
 * proposed figures the ledger already holds (same metric, same value, a period that can be the
 * same, and an origin in common when the article names one), so a rewrite of a report already in
 * the ledger is recorded as the same report instead of counted as a new, independent figure.
 */

export type ProposedFigure = {
  /** Where the figure stands in the new article (its identity on the review screen). */
  start: number;
  end: number;
  metric: string | null;
  low: string | null;
  best: string | null;
  high: string | null;
  period: { start: string | null; end: string | null };
  /** Origin keys the article gives for the figure ("actor:sdf"); empty when it names none. */
  origins: readonly string[];
};

export type LedgerFigure = {
  claimId: number;
  sourceId: number;
  metric: string;
  low: string | null;
  best: string | null;
  high: string | null;
  period: { start: string | null; end: string | null };
  origin: { key: string; label: string };
};

export type KnownFigure = {
  start: number;
  end: number;
  /** The matching claims, oldest first; the first is the one "same report" links to. */
  claimIds: number[];
  sourceCount: number;
  origins: string[];
};

const num = (v: string | null) => (v === null || v.trim() === "" ? null : Number(v));

/** The same stated numbers: each bound the proposal gives equals the claim's. */
function sameValue(p: ProposedFigure, c: LedgerFigure): boolean {
  const pairs: Array<[string | null, string | null]> = [
    [p.best, c.best ?? (c.low !== null && c.low === c.high ? c.low : null)],
    [p.low, c.low],
    [p.high, c.high],
  ];
  let compared = 0;
  for (const [a, b] of pairs) {
    if (a === null) continue;
    if (num(a) !== num(b)) return false;
    compared++;
  }
  return compared > 0;
}

/** Periods that can describe the same figure: they overlap, or either is not stated. */
function periodsCanMatch(a: ProposedFigure["period"], b: LedgerFigure["period"]): boolean {
  if (a.start === null && a.end === null) return true;
  if (b.start === null && b.end === null) return true;
  const apart = (a.end !== null && b.start !== null && a.end < b.start) || (b.end !== null && a.start !== null && b.end < a.start);
  return !apart;
}

export function matchKnownFigures(proposals: readonly ProposedFigure[], ledger: readonly LedgerFigure[]): KnownFigure[] {
  const out: KnownFigure[] = [];
  for (const p of proposals) {
    if (p.metric === null) continue;
    const hits = ledger
      .filter((c) => c.metric === p.metric && sameValue(p, c) && periodsCanMatch(p.period, c.period))
      .filter((c) => p.origins.length === 0 || p.origins.includes(c.origin.key))
      .sort((a, b) => a.claimId - b.claimId);
    if (hits.length === 0) continue;
    out.push({
      start: p.start,
      end: p.end,
      claimIds: hits.map((h) => h.claimId),
      sourceCount: new Set(hits.map((h) => h.sourceId)).size,
      origins: [...new Set(hits.map((h) => h.origin.label))].sort(),
    });
  }
  return out;
}
