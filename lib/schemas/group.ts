/**
 * The comparison as the JSON API gives it: a claim's group in `GET /api/v1/claims/{id}`, and a
 * whole group in `GET /api/v1/groups/{id}`. These are response schemas: the reads return these
 * types, and the tests parse what the API answers with them.
 */
import { z } from "./zod";
import { MODALITIES } from "./claim";

export const VERDICTS = ["conflicting", "corroborated", "consistent", "revised", "trend", "incomparable", "single", "unknown"] as const;
export const verdictSchema = z.enum(VERDICTS).describe("The group's verdict; docs/agreement.md explains each.");

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A claim's group, as the claim API gives it. */
export const claimGroupSchema = z.object({
  id: z.number().int().positive(),
  url: z.string().describe("The group's page, e.g. /groups/12; an old address leads to the group that holds its figures now."),
  verdict: verdictSchema,
  explanation: z.array(z.string()).describe("Plain-words reasons, most important first."),
});
export type ClaimGroup = z.infer<typeof claimGroupSchema>;

/** An interval of values; a null bound is unbounded. */
export const intervalSchema = z.object({ low: z.number().nullable(), high: z.number().nullable(), lowOpen: z.boolean(), highOpen: z.boolean() });

export const groupMemberSchema = z.object({
  id: z.string().describe("The claim id, or d<relation id> / p<claim id> for a figure the ledger derived."),
  claimId: z.number().int().positive().describe("The claim, or for a derived figure the claim it comes from."),
  derived: z.boolean(),
  modality: z.enum(MODALITIES),
  cumulative: z.boolean(),
  label: z.string(),
  place: z.string(),
  period: z.object({ start: day.nullable(), end: day.nullable(), certainty: z.enum(["stated", "open"]) }),
  interval: intervalSchema.nullable().describe("The values the figure allows; null when it has no numeric reading."),
  origin: z.object({ key: z.string(), label: z.string(), named: z.boolean() }),
  /** How the analysis used the figure. */
  role: z.enum(["conflicting", "agreeing", "fits", "revised-earlier", "apart", "other"]),
});

export const groupResponseSchema = z.object({
  id: z.number().int().positive(),
  url: z.string(),
  metric: z.object({ slug: z.string(), name: z.string(), unit: z.string(), kind: z.enum(["stock", "flow"]) }),
  place: z.object({ slug: z.string(), name: z.string() }),
  verdict: verdictSchema,
  explanation: z.array(z.string()),
  direction: z
    .object({ change: z.enum(["rose", "fell"]), from: z.string(), to: z.string(), relative: z.number().nullable(), words: z.string() })
    .nullable()
    .describe("Where the series goes, when its first and last figures differ beyond doubt; null otherwise."),
  revisions: z.array(z.object({ origin: z.string(), current: z.string(), earlier: z.array(z.string()) })),
  members: z.array(groupMemberSchema),
});
export type GroupResponse = z.infer<typeof groupResponseSchema>;
