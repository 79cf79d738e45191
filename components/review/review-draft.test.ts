import { describe, expect, it } from "vitest";
import { claimInputFromForm } from "@/lib/forms/claim-form-input";
import type { Proposal } from "@/lib/extraction/extract-figures";
import { claimFromReview, draftFromProposal, placeToCreate, type ReviewProposal } from "./review-draft";

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
      ...draftFromProposal(proposal, [{ name: "the Pentagon", actor: { slug: "pentagon", name: "Pentagon", detail: "" } }]),
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

  it("keeps a planned figure planned, as proposed and as corrected", () => {
    const planned = { ...proposal, modality: "planned" as Proposal["modality"] };
    expect(claimInputFromForm(claimFromReview(7, planned, null)).modality).toBe("planned");
    const draft = { ...draftFromProposal(planned, []), modality: "projected" };
    expect(claimInputFromForm(claimFromReview(7, planned, draft)).modality).toBe("projected");
  });
});

describe("what the ledger lacks, offered to create in place", () => {
  const inAleppo: ReviewProposal = {
    ...proposal,
    metric: { slug: null, noun: "fighters", name: null, proposedName: "Fighters detained" },
    place: {
      slug: "manbij",
      name: "Manbij",
      kind: "city",
      known: false,
      mention: "Manbij",
      parents: [
        { slug: "syria", name: "Syria", kind: "country", known: true },
        { slug: "aleppo-governorate", name: "Aleppo Governorate", kind: "province", known: false },
      ],
    },
    attributionChain: ["Syrian Observatory for Human Rights", "Reuters"],
  };

  it("prefills a new metric from the proposed name, and leaves a place the ledger lacks to be created inside its nearest known parent", () => {
    const draft = draftFromProposal(inAleppo, [], "isis-detention");
    expect(draft.newMetric).toEqual({ name: "Fighters detained", unit: "fighters", topic: "isis-detention", kind: "flow" });
    expect(draft.place).toBeNull();
    expect(placeToCreate(inAleppo)).toMatchObject({ name: "Manbij", kind: "city", parent: { slug: "syria" }, parentNames: ["Syria", "Aleppo Governorate"] });
    expect(placeToCreate(proposal)).toBeNull();
  });

  it("keeps the chain's known actors in order and lists the unknown ones with their place in it", () => {
    const draft = draftFromProposal(inAleppo, [
      { name: "Syrian Observatory for Human Rights", actor: null },
      { name: "Reuters", actor: { slug: "reuters", name: "Reuters", detail: "" } },
    ]);
    expect(draft.attribution.map((a) => a.slug)).toEqual(["reuters"]);
    expect(draft.actorsToCreate).toEqual([{ name: "Syrian Observatory for Human Rights", position: 0 }]);
  });
});
