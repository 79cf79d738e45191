// The read API's OpenAPI 3.1 document, generated from the same zod schemas the routes parse their
// queries with and the tests parse their answers with. Served at /api/v1/openapi.json and shown
// at /api-docs.
import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject } from "zod-openapi";
import { actorPageSchema, claimDetailSchema, claimPageSchema, errorBodySchema, lookupAnswerSchema, metricPageSchema, placePageSchema, searchResultsSchema, slugListQuerySchema, sourceDetailSchema, sourceListQuerySchema, sourcePageSchema } from "@/lib/schemas/api";
import { claimFiltersSchema, claimListQuerySchema } from "@/lib/schemas/claim-filters";
import { lookupQuerySchema } from "@/lib/schemas/lookup";
import { searchQuerySchema } from "@/lib/schemas/search";
import { importRefusalSchema, importSummarySchema } from "@/lib/schemas/ledger-file";
import { BODY_LIMITS } from "@/lib/http/body-limits";

const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });
const refused = json(errorBodySchema, "A parameter is unknown, repeated or wrong; `fields` names each one.");
const missing = json(errorBodySchema, "There is no such item.");
const id = z.object({ id: z.string().regex(/^[1-9]\d*$/).describe("The numeric id.") });

function get(summary: string, description: string, extra: Partial<ZodOpenApiOperationObject>, ok: z.ZodType, okDescription: string, tag: string): ZodOpenApiOperationObject {
  return { summary, description, tags: [tag], ...extra, responses: { "200": json(ok, okDescription), ...(extra.responses ?? {}) } };
}

const lookupOrList = lookupQuerySchema.partial({ q: true }).extend({ after: slugListQuerySchema.shape.after }).describe("With q: a search (limit at most 25). Without: a page of the list in slug order (limit at most 100).");

export function openApiDocument() {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Figure Ledger read API",
      version: "1.0.0",
      description:
        "Every numeric claim in the ledger with its source, quote and attribution. Public, JSON, versioned under /api/v1. Lists are cursor-paged; a bad parameter, an unknown one, a bad or stale cursor or a page size above the stated limit answers 422 with the fields named.",
    },
    servers: [{ url: "/api/v1" }],
    paths: {
      "/claims": {
        get: get(
          "Claims, filtered",
          "Claims newest added first, with every filter of the /claims page. `place` includes the places inside it. A cursor only works with the filters it was given for.",
          { requestParams: { query: claimListQuerySchema }, responses: { "422": refused } },
          claimPageSchema,
          "A page of claims.",
          "claims",
        ),
      },
      "/claims/{id}": {
        get: get("One claim", "A claim with its source, quote in context, attribution chain, relations and every revision.", { requestParams: { path: id }, responses: { "404": missing } }, claimDetailSchema, "The claim.", "claims"),
      },
      "/sources": {
        get: get("Sources", "Sources newest first, without their texts.", { requestParams: { query: sourceListQuerySchema }, responses: { "422": refused } }, sourcePageSchema, "A page of sources.", "sources"),
      },
      "/sources/{id}": {
        get: get("One source", "A source with its full text, content hash and every claim quoted from it.", { requestParams: { path: id }, responses: { "404": missing } }, sourceDetailSchema, "The source.", "sources"),
      },
      "/metrics": {
        get: get("Metrics", "Every metric in slug order.", { requestParams: { query: slugListQuerySchema }, responses: { "422": refused } }, metricPageSchema, "A page of metrics.", "taxonomy"),
      },
      "/places": {
        get: get("Places", "Every place in slug order, or with `q` the places whose name starts with it.", { requestParams: { query: lookupOrList }, responses: { "422": refused } }, z.union([placePageSchema, lookupAnswerSchema]), "A page of places, or the search's matches.", "taxonomy"),
      },
      "/actors": {
        get: get("Actors and outlets", "Every actor in slug order, or with `q` the actors whose name starts with it.", { requestParams: { query: lookupOrList }, responses: { "422": refused } }, z.union([actorPageSchema, lookupAnswerSchema]), "A page of actors, or the search's matches.", "taxonomy"),
      },
      "/exports/claims.csv": {
        get: {
          summary: "Download claims as CSV",
          description:
            "The claims of a filtered view, one a row, streamed. The last row of a complete file has `#complete` in `id` and the number of claims in `permalink`; a file without it was cut off. Cells that start with = + - @ are prefixed with ' so that spreadsheets do not run them.",
          tags: ["exports"],
          requestParams: { query: claimFiltersSchema },
          responses: { "200": { description: "The CSV file.", content: { "text/csv": { schema: z.string() } } }, "422": refused },
        },
      },
      "/exports/claims.jsonl": {
        get: {
          summary: "Download claims as JSON Lines",
          description: 'The claims of a filtered view, one JSON object a line, streamed. The last line of a complete file is {"complete":true,"claims":N}; a file without it was cut off.',
          tags: ["exports"],
          requestParams: { query: claimFiltersSchema },
          responses: { "200": { description: "The JSON Lines file.", content: { "application/x-ndjson": { schema: z.string() } } }, "422": refused },
        },
      },
      "/exports/ledger.jsonl": {
        get: {
          summary: "Download the whole ledger as a ledger file",
          description:
            'Every source (with its text) and, after each, the claims quoted from it, one JSON object a line, streamed: the file POST /imports reads. Metrics, places, actors and outlets are named by slug. The last line of a complete file is {"complete":true,"sources":M,"claims":N}. Two exports of the same ledger are the same bytes.',
          tags: ["exports"],
          responses: { "200": { description: "The ledger file.", content: { "application/x-ndjson": { schema: z.string() } } } },
        },
      },
      "/imports": {
        post: {
          summary: "Import a ledger file",
          description: `Sources and claims in the ledger file's format (GET /exports/ledger.jsonl), imported whole or not at all, each row checked with the same rules as the forms; a source the ledger already has (same address or text) is refused. Editors only. The body is at most ${BODY_LIMITS.imports.label}; larger files: \`npm run import\`. With \`Accept: application/x-ndjson\` the answer is 200 and streams {"phase","done","total"} lines, then {"result":"imported","imported":…} or {"result":"refused",…}.`,
          tags: ["imports"],
          requestBody: { required: true, content: { "application/x-ndjson": { schema: z.string().describe("The ledger file.") } } },
          responses: {
            "201": json(z.object({ imported: importSummarySchema }), "Imported: what was added."),
            "400": json(importRefusalSchema, "The file is malformed: each bad line and field named. Nothing was changed."),
            "401": json(errorBodySchema, "Not signed in."),
            "403": json(errorBodySchema, "Not an editor."),
            "413": json(errorBodySchema, `The body is over ${BODY_LIMITS.imports.label}.`),
            "422": json(importRefusalSchema, "Rows the ledger refuses (unknown slugs, sources it has): each named. Nothing was changed."),
          },
        },
      },
      "/search": {
        get: get("Search", "Full-text search over quotes, sources, and metric, place and actor names, grouped, with the matched words marked.", { requestParams: { query: searchQuerySchema }, responses: { "422": refused } }, searchResultsSchema, "Hits of each kind.", "search"),
      },
    },
  });
}
