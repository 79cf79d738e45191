// The API's OpenAPI 3.1 document, generated from the same zod schemas the routes parse their
// queries and bodies with and the tests parse their answers with. Served at /api/v1/openapi.json
// and shown at /api-docs. Writes take a personal API token (bearer) or the browser's session.
import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject } from "zod-openapi";
import { actorPageSchema, claimDetailSchema, claimPageSchema, errorBodySchema, lookupAnswerSchema, metricPageSchema, placePageSchema, searchResultsSchema, slugListQuerySchema, sourceDetailSchema, sourceListQuerySchema, sourcePageSchema } from "@/lib/schemas/api";
import { claimFiltersSchema, claimListQuerySchema } from "@/lib/schemas/claim-filters";
import { lookupQuerySchema } from "@/lib/schemas/lookup";
import { searchQuerySchema } from "@/lib/schemas/search";
import { groupResponseSchema } from "@/lib/schemas/group";
import { claimAddQuerySchema, claimEditSchema, claimInputSchema, claimStatusSchema, proposalRejectionBodySchema, proposedCountSchema, sourceInputSchema } from "@/lib/schemas/claim-input";
import { actorEditSchema, actorInputSchema, outletInputSchema, placeEditSchema, placeInputSchema, sourceEditSchema } from "@/lib/schemas/entities";
import { republishedFieldsSchema } from "@/lib/schemas/source-republish";
import { extractRequestSchema } from "@/lib/extraction/extract-input";
import { importRefusalSchema, importSummarySchema } from "@/lib/schemas/ledger-file";
import { BODY_LIMITS } from "@/lib/http/body-limits";

const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });
const refused = json(errorBodySchema, "A parameter is unknown, repeated or wrong; `fields` names each one.");
const missing = json(errorBodySchema, "There is no such item.");
const id = z.object({ id: z.string().regex(/^[1-9]\d*$/).describe("The numeric id.") });

function get(summary: string, description: string, extra: Partial<ZodOpenApiOperationObject>, ok: z.ZodType, okDescription: string, tag: string): ZodOpenApiOperationObject {
  return { summary, description, tags: [tag], ...extra, responses: { "200": json(ok, okDescription), ...(extra.responses ?? {}) } };
}

const slug = z.object({ slug: z.string().describe("The item's slug.") });
const created = z.object({ id: z.number().int(), url: z.string().describe("The item's page.") });
const versioned = z.object({ id: z.number().int(), version: z.number().int().describe("The version now current.") });
const item = z.object({ item: z.object({ slug: z.string(), name: z.string(), detail: z.string() }) });
const tally = z.object({ tally: z.object({ proposed: z.number().int(), accepted: z.number().int(), edited: z.number().int(), rejected: z.number().int() }) });

const writeRefusals = {
  "401": json(errorBodySchema, "No session and no token, or a token that is malformed, unknown, revoked or expired, or whose account is suspended; `error` says which (an unknown token and a wrong secret read alike)."),
  "403": json(errorBodySchema, "The token's scope is read, or the account lacks the role; `error` names it."),
  "413": json(errorBodySchema, `The body is over the route's limit (${BODY_LIMITS.api.label}; ${BODY_LIMITS.sources.label} for a new source); \`limit\` states it.`),
  "422": json(errorBodySchema, "Malformed JSON, a wrong or missing field, or a value the ledger cannot take; `fields` names each one."),
} as const;
const conflict = json(errorBodySchema, "A stale `expectedVersion` (the item changed since it was read), or a duplicate; `detail` names what it conflicts with.");

/** A write: bearer token with the write scope, or the browser's session (same-origin JSON only). */
function write(summary: string, description: string, body: z.ZodType, ok: { status: "200" | "201"; schema: z.ZodType; description: string }, tag: string, extra: { path?: z.ZodObject; query?: z.ZodObject; notFound?: boolean; conflict?: boolean } = {}): ZodOpenApiOperationObject {
  return {
    summary,
    description,
    tags: [tag],
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
    ...(extra.path || extra.query ? { requestParams: { ...(extra.path ? { path: extra.path } : {}), ...(extra.query ? { query: extra.query } : {}) } } : {}),
    requestBody: { required: true, content: { "application/json": { schema: body } } },
    responses: {
      [ok.status]: json(ok.schema, ok.description),
      ...writeRefusals,
      ...(extra.notFound ? { "404": missing } : {}),
      ...(extra.conflict ? { "409": conflict } : {}),
    },
  };
}

