import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { claimInputFromForm } from "./claim-form-input";

const claim = {
  sourceId: "3",
  quote: "Attacks more than doubled to 153 in the first half of 2024.",
  surface: "153",
  qualifier: "exact",
  best: "153",
  metric: "isis-attacks",
  place: "syria",
  periodStart: "2024-01-01",
  periodEnd: "2024-06-30",
};

function fieldsOf(values: Record<string, string>): string[] {
  try {
    claimInputFromForm(values);
    return [];
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    return error.issues.map((i) => i.path.join("."));
  }
}

describe("the claim form's relation fields", () => {
  it("are no relation when no kind is chosen", () => {
    expect(claimInputFromForm({ ...claim, relationFactor: "2" }).relation).toBeNull();
  });

  it("read “more than double” an implied baseline, which takes the claim's metric and place unless others are given", () => {
    const input = claimInputFromForm({
      ...claim,
      relationKind: "multiple_of",
      relationComparator: "more_than",
      relationFactor: "2",
      relationBaselineDescription: "ISIS attacks in Syria in the first half of 2023",
      relationBaselinePeriodStart: "2023-01-01",
      relationBaselinePeriodEnd: "2023-06-30",
    });
    expect(input.relation).toEqual({
      kind: "multiple_of",
      comparator: "more_than",
      factor: "2",
      target: null,
      baseline: { description: "ISIS attacks in Syria in the first half of 2023", metric: "isis-attacks", place: "syria", periodStart: "2023-01-01", periodEnd: "2023-06-30", periodLabel: "" },
      note: "",
    });
  });

  it("read an update of a claim by its number, and a fraction of one", () => {
    expect(claimInputFromForm({ ...claim, relationKind: "updates", relationTarget: "42" }).relation).toMatchObject({ kind: "updates", target: 42, factor: null, baseline: null });
    expect(claimInputFromForm({ ...claim, relationKind: "fraction_of", relationFactor: "0.5", relationTarget: "7" }).relation).toMatchObject({ kind: "fraction_of", factor: "0.5", target: 7, comparator: null });
  });

  it("refuse, at the field, a multiple without a factor or without what it is a multiple of, and an update without its claim", () => {
    expect(fieldsOf({ ...claim, relationKind: "multiple_of", relationTarget: "4" })).toEqual(["relation.factor"]);
    expect(fieldsOf({ ...claim, relationKind: "multiple_of", relationFactor: "2" })).toEqual(["relation.target"]);
    expect(fieldsOf({ ...claim, relationKind: "updates" })).toEqual(["relation.target"]);
    expect(fieldsOf({ ...claim, relationKind: "fraction_of", relationFactor: "-1", relationTarget: "4" })).toEqual(["relation.factor"]);
    expect(fieldsOf({ ...claim, relationKind: "doubles" })).toEqual(["relation.kind"]);
  });
});
