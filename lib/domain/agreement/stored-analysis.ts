/**
 * The format a group's analysis is stored in (`AgreementGroup.analysis`) and its cut-down summary
 * (`AgreementGroup.summary`): the writer builds it with `storedAnalysis`, and every reader (pages,
 * the migration that made the summaries) parses it with the schemas here instead of trusting the
 * column. The schemas are checked against the types below, so the two cannot drift apart.
 */
import { z } from "zod";
import { qualifierSchema } from "@/lib/schemas/claim";
import type { AnalysisClaim, GroupAnalysis } from "./types";

/** Conflicts kept in full per group; the rest are counted. Pairs grow with the square of a group. */
const STORED_CONFLICTS = 50;

/**
 * What a group stores: the analysis with its pair lists folded into the figures they involve, so
 * the stored row grows with the group, not with the square of it.
 */
export type StoredAnalysis = Omit<GroupAnalysis, "agreements" | "partWholeFits" | "conflicts"> & {
  claims: AnalysisClaim[];
  conflicts: GroupAnalysis["conflicts"];
  conflictTotal: number;
  /** Figures in at least one conflict, at least one agreeing pair, or one part-within-whole pair. */
  conflictingIds: string[];
  agreeingIds: string[];
  partWholeIds: string[];
};

/** What lists of groups read: a stored analysis cut down to a few figures, with the whole group's counts. */
export type GroupSummary = StoredAnalysis & {
  /** Figures in the whole group (stated and derived); `claims` holds only the sample. */
  figureTotal: number;
  /** Origins among the whole group's figures. */
  originTotal: number;
};

export function storedAnalysis(analysis: GroupAnalysis, claims: AnalysisClaim[]): StoredAnalysis {
  const { agreements, partWholeFits, conflicts, ...rest } = analysis;
  const ids = (pairs: Array<[string, string]>) => [...new Set(pairs.flat())].sort();
  return {
    ...rest,
    claims,
    conflicts: [...conflicts].sort((x, y) => y.gapRatio - x.gapRatio).slice(0, STORED_CONFLICTS),
    conflictTotal: conflicts.length,
    conflictingIds: ids(conflicts.map((c) => [c.a, c.b])),
    agreeingIds: ids(agreements.map((a) => [a.a, a.b])),
    partWholeIds: ids(partWholeFits.map((p) => [p.part, p.whole])),
  };
}

const day = z.string().regex(/^-?\d{4,}-\d{2}-\d{2}$/);
const intervalSchema = z.object({ low: z.number().nullable(), high: z.number().nullable(), lowOpen: z.boolean(), highOpen: z.boolean() });

const analysisClaimSchema = z.object({
  id: z.string(),
  derivedFrom: z.number().int().nullable(),
  metricId: z.number().int(),
  placeId: z.number().int(),
  placeName: z.string(),
  placeAncestors: z.array(z.number().int()),
  period: z.object({ start: day.nullable(), end: day.nullable(), certainty: z.enum(["stated", "open"]), notBefore: day.nullable().optional() }),
  value: z.object({ qualifier: qualifierSchema, low: z.string().nullable(), best: z.string().nullable(), high: z.string().nullable(), vagueTerm: z.string().nullable() }),
  origin: z.object({ key: z.string(), label: z.string(), named: z.boolean() }),
  label: z.string(),
  interval: intervalSchema.optional(),
  derivedBy: z.string().optional(),
});

const conflictSchema = z.object({
  a: z.string(),
  b: z.string(),
  // JSON has no Infinity: a figure of 0 against a positive one is written as null.
  gapRatio: z
    .number()
    .nullable()
    .transform((r) => r ?? Infinity),
  gap: z.number(),
  periodUncertain: z.boolean(),
  partWhole: z.object({ part: z.string(), whole: z.string() }).optional(),
});

export const storedAnalysisSchema = z.object({
  verdict: z.enum(["conflicting", "corroborated", "consistent", "trend", "single", "unknown"]),
  severity: z.number(),
  originCount: z.number().int(),
  intervals: z.record(z.string(), intervalSchema.nullable()),
  series: z.array(z.object({ id: z.string(), cluster: z.number().int() })),
  explanation: z.array(z.string()),
  claims: z.array(analysisClaimSchema),
  conflicts: z.array(conflictSchema),
  conflictTotal: z.number().int(),
  conflictingIds: z.array(z.string()),
  agreeingIds: z.array(z.string()),
  partWholeIds: z.array(z.string()),
}) satisfies z.ZodType<StoredAnalysis, unknown>;

export const groupSummarySchema = storedAnalysisSchema.extend({
  figureTotal: z.number().int(),
  originTotal: z.number().int(),
}) satisfies z.ZodType<GroupSummary, unknown>;

/** A group's stored analysis column, checked. Throws when the column does not hold one. */
export function parseStoredAnalysis(json: string): StoredAnalysis {
  return storedAnalysisSchema.parse(JSON.parse(json));
}

/** A group's stored summary column, checked. */
export function parseGroupSummary(json: string): GroupSummary {
  return groupSummarySchema.parse(JSON.parse(json));
}
