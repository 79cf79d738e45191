// The shapes of the read API's answers. Each route answers with one of these; the OpenAPI
// document (lib/api/openapi.ts) is generated from them, and the integration tests parse every
// answer with its schema, so the document cannot drift from what the API sends.
import { z } from "./zod";
import { MODALITIES, QUALIFIERS } from "./claim";
import { CLAIM_STATUSES, VERDICTS } from "./claim-filters";

const day = z.string().nullable().describe("A calendar day, YYYY-MM-DD, or null when unknown.");
const decimal = z.string().nullable().describe("An exact decimal as text, or null when the source does not state it.");
const named = z.object({ slug: z.string(), name: z.string() });

export const errorBodySchema = z
  .object({
    error: z.string().describe("What was wrong, in words."),
    fields: z.record(z.string(), z.string()).optional().describe("A message per parameter or field that was wrong."),
    detail: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: "Error" });

export const claimRowSchema = z
  .object({
    id: z.number().int(),
    value: z.object({ qualifier: z.enum(QUALIFIERS), low: decimal, best: decimal, high: decimal, vagueTerm: z.string().nullable() }),
    modality: z.enum(MODALITIES).describe("observed: it was so; planned: a target or announced plan; projected: a forecast."),
    surface: z.string().describe("The figure as written."),
    quote: z.string().describe("The exact passage of the source that states the figure."),
    period: z.object({ start: day, end: day, label: z.string() }).describe("The reference period, not the publication date."),
    status: z.enum(CLAIM_STATUSES),
    metric: z.object({ slug: z.string(), name: z.string(), unit: z.string() }),
    place: named,
    origin: named.nullable().describe("The first asserter of the attribution chain; null when the source itself is the origin."),
    source: z.object({ id: z.number().int(), title: z.string().nullable(), outlet: z.string().nullable(), publishedAt: day }),
  })
  .meta({ id: "ClaimRow" });

