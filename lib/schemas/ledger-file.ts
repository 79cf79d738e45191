// The ledger file: sources and claims as JSON Lines, as the ledger export writes them
// (GET /api/v1/exports/ledger.jsonl) and the import reads them (POST /api/v1/imports,
// `npm run import`). One object a line; a source comes before the claims that quote it; the last
// line marks a complete file. Outlets, actors, places and metrics are named by their slugs; ids
// link the file's own lines (a claim's `source_id`, a relation's `to`, a source's `republishes`).
// These schemas check each line's shape; the rules of a source and a claim are the forms' own
// (sourceInputSchema, claimInputSchema), applied by lib/import/read-ledger-file.ts.
import { z } from "./zod";
import { QUALIFIERS, RELATION_KINDS, isoDay, slug } from "./claim";

const id = z.number().int().positive();
const timestamp = z.iso.datetime({ message: "Use an ISO timestamp, e.g. 2026-11-30T05:00:00.000Z." });
const count = z.number().int().min(0);

export const ledgerSourceLineSchema = z.strictObject({
  type: z.literal("source"),
  id,
  title: z.string().nullable(),
  outlet: slug.nullable(),
  url: z.string().nullable(),
  published: isoDay.nullable(),
  not_before: isoDay.nullable(),
  dating_note: z.string().max(1000),
  retrieved_at: timestamp,
  created_at: timestamp,
  text: z.string(),
  republishes: id.nullable(),
  republished_origin: slug.nullable(),
  republished_via: slug.nullable(),
  republished_note: z.string().max(1000),
  review: z.strictObject({ proposed: count, accepted: count, edited: count, rejected: count }),
});
export type LedgerSourceLine = z.infer<typeof ledgerSourceLineSchema>;

export const ledgerRelationSchema = z.strictObject({
  kind: z.enum(RELATION_KINDS),
  to: id.nullable(),
  factor: z.string().nullable(),
  comparator: z.enum(QUALIFIERS).nullable(),
  baseline_metric: slug.nullable(),
  baseline_place: slug.nullable(),
  baseline_period_start: isoDay.nullable(),
  baseline_period_end: isoDay.nullable(),
  baseline_period_label: z.string().max(200),
  baseline_description: z.string().max(300),
  note: z.string().max(500),
});
export type LedgerRelation = z.infer<typeof ledgerRelationSchema>;

export const ledgerClaimLineSchema = z.strictObject({
  type: z.literal("claim"),
  id,
  key: z.string().min(1).max(200).nullable(),
  source_id: id,
  metric: slug,
  place: slug,
  qualifier: z.enum(QUALIFIERS),
  low: z.string().nullable(),
  best: z.string().nullable(),
  high: z.string().nullable(),
  vague_term: z.string().nullable(),
  surface: z.string(),
  surface_start: z.number().int().min(0).nullable(),
  modality: z.string(),
  change: z.string().nullable(),
  cumulative: z.boolean(),
  period_start: z.string().nullable(),
  period_end: z.string().nullable(),
  period_label: z.string(),
  quote: z.string(),
  quote_start: z.number().int().min(0),
  attribution: z.array(slug),
  note: z.string(),
  status: z.enum(["active", "deprecated", "retracted"]),
  status_reason: z.string().max(500),
  created_at: timestamp,
  relations: z.array(ledgerRelationSchema).max(20),
});
export type LedgerClaimLine = z.infer<typeof ledgerClaimLineSchema>;

/** The last line of a complete file. */
export const ledgerEndLineSchema = z.strictObject({ complete: z.literal(true), sources: count, claims: count });
export type LedgerEndLine = z.infer<typeof ledgerEndLineSchema>;

/** One bad row of an import: its line (1-based; 0 for the file as a whole), the field, and why. */
export const importProblemSchema = z
  .object({
    line: z.number().int().min(0).describe("The line of the file, from 1; 0 for the file as a whole."),
    field: z.string().nullable().describe("The field as the file names it (`best`, `relations.0.to`); null for the whole line."),
    message: z.string(),
  })
  .meta({ id: "ImportProblem" });
export type ImportProblem = z.infer<typeof importProblemSchema>;

/** What an import did. */
export const importSummarySchema = z
  .object({
    sources: count,
    claims: count,
    relations: count,
    groups: count.describe("Agreement groups recomputed for the claims imported."),
    keptIds: z.boolean().describe("True when the rows kept the file's ids (none was taken), so permalinks carry over."),
    seconds: z.number(),
    firstClaimId: id.nullable().describe("The first claim imported, to open it; null when the file had none."),
  })
  .meta({ id: "ImportSummary" });
export type ImportSummary = z.infer<typeof importSummarySchema>;

/** An import refused (400: the file is malformed; 422: it does not fit the ledger). Nothing was changed. */
export const importRefusalSchema = z
  .object({
    error: z.string(),
    problems: z.array(importProblemSchema).describe("Every bad row, up to 200."),
    fields: z.record(z.string(), z.string()).describe("The same, keyed \"line N: field\"."),
  })
  .meta({ id: "ImportRefusal" });
