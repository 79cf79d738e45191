import { describe, expect, it } from "vitest";
import type { Proposal } from "./extract-figures";
import { annotatedArticleSchema, fieldRight, locateAnnotations, sameName, sameValue, scoreFields, scoreProposals, type AnnotatedArticle } from "./evaluation";

const text = "At least 10 people were killed and 10 were wounded.";
const article: AnnotatedArticle = {
  split: "development",
  source: { repo: "o/r", path: "a.md", title: "T", outlet: null, publishedOn: null },
  figures: [
    { surface: "At least 10", value: { qualifier: "at_least", low: "10", best: null, high: null, vagueTerm: null } },
    { surface: "10", value: { qualifier: "exact", low: null, best: "10", high: null, vagueTerm: null }, quoteContains: "and 10 were" },
  ],
  excluded: [],
};
const proposal = (start: number, end: number, v: Partial<Proposal>): Proposal => ({
  surface: text.slice(start, end), start, end, low: null, best: null, high: null, qualifier: "exact", vagueTerm: null,
  quote: text, quoteStart: 0, quoteEnd: text.length, metric: { slug: null, noun: "", name: null, proposedName: null }, place: null, period: { start: null, end: null, label: "" },
  attribution: null, attributionChain: [], relation: null, modality: "observed", ...v,
});

describe("the origin of an annotated text", () => {
  const base = { title: "T", outlet: "U.S. Central Command", publishedOn: "2024-04-05" };
  const parse = (source: object) => annotatedArticleSchema.safeParse({ source, figures: [] }).success;

  it("takes a licensed web page with its address, publisher, licence and what was taken", () => {
    expect(parse({ ...base, page: { url: "https://www.centcom.mil/x/", publisher: "U.S. Central Command", licence: "public domain", taken: "whole" } })).toBe(true);
  });

  it("refuses a text that names no origin, or a page without an address", () => {
    expect(parse(base)).toBe(false);
    expect(parse({ ...base, page: { url: "not a url", publisher: "X", licence: "public domain", taken: "whole" } })).toBe(false);
  });
});

describe("scoring proposals", () => {
  const truth = locateAnnotations(text, article);

  it("places annotations by their passage", () => {
    expect(truth.map((t) => [t.start, t.end])).toEqual([[0, 11], [35, 37]]);
  });

  it("refuses an annotation that is not unique", () => {
    expect(() => locateAnnotations(text, { ...article, figures: [{ ...article.figures[1]!, quoteContains: undefined }] })).toThrow(/occurs 2 times/);
  });

  it("counts a figure found only when the span overlaps and the value matches", () => {
    const right = scoreProposals(truth, [proposal(0, 11, { qualifier: "at_least", low: "10" }), proposal(35, 37, { best: "10.0" })]);
    expect([right.found, right.matchedProposals, right.falsePositives.length]).toEqual([2, 2, 0]);
    const wrong = scoreProposals(truth, [proposal(0, 11, { best: "10" }), proposal(40, 44, { best: "3" })]);
    expect([wrong.found, wrong.missed.map((m) => m.proposed?.surface ?? null), wrong.falsePositives.length]).toEqual([0, ["At least 10", null], 2]);
  });

  it("compares vague terms", () => {
    expect(sameValue({ qualifier: "vague", low: null, best: null, high: null, vagueTerm: "dozens" }, { qualifier: "vague", low: null, best: null, high: null, vagueTerm: "hundreds" })).toBe(false);
  });
});

describe("scoring fields", () => {
  const p = proposal(0, 11, {
    qualifier: "at_least",
    low: "10",
    place: { slug: "raqqa", name: "Raqqa Governorate", kind: "province", known: true, mention: "Raqqa province", parents: [] },
    metric: { slug: "people-killed", noun: "people", name: "People killed", proposedName: null },
    period: { start: "2024-01-01", end: "2024-06-30", label: "in the first half of 2024" },
    attributionChain: ["Syrian Observatory for Human Rights", "Reuters", "The Outlet"],
    modality: "planned",
  });

  it("compares names as an editor would, and places without their division word", () => {
    expect(sameName("the Syrian Observatory", "Syrian observatory")).toBe(true);
    expect(fieldRight("place", { place: ["Raqqa"] }, p, null)).toBe(true);
    expect(fieldRight("place", { place: ["Hasakah"] }, p, null)).toBe(false);
    expect(fieldRight("place", { place: null }, p, null)).toBe(false);
  });

  it("scores metric by name, period by days, attribution as the whole chain with the outlet, modality", () => {
    expect(fieldRight("metric", { metric: "People killed" }, p, null)).toBe(true);
    expect(fieldRight("metric", { metric: null }, p, null)).toBe(false);
    expect(fieldRight("period", { period: { start: "2024-01-01", end: "2024-06-30" } }, p, null)).toBe(true);
    expect(fieldRight("period", { period: { start: null, end: null } }, p, null)).toBe(false);
    expect(fieldRight("attribution", { attribution: [["SOHR", "Syrian Observatory for Human Rights"], ["Reuters"]] }, p, "The Outlet")).toBe(true);
    expect(fieldRight("attribution", { attribution: [["Syrian Observatory for Human Rights"]] }, p, "The Outlet")).toBe(false);
    expect(fieldRight("modality", { modality: "observed" }, p, null)).toBe(false);
    expect(fieldRight("modality", {}, p, null)).toBeNull();
  });

  it("counts only the fields a figure annotates", () => {
    const truth = locateAnnotations(text, { ...article, figures: [{ ...article.figures[0]!, fields: { modality: "planned", metric: "People killed" } }] });
    const scores = scoreFields(scoreProposals(truth, [p]).pairs, null);
    expect([scores.modality.right, scores.modality.annotated, scores.metric.right, scores.place.annotated]).toEqual([1, 1, 1, 0]);
  });
});
