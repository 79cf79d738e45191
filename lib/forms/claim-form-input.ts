// Server side of the claim form: its values parsed into a claim input. Kept apart from
// claim-form-values.ts so that client forms do not ship the schema.
import { claimInputSchema, type ClaimInput } from "@/lib/schemas/claim-input";
import { slugList } from "./form-state";

/** A claim input from the form's values; throws the schema's ZodError, which the form shows by field. */
export function claimInputFromForm(values: Record<string, string | undefined>): ClaimInput {
  const newMetric = values.newMetricName?.trim()
    ? { name: values.newMetricName, unit: values.newMetricUnit ?? "", topic: values.newMetricTopic ?? "", kind: values.newMetricKind ?? "flow" }
    : null;
  const relation = values.relationKind?.trim()
    ? {
        kind: values.relationKind,
        factor: values.relationFactor ?? "",
        comparator: values.relationComparator ?? "",
        target: values.relationTarget ?? "",
        baseline: values.relationBaselineDescription?.trim()
          ? {
              description: values.relationBaselineDescription,
              // Empty: the same metric and place as the claim ("double last year's" figure for the same thing).
              metric: values.relationBaselineMetric || (values.metric ?? ""),
              place: values.relationBaselinePlace || (values.place ?? ""),
              periodStart: values.relationBaselinePeriodStart ?? "",
              periodEnd: values.relationBaselinePeriodEnd ?? "",
              periodLabel: values.relationBaselinePeriodLabel ?? "",
            }
          : null,
        note: values.relationNote ?? "",
      }
    : null;
  return claimInputSchema.parse({
    ...values,
    metric: newMetric ? "" : (values.metric ?? ""),
    newMetric,
    relation,
    attribution: slugList(values.attribution),
    quoteStart: values.quoteStart || null,
  });
}
