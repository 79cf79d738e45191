import type { Proposal } from "@/lib/extraction/extract-figures";
import { proposalFormValues, type ClaimFormValues } from "@/lib/forms/claim-form-values";
import type { LookupItem } from "@/lib/schemas/lookup";

/** A proposed figure as the review screen receives it from POST /api/v1/extract, offsets shifted into the whole article. */
export type ReviewProposal = Proposal;

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

/** The claim form's values for a proposal, as proposed or as corrected: the one claim-form type every form sends. */
export function claimFromReview(sourceId: number, p: ReviewProposal, draft: ReviewDraft | null): ClaimFormValues {
  const base = proposalFormValues(sourceId, p);
  if (!draft) return base;
  return {
    ...base,
    qualifier: draft.qualifier,
    low: draft.low,
    best: draft.best,
    high: draft.high,
    vagueTerm: draft.vagueTerm,
    metric: draft.newMetric ? "" : draft.metric,
    ...(draft.newMetric
      ? { newMetricName: draft.newMetric.name, newMetricUnit: draft.newMetric.unit, newMetricTopic: draft.newMetric.topic, newMetricKind: draft.newMetric.kind }
      : {}),
    place: draft.place?.slug ?? "",
    periodStart: draft.periodStart,
    periodEnd: draft.periodEnd,
    periodLabel: draft.periodLabel,
    attribution: draft.attribution.map((a) => a.slug).join(", "),
  };
}
