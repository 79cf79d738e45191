import { z } from "./zod";
import { compareDecimals, DECIMAL_BOUND_MESSAGE, withinDecimalBound } from "./decimal-bound";

/**
 * A decimal number written as text, so that figures are never rounded through a binary float,
 * within the bound both databases store exactly (lib/schemas/decimal-bound.ts).
 */
export const decimalString = z
  .string()
  .trim()
  .regex(/^-?\d+(\.\d+)?$/, "Write a number with digits, e.g. 2500 or 0.25 (no commas).")
  .refine(withinDecimalBound, DECIMAL_BOUND_MESSAGE)
  .describe("An exact decimal number written as text, at most 20 digits before the point and 10 after.");

/** A calendar day, YYYY-MM-DD. */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use the form YYYY-MM-DD.")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: "That is not a real calendar day.",
  });

export const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens.")
  .max(80);

export const QUALIFIERS = [
  "exact",
  "approximately",
  "at_least",
  "more_than",
  "at_most",
  "fewer_than",
  "range",
  "vague",
] as const;
export const qualifierSchema = z.enum(QUALIFIERS).describe("How the source hedges the figure.");
export type Qualifier = z.infer<typeof qualifierSchema>;

/**
 * The figure as the source states it. Bounds the source does not state stay null:
 * the agreement analysis widens hedged figures itself and never invents a number.
 */
export const claimValueSchema = z
  .object({
    qualifier: qualifierSchema,
    low: decimalString.nullable().default(null),
    best: decimalString.nullable().default(null),
    high: decimalString.nullable().default(null),
    /** The vague amount as a term of the vague-amount table, e.g. "thousands" or "dozens". */
    vagueTerm: z.string().trim().min(1).max(60).nullable().default(null),
  })
  .superRefine((v, ctx) => {
    const need = (field: "low" | "best" | "high", why: string) => {
      if (v[field] === null) ctx.addIssue({ code: "custom", path: [field], message: why });
    };
    const forbid = (field: "low" | "best" | "high", why: string) => {
      if (v[field] !== null) ctx.addIssue({ code: "custom", path: [field], message: why });
    };
    switch (v.qualifier) {
      case "exact":
        need("best", "An exact figure needs its value.");
        if (v.best !== null && ((v.low !== null && v.low !== v.best) || (v.high !== null && v.high !== v.best))) {
          ctx.addIssue({ code: "custom", path: ["low"], message: "An exact figure has no separate bounds." });
        }
        break;
      case "approximately":
        need("best", "An approximate figure needs its central value.");
        break;
      case "at_least":
      case "more_than":
        need("low", "A lower bound needs its value.");
        forbid("high", "A figure that only states a lower bound has no upper bound.");
        break;
      case "at_most":
      case "fewer_than":
        need("high", "An upper bound needs its value.");
        forbid("low", "A figure that only states an upper bound has no lower bound.");
        break;
      case "range":
        need("low", "A range needs its lower end.");
        need("high", "A range needs its upper end.");
        break;
      case "vague":
        if (v.vagueTerm === null) {
          ctx.addIssue({ code: "custom", path: ["vagueTerm"], message: "A vague amount needs its term, e.g. \"thousands\"." });
        }
        break;
    }
    if (v.low !== null && v.high !== null && compareDecimals(v.low, v.high) > 0) {
      ctx.addIssue({ code: "custom", path: ["low"], message: "The lower bound is above the upper bound." });
    }
    if (v.best !== null && v.low !== null && compareDecimals(v.best, v.low) < 0) {
      ctx.addIssue({ code: "custom", path: ["best"], message: "The best value is below the lower bound." });
    }
    if (v.best !== null && v.high !== null && compareDecimals(v.best, v.high) > 0) {
      ctx.addIssue({ code: "custom", path: ["best"], message: "The best value is above the upper bound." });
    }
  });
export type ClaimValue = z.infer<typeof claimValueSchema>;

/**
 * The period the figure describes, which is not the publication date.
 * An as-of figure has start = end. An unknown period has neither.
 */
export const referencePeriodSchema = z
  .object({
    start: isoDay.nullable().default(null),
    end: isoDay.nullable().default(null),
    /** The words the source uses for the period, e.g. "this year" or "In April". */
    label: z.string().trim().max(200).default(""),
  })
  .refine((p) => p.start === null || p.end === null || p.start <= p.end, {
    path: ["end"],
    message: "The period ends before it starts.",
  });
export type ReferencePeriod = z.infer<typeof referencePeriodSchema>;

export const MODALITIES = ["observed", "planned", "projected"] as const;
/** What the figure says about the world: it was so (observed), it is a target or announced plan, or a forecast. */
export const modalitySchema = z
  .enum(MODALITIES, { message: "Choose observed, planned or projected." })
  .describe("observed (the default): it was so; planned: a target or announced plan; projected: a forecast.");
export type Modality = z.infer<typeof modalitySchema>;

export const LEVEL_CHANGES = ["down", "up"] as const;
/** For a plan or forecast: which way it moves the level ("reduce to fewer than 1,000" is down). */
export const levelChangeSchema = z
  .enum(LEVEL_CHANGES, { message: "Choose down or up, or leave it empty." })
  .describe("For a plan or forecast: down for “reduce to”, up for “raise to”; it implies the level before.");
export type LevelChange = z.infer<typeof levelChangeSchema>;

export const RELATION_KINDS = ["multiple_of", "fraction_of", "updates", "same_report"] as const;
export const relationKindSchema = z.enum(RELATION_KINDS);
/** The relations an editor gives a new claim in its form; "same report" has the review screen's own button. */
export const CLAIM_FORM_RELATIONS = ["multiple_of", "fraction_of", "updates"] as const;

/** A relation from this claim to another claim, or to a baseline that the source only implies. */
export const claimRelationSchema = z
  .object({
    kind: relationKindSchema,
    /** For multiple_of and fraction_of: the factor, e.g. "2" for "double" or "0.3333" for "one-third". */
    factor: decimalString.nullable().default(null),
    /** How the factor is hedged: "more than double" is more_than with factor 2. */
    comparator: qualifierSchema.nullable().default(null),
    /** The claim related to, when the ledger has it. */
    target: z.string().min(1).nullable().default(null),
    /** When the baseline is only implied: what it measures and when. */
    baseline: z
      .object({
        metric: slug,
        place: slug,
        period: referencePeriodSchema,
        description: z.string().trim().min(1).max(300),
      })
      .nullable()
      .default(null),
    note: z.string().trim().max(500).default(""),
  })
  .refine((r) => r.target !== null || r.baseline !== null, {
    message: "A relation names its target claim or describes the implied baseline.",
  });
export type ClaimRelationInput = z.infer<typeof claimRelationSchema>;
