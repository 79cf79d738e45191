// A figure as the agreement analysis sees it, for unit tests of what is drawn from an analysis.
import type { AnalysisClaim } from "@/lib/domain/agreement/types";

export const analysisClaim = (id: string, over: Partial<AnalysisClaim> = {}): AnalysisClaim => ({
  id,
  derivedFrom: null,
  metricId: 1,
  placeId: 1,
  placeName: "Syria",
  placeAncestors: [1],
  period: { start: "2024-04-01", end: "2024-04-30", certainty: "stated" },
  value: { qualifier: "exact", low: null, best: "10", high: null, vagueTerm: null },
  origin: { key: `actor:${id}`, label: `Origin ${id}`, named: true },
  label: `claim ${id}`,
  ...over,
});
