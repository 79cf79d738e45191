import { describe, expect, it } from "vitest";
import { claimInputFromForm } from "@/lib/forms/claim-form-input";
import type { Proposal } from "@/lib/extraction/extract-figures";
import { claimFromReview, draftFromProposal, type ReviewProposal } from "./review-draft";

const proposal: ReviewProposal = {
  surface: "about 2,500",
  start: 10,
  end: 21,
  quote: "There are about 2,500 troops in Iraq.",
  quoteStart: 0,
  quoteEnd: 37,
  qualifier: "approximately",
  low: null,
  best: "2500",
  high: null,
  vagueTerm: null,
  metric: { slug: "us-troops", noun: "troops", name: "US troops deployed", proposedName: null },
  place: { slug: "iraq", name: "Iraq", kind: "country", known: true, mention: "Iraq", parents: [] },
  period: { start: "2024-08-13", end: "2024-08-13", label: "are" },
  attribution: "according to the Pentagon",
  relation: null,
  attributionChain: ["the Pentagon"],
  modality: "observed" as Proposal["modality"],
};

describe("a reviewed proposal as a claim input", () => {
  it("keeps the proposal's fields when accepted as it stands, and parses with the claim schema", () => {
    const claim = claimInputFromForm(claimFromReview(7, proposal, null));
    expect(claim).toMatchObject({ sourceId: 7, metric: "us-troops", place: "iraq", qualifier: "approximately", best: "2500", periodStart: "2024-08-13", attribution: [] });
  });

  it("takes every corrected field, a new metric and an attribution chain in order", () => {
    const draft = {
      ...draftFromProposal(proposal, [{ slug: "pentagon", name: "Pentagon", detail: "" }]),
      newMetric: { name: "Contractors", unit: "people", topic: "us-force-posture", kind: "stock" as const },
      place: { slug: "anbar", name: "Anbar", detail: "" },
      qualifier: "at_least",
      low: "2500",
      best: "",
      periodStart: "",
      periodEnd: "",
    };
    draft.attribution.push({ slug: "reuters", name: "Reuters", detail: "" });
    const claim = claimInputFromForm(claimFromReview(7, proposal, draft));
    expect(claim).toMatchObject({
      metric: "",
      newMetric: { name: "Contractors" },
      place: "anbar",
      qualifier: "at_least",
      low: "2500",
      best: null,
      periodStart: null,
      attribution: ["pentagon", "reuters"],
    });
  });
});
