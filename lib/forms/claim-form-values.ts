// The claim form's fields, derived from the claim input schema: the form, its actions, the page that
// prefills it from an address and the review screen all use this one type, so a new field of the
// schema is a compile error wherever it is missing. No server imports: client code uses it.
import type { Proposal } from "@/lib/extraction/extract-figures";
import type { ClaimInput } from "@/lib/schemas/claim-input";

type NewMetric = NonNullable<ClaimInput["newMetric"]>;
/** The new metric's fields are spread out in the form: newMetricName, newMetricUnit, … */
type NewMetricField = `newMetric${Capitalize<keyof NewMetric & string>}`;
/** So are the relation's: relationKind, relationFactor, …, and the baseline's relationBaselineMetric, … */
type RelationField =
  | `relation${Capitalize<Exclude<keyof NonNullable<ClaimInput["relation"]>, "baseline"> & string>}`
  | `relationBaseline${Capitalize<keyof NonNullable<NonNullable<ClaimInput["relation"]>["baseline"]> & string>}`;

/**
 * Every field of a claim as the form holds it, as text: the attribution chain as comma-separated
 * slugs, an empty string for "none". The new metric's fields, and those of an edit or of the page
 * to return to, are there only when they apply.
 */
export type ClaimFormValues = Record<Exclude<keyof ClaimInput, "newMetric" | "relation">, string> &
  Partial<Record<NewMetricField | RelationField | "claimId" | "expectedVersion" | "reason" | "returnTo", string>>;

/** The address's short names for two fields (the source reader and review screen link with them). */
const QUERY_NAMES: Partial<Record<keyof ClaimFormValues, string>> = { sourceId: "source", quoteStart: "start" };
const PREFILLED = ["sourceId", "quote", "quoteStart", "surface", "qualifier", "low", "best", "high", "vagueTerm", "metric", "place", "periodStart", "periodEnd", "periodLabel", "modality", "change", "cumulative", "attribution", "note"] as const satisfies ReadonlyArray<keyof ClaimFormValues>;

/** /claims/new?…: the claim form prefilled with the given values; empty ones are left out. */
export function newClaimHref(values: Partial<ClaimFormValues>): string {
  const query = new URLSearchParams();
  for (const field of [...PREFILLED, "returnTo"] as const) {
    const value = values[field];
    if (value) query.set(QUERY_NAMES[field] ?? field, value);
  }
  return `/claims/new?${query.toString()}`;
}

/** The inverse of newClaimHref: the form's values from the address, "exact" when no qualifier is given. */
export function claimFormValuesFromQuery(query: Record<string, string | string[] | undefined>): ClaimFormValues {
  const one = (field: keyof ClaimFormValues) => {
    const v = query[QUERY_NAMES[field] ?? field];
    return typeof v === "string" ? v : "";
  };
  const values = Object.fromEntries(PREFILLED.map((field) => [field, one(field)])) as Record<(typeof PREFILLED)[number], string>;
  return { ...values, qualifier: values.qualifier || "exact", returnTo: one("returnTo") };
}

/** A proposed figure as the claim form's values; who it is attributed to is resolved on the server. */
export function proposalFormValues(sourceId: number, p: Proposal): ClaimFormValues {
  return {
    sourceId: String(sourceId),
    quote: p.quote,
    quoteStart: String(p.quoteStart),
    surface: p.surface,
    qualifier: p.qualifier,
    low: p.low ?? "",
    best: p.best ?? "",
    high: p.high ?? "",
    vagueTerm: p.vagueTerm ?? "",
    metric: p.metric.slug ?? "",
    place: p.place?.slug ?? "",
    periodStart: p.period.start ?? "",
    periodEnd: p.period.end ?? "",
    periodLabel: p.period.label,
    modality: p.modality,
    change: "",
    cumulative: "",
    attribution: "",
    note: "",
  };
}
