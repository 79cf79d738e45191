import type { ClaimInputDraft } from "@/lib/schemas/claim-input";
import type { LookupItem } from "@/lib/schemas/lookup";

/** A proposed figure as the review screen receives it from POST /api/v1/extract; offsets are into the whole article. */
export type ReviewProposal = {
  surface: string;
  start: number;
  end: number;
  quote: string;
  quoteStart: number;
  qualifier: string;
  low: string | null;
  best: string | null;
  high: string | null;
  vagueTerm: string | null;
  metric: { slug: string | null; noun: string };
  place: { slug: string; name: string } | null;
  period: { start: string | null; end: string | null; label: string };
  attribution: string | null;
};

export type NewMetricDraft = { name: string; unit: string; topic: string; kind: "stock" | "flow" };

/**
 * An inline correction of a proposal: every field the editor can change, as typed. The claim's
 * `modality` joins here when the claim model has it.
 */
export type ReviewDraft = {
  metric: string;
  newMetric: NewMetricDraft | null;
  place: LookupItem | null;
  qualifier: string;
  low: string;
  best: string;
  high: string;
  vagueTerm: string;
  periodStart: string;
  periodEnd: string;
  periodLabel: string;
  attribution: LookupItem[];
};

export function draftFromProposal(p: ReviewProposal, attribution: LookupItem[]): ReviewDraft {
  return {
    metric: p.metric.slug ?? "",
    newMetric: null,
    place: p.place ? { slug: p.place.slug, name: p.place.name, detail: "" } : null,
    qualifier: p.qualifier,
    low: p.low ?? "",
    best: p.best ?? "",
    high: p.high ?? "",
    vagueTerm: p.vagueTerm ?? "",
    periodStart: p.period.start ?? "",
    periodEnd: p.period.end ?? "",
    periodLabel: p.period.label,
    attribution,
  };
}

/** The claim input for a proposal, as proposed or as corrected. */
export function claimFromReview(sourceId: number, p: ReviewProposal, draft: ReviewDraft | null): ClaimInputDraft {
  const d = draft ?? draftFromProposal(p, []);
  return {
    sourceId,
    quote: p.quote,
    quoteStart: p.quoteStart,
    surface: p.surface,
    qualifier: d.qualifier as ClaimInputDraft["qualifier"],
    low: d.low || null,
    best: d.best || null,
    high: d.high || null,
    vagueTerm: d.vagueTerm || null,
    metric: d.newMetric ? "" : d.metric,
    newMetric: d.newMetric,
    place: d.place?.slug ?? "",
    periodStart: d.periodStart || null,
    periodEnd: d.periodEnd || null,
    periodLabel: d.periodLabel,
    attribution: d.attribution.map((a) => a.slug),
  };
}
