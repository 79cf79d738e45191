import { z } from "./zod";
import { isoDay, modalitySchema, qualifierSchema, slug } from "./claim";

export const CLAIM_STATUSES = ["active", "deprecated", "retracted"] as const;
export const VERDICTS = ["conflicting", "corroborated", "consistent", "trend", "single", "unknown"] as const;

/** Page size of GET /api/v1/claims and the exports' unit of reading; the API refuses more. */
export const CLAIM_PAGE_LIMIT = 100;
export const CLAIM_PAGE_DEFAULT = 25;

/**
 * Every filter of the claims list, as it stands in the URL: the /claims page, place, actor and
 * outlet pages, GET /api/v1/claims and the exports all read it with this schema.
 */
export const claimFiltersSchema = z
  .object({
    topic: slug.describe("Topic slug.").optional(),
    metric: slug.describe("Metric slug.").optional(),
    place: slug.describe("Place slug; the places inside it are included.").optional(),
    outlet: slug.describe("Slug of the outlet that published the source.").optional(),
    origin: slug.describe("Slug of the first asserter in the attribution chain.").optional(),
    qualifier: qualifierSchema.optional(),
    modality: modalitySchema.optional(),
    status: z.enum(CLAIM_STATUSES).describe("Ledger status of the claim.").optional(),
    verdict: z.enum(VERDICTS).describe("Verdict of the group of comparable claims the claim belongs to.").optional(),
    periodFrom: isoDay.describe("Reference period overlaps this day or later (YYYY-MM-DD).").optional(),
    periodTo: isoDay.describe("Reference period overlaps this day or earlier (YYYY-MM-DD).").optional(),
    publishedFrom: isoDay.describe("Source published on or after this day (YYYY-MM-DD).").optional(),
    publishedTo: isoDay.describe("Source published on or before this day (YYYY-MM-DD).").optional(),
  })
  .refine((f) => !f.periodFrom || !f.periodTo || f.periodFrom <= f.periodTo, { path: ["periodTo"], message: "The period ends before it starts." })
  .refine((f) => !f.publishedFrom || !f.publishedTo || f.publishedFrom <= f.publishedTo, { path: ["publishedTo"], message: "The publication range ends before it starts." });
export type ClaimFilters = z.infer<typeof claimFiltersSchema>;

export const CLAIM_FILTER_NAMES = ["topic", "metric", "place", "outlet", "origin", "qualifier", "modality", "status", "verdict", "periodFrom", "periodTo", "publishedFrom", "publishedTo"] as const;
export type ClaimFilterName = (typeof CLAIM_FILTER_NAMES)[number];

/** GET /api/v1/claims and the exports: the filters, a cursor and a page size. */
export const claimListQuerySchema = claimFiltersSchema.safeExtend({
  cursor: z.string().max(500, "The cursor is not one this API gave.").optional().describe("The `next` value of the previous page."),
  limit: z.coerce
    .number()
    .int("The limit is a whole number.")
    .min(1, "The limit is at least 1.")
    .max(CLAIM_PAGE_LIMIT, `The limit is at most ${CLAIM_PAGE_LIMIT}.`)
    .default(CLAIM_PAGE_DEFAULT)
    .describe(`Claims per page, at most ${CLAIM_PAGE_LIMIT}.`),
});

/** The filters as a query string, in a fixed order, empty ones left out: a view's shareable address. */
export function filtersToSearch(filters: Partial<Record<ClaimFilterName, string | undefined>>, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const name of CLAIM_FILTER_NAMES) {
    const v = filters[name];
    if (v) params.set(name, v);
  }
  for (const [k, v] of Object.entries(extra)) if (v) params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : "";
}

/**
 * The filters of a page's URL: the valid ones, and a message for each one that is not, so that
 * the page says what it could not apply instead of silently showing something else.
 */
export function filtersFromParams(raw: Record<string, string | string[] | undefined>): { filters: ClaimFilters; problems: Record<string, string> } {
  const values: Record<string, string> = {};
  for (const name of CLAIM_FILTER_NAMES) {
    const v = raw[name];
    const one = Array.isArray(v) ? v[0] : v;
    if (one) values[name] = one;
  }
  const problems: Record<string, string> = {};
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const parsed = claimFiltersSchema.safeParse(values);
    if (parsed.success) return { filters: parsed.data, problems };
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "");
      problems[field] ??= issue.message;
      delete values[field];
    }
  }
  return { filters: {}, problems };
}

/**
 * The same address without the empty fields a filter form submits ("qualifier=&status="), or
 * null when it has none: pages redirect there, so that the address shared is the short one.
 */
export function withoutEmptyParams(path: string, raw: Record<string, string | string[] | undefined>): string | null {
  const params = new URLSearchParams();
  let dropped = false;
  for (const [k, v] of Object.entries(raw)) {
    for (const one of Array.isArray(v) ? v : [v]) {
      if (one === undefined || one === "") dropped = true;
      else params.append(k, one);
    }
  }
  if (!dropped) return null;
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}