export const claimPageSchema = z
  .object({ rows: z.array(claimRowSchema), next: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page.") })
  .meta({ id: "ClaimPage" });

const relationSchema = z.object({
  id: z.number().int(),
  kind: z.string(),
  factor: decimal,
  comparator: z.string().nullable(),
  baseline: z.object({ period: z.object({ start: day, end: day, label: z.string() }), description: z.string() }),
  note: z.string(),
  other: claimRowSchema.nullable(),
});

export const revisionSchema = z
  .object({
    id: z.number().int(),
    version: z.number().int(),
    action: z.string(),
    author: z.string(),
    reason: z.string(),
    createdAt: z.string(),
    hash: z.string(),
    prevHash: z.string(),
    changes: z.array(z.object({ path: z.string(), before: z.string().nullable(), after: z.string().nullable() })),
  })
  .meta({ id: "Revision" });

export const claimDetailSchema = claimRowSchema
  .extend({
    key: z.string().nullable(),
    note: z.string(),
    statusReason: z.string(),
    version: z.number().int(),
    updatedAt: z.string(),
    metric: z.object({ slug: z.string(), name: z.string(), unit: z.string(), topic: named }),
    quoteSelector: z.object({ exact: z.string(), prefix: z.string(), suffix: z.string(), start: z.number().int(), end: z.number().int() }).describe("W3C TextQuoteSelector and TextPositionSelector."),
    surfaceSpan: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
    context: z.object({ before: z.string(), match: z.string(), after: z.string(), truncatedBefore: z.boolean(), truncatedAfter: z.boolean() }).nullable(),
    source: z.object({
      id: z.number().int(), title: z.string().nullable(), outlet: z.string().nullable(), publishedAt: day,
      url: z.string().nullable(), notBefore: day, retrievedAt: day, outletSlug: z.string().nullable(),
    }),
    attribution: z.array(z.object({ slug: z.string(), name: z.string(), kind: z.string(), affiliation: z.string().nullable() })).describe("Origin first."),
    relationsFrom: z.array(relationSchema),
    relationsTo: z.array(relationSchema),
    revisions: z.array(revisionSchema).describe("Every version, oldest first, with what it changed."),
  })
  .meta({ id: "Claim" });

export const sourceRowSchema = z
  .object({ id: z.number().int(), title: z.string().nullable(), outlet: z.string().nullable(), publishedAt: day, claimCount: z.number().int(), opening: z.string() })
  .meta({ id: "SourceRow" });

export const sourcePageSchema = z.object({ rows: z.array(sourceRowSchema), next: z.string().nullable() }).meta({ id: "SourcePage" });

export const sourceDetailSchema = z
  .object({
    id: z.number().int(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: day,
    notBefore: day,
    datingNote: z.string(),
    retrievedAt: day,
    text: z.string().describe("The full text as kept by the ledger."),
    contentHash: z.string().describe("Hash of the text: the kept copy can be checked against any other."),
    claimCount: z.number().int(),
    outlet: named.nullable(),
    claims: z.array(claimRowSchema.extend({ quoteSpan: z.object({ start: z.number().int(), end: z.number().int() }), surfaceSpan: z.object({ start: z.number().int(), end: z.number().int() }).nullable() })),
  })
  .meta({ id: "Source" });

const slugPage = <T extends z.ZodType>(row: T, id: string) =>
  z.object({ rows: z.array(row), next: z.string().nullable().describe("Pass as `after` for the next page; null on the last page.") }).meta({ id });

export const metricPageSchema = slugPage(
  z.object({ slug: z.string(), name: z.string(), unit: z.string(), kind: z.enum(["stock", "flow"]), description: z.string(), claimCount: z.number().int(), verdict: z.enum(VERDICTS).nullable(), topic: z.string() }),
  "MetricPage",
);
export const placePageSchema = slugPage(z.object({ slug: z.string(), name: z.string(), kind: z.string(), iso2: z.string().nullable(), within: z.string().nullable() }), "PlacePage");
export const actorPageSchema = slugPage(z.object({ slug: z.string(), name: z.string(), kind: z.string(), affiliation: z.string().nullable() }), "ActorPage");
export const lookupAnswerSchema = z.object({ items: z.array(z.object({ slug: z.string(), name: z.string(), detail: z.string() })) }).meta({ id: "LookupAnswer" });

const snippet = z.array(z.object({ text: z.string(), hit: z.boolean() })).describe("Text in parts; `hit` parts are the words that matched.");
export const searchResultsSchema = z
  .object({
    terms: z.array(z.string()).describe("The words searched for."),
    figures: z.array(claimRowSchema.extend({ snippet })),
    sources: z.array(z.object({ id: z.number().int(), title: snippet, outlet: z.string().nullable(), publishedAt: day, snippet })),
    metrics: z.array(z.object({ slug: z.string(), name: snippet, unit: z.string(), topic: z.string() })),
    places: z.array(z.object({ slug: z.string(), name: snippet, kind: z.string() })),
    actors: z.array(z.object({ slug: z.string(), name: snippet, kind: z.string() })),
  })
  .meta({ id: "SearchResults" });

export const LIST_LIMIT = 100;

/** GET /api/v1/metrics, /places and /actors without `q`: a page in slug order. */
export const slugListQuerySchema = z.object({
  after: z.string().regex(/^[a-z0-9-]{1,80}$/, "`after` is the `next` value of the previous page.").optional().describe("The `next` value of the previous page."),
  limit: z.coerce
    .number()
    .int("The limit is a whole number.")
    .min(1, "The limit is at least 1.")
    .max(LIST_LIMIT, `The limit is at most ${LIST_LIMIT}.`)
    .default(50)
    .describe(`Rows per page, at most ${LIST_LIMIT}.`),
});

/** GET /api/v1/sources: newest first, a page at a time. */
export const sourceListQuerySchema = z.object({
  cursor: z.string().max(500, "The cursor is not one this API gave.").optional().describe("The `next` value of the previous page."),
  limit: slugListQuerySchema.shape.limit,
});
