import type { Proposal } from "@/lib/extraction/extract-figures";
import { proposalFormValues, type ClaimFormValues } from "@/lib/forms/claim-form-values";
import type { LookupItem } from "@/lib/schemas/lookup";

/** A proposed figure as the review screen receives it from POST /api/v1/extract, offsets shifted into the whole article. */
export type ReviewProposal = Proposal;

export type NewMetricDraft = { name: string; unit: string; topic: string; kind: "stock" | "flow" };

/**
 * An inline correction of a proposal: every field the editor can change, as typed, and the names
 * the extractor gave that the ledger does not know yet, to create in place.
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
  modality: string;
  attribution: LookupItem[];
  /** Actors the article names in the chain that the ledger lacks, with where each stands in it. */
  actorsToCreate: Array<{ name: string; position: number }>;
};

/** How the chain's names resolved: each with the actor the ledger knows by it, or null. */
export type ResolvedChain = Array<{ name: string; actor: LookupItem | null }>;

/** The proposed place when the ledger does not know it yet (a province, a city), to create in place. */
export function placeToCreate(p: ReviewProposal): { name: string; kind: string; mention: string; parent: LookupItem | null; parentNames: string[] } | null {
  if (!p.place || p.place.known) return null;
  const known = p.place.parents.filter((q) => q.known);
  const parent = known.at(-1);
  return {
    name: p.place.name,
    kind: p.place.kind,
    mention: p.place.mention,
    parent: parent ? { slug: parent.slug, name: parent.name, detail: parent.kind } : null,
    parentNames: p.place.parents.map((q) => q.name),
  };
}

/**
 * The correction an editor starts from: the proposal as it stands, with a new metric prefilled
 * from the extractor's proposed name when no known one fits, and a place the ledger lacks left
 * empty (a country from the gazetteer is added with the claim; anything smaller is created first).
 */
export function draftFromProposal(p: ReviewProposal, chain: ResolvedChain, defaultTopic = ""): ReviewDraft {
  const unknownSmallPlace = p.place !== null && !p.place.known && p.place.kind !== "country";
  return {
    metric: p.metric.slug ?? "",
    newMetric:
      p.metric.slug === null && p.metric.proposedName ? { name: p.metric.proposedName, unit: p.metric.noun || "", topic: defaultTopic, kind: "flow" } : null,
    place: p.place && !unknownSmallPlace ? { slug: p.place.slug, name: p.place.name, detail: "" } : null,
    qualifier: p.qualifier,
    low: p.low ?? "",
    best: p.best ?? "",
    high: p.high ?? "",
    vagueTerm: p.vagueTerm ?? "",
    periodStart: p.period.start ?? "",
    periodEnd: p.period.end ?? "",
    periodLabel: p.period.label,
    modality: p.modality,
    attribution: chain.flatMap((c) => (c.actor ? [c.actor] : [])),
    actorsToCreate: chain.flatMap((c, position) => (c.actor ? [] : [{ name: c.name, position }])),
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
    modality: draft.modality,
    attribution: draft.attribution.map((a) => a.slug).join(", "),
  };
}
