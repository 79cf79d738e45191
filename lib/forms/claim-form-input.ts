// Server side of the claim form: its values parsed into a claim input. Kept apart from
// claim-form-values.ts so that client forms do not ship the schema.
import { claimInputSchema, type ClaimInput } from "@/lib/schemas/claim-input";
import { slugList } from "./form-state";

/** A claim input from the form's values; throws the schema's ZodError, which the form shows by field. */
export function claimInputFromForm(values: Record<string, string | undefined>): ClaimInput {
  const newMetric = values.newMetricName?.trim()
    ? { name: values.newMetricName, unit: values.newMetricUnit ?? "", topic: values.newMetricTopic ?? "", kind: values.newMetricKind ?? "flow" }
    : null;
  return claimInputSchema.parse({
    ...values,
    metric: newMetric ? "" : (values.metric ?? ""),
    newMetric,
    attribution: slugList(values.attribution),
    quoteStart: values.quoteStart || null,
  });
}