const lookupOrList = lookupQuerySchema.partial({ q: true }).extend({ after: slugListQuerySchema.shape.after }).describe("With q: a search (limit at most 25). Without: a page of the list in slug order (limit at most 100).");

export function openApiDocument() {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Figure Ledger API",
      version: "1.0.0",
      description:
        "Every numeric claim in the ledger with its source, quote and attribution. JSON, versioned under /api/v1. Reads are public. Lists are cursor-paged; a bad parameter, an unknown one, a bad or stale cursor or a page size above the stated limit answers 422 with the fields named. Writes take a personal API token (`Authorization: Bearer fl_…`, write scope) or an editor's browser session, use the same schemas and rules as the forms (edits carry a reason and the version they change), and record the token's owner as the author.",
    },
    servers: [{ url: "/api/v1" }],
    components: {
      securitySchemes: {
        bearerToken: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "fl_<12 hex>_<43 base64url>",
          description: "A personal API token, created on /account/tokens. A read token reads; a write token also writes, in its owner's name. Token requests need no same-origin headers.",
        },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "better-auth.session_token",
          description: "The browser's session. Writes with it must be JSON from the ledger's own origin (Origin or Sec-Fetch-Site: same-origin).",
        },
      },
    },
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
        post: write("Add a claim", "A claim quoted from a source, with its figure, metric, place, period and attribution chain. With `review`, it accepts a proposal of the source's review and counts in its tally.", claimInputSchema, { status: "201", schema: created, description: "The new claim." }, "claims", { query: claimAddQuerySchema }),
      },
      "/claims/{id}": {
        get: get("One claim", "A claim with its source, quote in context, attribution chain, relations and every revision.", { requestParams: { path: id }, responses: { "404": missing } }, claimDetailSchema, "The claim.", "claims"),
        patch: write("Edit a claim", "A new version of the claim: `claim` as for POST /claims, with the `reason` and the `expectedVersion` it changes.", z.object({ claim: claimInputSchema }).extend(claimEditSchema.shape), { status: "200", schema: versioned, description: "The new version." }, "claims", { path: id, notFound: true, conflict: true }),
      },
      "/claims/{id}/status": {
        post: write("Retract, deprecate or restore a claim", "Marks the claim, with the reason and the version it changes. Nothing is deleted.", claimStatusSchema, { status: "200", schema: versioned, description: "The new version." }, "claims", { path: id, notFound: true, conflict: true }),
      },
      "/claims/{id}/same-report": {
        post: write("Add the same report from another source", "A claim from another source that repeats this one (a rewrite or republication); without an attribution it takes this claim's, and the two count as one origin.", claimInputSchema, { status: "201", schema: created, description: "The new claim." }, "claims", { path: id, notFound: true }),
      },
      "/sources": {
        get: get("Sources", "Sources newest first, without their texts.", { requestParams: { query: sourceListQuerySchema }, responses: { "422": refused } }, sourcePageSchema, "A page of sources.", "sources"),
        post: write("Add a source", `An article or report with its full text (at most ${BODY_LIMITS.sources.label} of body). A duplicate by address or by text answers 409 naming the source it matches.`, sourceInputSchema, { status: "201", schema: created, description: "The new source." }, "sources", { conflict: true }),
      },
      "/sources/{id}": {
        get: get("One source", "A source with its full text, content hash and every claim quoted from it.", { requestParams: { path: id }, responses: { "404": missing } }, sourceDetailSchema, "The source.", "sources"),
        patch: write("Correct a source", "Its title, outlet, address or date, with the reason and the version it changes. The text never changes.", sourceEditSchema, { status: "200", schema: versioned, description: "The new version." }, "sources", { path: id, notFound: true, conflict: true }),
      },
      "/sources/{id}/republishes": {
        put: write("Mark a source as republishing another report", "Its claims then take that report's origin. All fields but the reason empty clears the mark.", republishedFieldsSchema.omit({ sourceId: true }), { status: "200", schema: z.object({ ok: z.literal(true) }), description: "Marked." }, "sources", { path: id, notFound: true }),
      },
      "/sources/{id}/rejections": {
        post: write("Reject a proposed figure", "The figure at `start`–`end` of the source's text stays rejected in its review.", proposalRejectionBodySchema, { status: "201", schema: tally, description: "The source's review tally." }, "sources", { path: id, notFound: true, conflict: true }),
      },
      "/sources/{id}/proposed": {
        put: write("Record how many figures were proposed", "Keeps the review tally's count of proposed figures.", proposedCountSchema.omit({ sourceId: true }), { status: "200", schema: tally, description: "The source's review tally." }, "sources", { path: id, notFound: true }),
      },
      "/extract": {
        post: write("Propose the figures in a text", `Every figure in a text (at most ${BODY_LIMITS.extract.label}), with suggested metric, place, period and attribution. Saves nothing: a read token may call it.`, extractRequestSchema, { status: "200", schema: z.record(z.string(), z.unknown()), description: "The proposals." }, "sources"),
      },
      "/outlets": {
        get: get("Outlets", "News outlets whose name, or a later word of it, starts with `q` (the source form's outlet picker).", { requestParams: { query: lookupQuerySchema }, responses: { "422": refused } }, lookupAnswerSchema, "The matching outlets.", "taxonomy"),
        post: write("Add an outlet", "A news outlet; a name or alias another actor has answers 409.", outletInputSchema, { status: "201", schema: item, description: "The new outlet." }, "taxonomy", { conflict: true }),
      },
      "/metrics": {
        get: get("Metrics", "Every metric in slug order.", { requestParams: { query: slugListQuerySchema }, responses: { "422": refused } }, metricPageSchema, "A page of metrics.", "taxonomy"),
      },
      "/places": {
        get: get("Places", "Every place in slug order, or with `q` the places whose name starts with it.", { requestParams: { query: lookupOrList }, responses: { "422": refused } }, z.union([placePageSchema, lookupAnswerSchema]), "A page of places, or the search's matches.", "taxonomy"),
        post: write("Add a place", "A place inside another (`parent`); a name or alias another place has answers 409.", placeInputSchema, { status: "201", schema: item, description: "The new place." }, "taxonomy", { conflict: true }),
      },
      "/places/{slug}": {
        patch: write("Correct a place", "Its name, aliases or Wikidata id, with the reason and the version it changes.", placeEditSchema, { status: "200", schema: item, description: "The place." }, "taxonomy", { path: slug, notFound: true, conflict: true }),
      },
      "/actors": {
        get: get("Actors and outlets", "Every actor in slug order, or with `q` the actors whose name starts with it.", { requestParams: { query: lookupOrList }, responses: { "422": refused } }, z.union([actorPageSchema, lookupAnswerSchema]), "A page of actors, or the search's matches.", "taxonomy"),
        post: write("Add an actor", "An outlet, ministry, armed group or person; a name or alias another actor has answers 409.", actorInputSchema, { status: "201", schema: item, description: "The new actor." }, "taxonomy", { conflict: true }),
      },
      "/actors/{slug}": {
        patch: write("Correct an actor", "Its name, aliases, kind, affiliation or Wikidata id, with the reason and the version it changes.", actorEditSchema, { status: "200", schema: item, description: "The actor." }, "taxonomy", { path: slug, notFound: true, conflict: true }),
      },
      "/groups/{id}": {
        get: get(
          "One group of comparable figures",
          "Its verdict, explanation, direction of change and every member with its interval and origin. An old address (groups merged or split since) answers 307 to the group that holds most of its former figures.",
          { requestParams: { path: id }, responses: { "307": { description: "The group moved; `Location` is its address now." }, "404": missing } },
          groupResponseSchema,
          "The group.",
          "groups",
        ),
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
