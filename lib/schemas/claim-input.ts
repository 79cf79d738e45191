import { z } from "./zod";
import { CLAIM_FORM_RELATIONS, QUALIFIERS, claimValueSchema, decimalString, isoDay, levelChangeSchema, modalitySchema, slug } from "./claim";
import { SOURCE_TEXT_LIMIT, textOverLimitMessage } from "./limits";

const optionalText = (max: number) => z.string().trim().max(max).default("");
const optionalDecimal = z
  .union([decimalString, z.literal("")])
  .nullable()
  .default(null)
  .transform((v) => (v === "" ? null : v));
const optionalDay = z
  .union([isoDay, z.literal("")])
  .nullable()
  .default(null)
  .transform((v) => (v === "" ? null : v));

/**
 * How a new claim relates to another figure, as seeded claims do: "more than double" a baseline
 * (multiple_of 2, more_than), "a third of" (fraction_of), or a newer figure that updates an
 * earlier claim. It names the claim it relates to by id, or describes a baseline the source only
 * implies (what it measures, where and when).
 */
export const claimFormRelationSchema = z
  .object({
    kind: z.enum(CLAIM_FORM_RELATIONS, "Choose how it relates: a multiple of, a fraction of, or an update of another figure."),
    factor: optionalDecimal,
    comparator: z
      .union([z.enum(QUALIFIERS), z.literal("")])
      .nullable()
      .default(null)
      .transform((v) => (v === "" || v === "exact" ? null : v))
      .describe("How the factor is hedged: “more than double” is more_than."),
    target: z
      .union([z.coerce.number().int().positive("A claim number, e.g. 42."), z.literal("")])
      .nullable()
      .default(null)
      .transform((v) => (v === "" ? null : v))
      .describe("The id of the claim it relates to, when the ledger has it."),
    baseline: z
      .object({
        description: z.string().trim().min(3, "Say what the baseline is, e.g. “ISIS attacks in Syria in 2023”.").max(300),
        metric: slug,
        place: slug,
        periodStart: optionalDay,
        periodEnd: optionalDay,
        periodLabel: optionalText(200),
      })
      .nullable()
      .default(null),
    note: optionalText(500),
  })
  .superRefine((r, ctx) => {
    if (r.kind === "updates" && r.target === null) ctx.addIssue({ code: "custom", path: ["target"], message: "Give the number of the claim this one updates." });
    if (r.kind !== "updates" && r.target === null && r.baseline === null) {
      ctx.addIssue({ code: "custom", path: ["target"], message: "Give the claim it relates to, or describe the baseline." });
    }
    if (r.kind !== "updates" && r.factor === null) ctx.addIssue({ code: "custom", path: ["factor"], message: "Give the factor: 2 for “double”, 0.5 for “half”." });
    if (r.factor !== null && Number(r.factor) <= 0) ctx.addIssue({ code: "custom", path: ["factor"], message: "The factor is a positive number." });
  });
export type ClaimFormRelation = z.infer<typeof claimFormRelationSchema>;

/**
 * One claim as an editor submits it: the claim form, its server action, the JSON API and the review
 * screen all parse with this schema. Checks that need the database (the quote is in the source, the
 * metric exists, a count is not negative) run in the ledger's write path.
 */
export const claimInputSchema = z
  .object({
    sourceId: z.coerce.number().int().positive().describe("The source the figure is quoted from."),
    metric: slug.or(z.literal("")).default("").describe("The metric's slug; empty when a new metric is given."),
    /** A metric the ledger does not have yet, created with the claim. */
    newMetric: z
      .object({
        name: z.string().trim().min(3, "Name the new metric, e.g. “Civilians killed”.").max(120),
        unit: z.string().trim().min(1, "Give the new metric's unit, e.g. “people”.").max(40),
        topic: slug.describe("The topic the new metric belongs to."),
        kind: z.enum(["stock", "flow"]),
      })
      .nullable()
      .default(null),
    place: slug.describe("The place's slug."),
    qualifier: z.enum(QUALIFIERS),
    low: optionalDecimal,
    best: optionalDecimal,
    high: optionalDecimal,
    vagueTerm: z
      .string()
      .trim()
      .max(60)
      .nullable()
      .default(null)
      .transform((v) => (v === "" ? null : v)),
    surface: z.string().trim().min(1, "Give the figure as written in the source.").max(200),
    quote: z.string().min(1, "Give the exact passage that states the figure.").max(2000),
    /** Where the quote starts in the source, when the editor selected it; picks among repeats. */
    quoteStart: z.coerce.number().int().min(0).nullable().default(null),
    periodStart: optionalDay,
    periodEnd: optionalDay,
    periodLabel: optionalText(200),
    /** Observed unless the sentence states a plan ("plans to", "aims to") or a forecast ("expected to"). */
    modality: z.union([modalitySchema, z.literal("")]).default("observed").transform((v) => (v === "" ? "observed" : v)),
    change: z.union([levelChangeSchema, z.literal("")]).nullable().default(null).transform((v) => (v === "" ? null : v)),
    /** A running total ("since 2014", "in total"); a form's checkbox sends "on". */
    cumulative: z
      .union([z.boolean(), z.enum(["on", "true", "false", ""], { message: "Say true or false." })])
      .default(false)
      .transform((v) => v === true || v === "on" || v === "true")
      .describe("A running total (“since 2014”, “in total”), compared only with other running totals."),
    /** Actor slugs from the origin to the last relay before the publishing outlet. */
    attribution: z.array(slug).max(10).default([]),
    note: optionalText(1000),
    /** How it relates to another figure; given when the claim is added. */
    relation: claimFormRelationSchema.nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if ((v.metric === "") === (v.newMetric === null)) {
      ctx.addIssue({ code: "custom", path: ["metric"], message: "Pick a metric, or name a new one (not both)." });
    }
    // The value's rules are the ledger's own, shared with the seed files.
    const value = claimValueSchema.safeParse({ qualifier: v.qualifier, low: v.low, best: v.best, high: v.high, vagueTerm: v.vagueTerm });
    if (!value.success) for (const i of value.error.issues) ctx.addIssue({ code: "custom", path: i.path, message: i.message });
    if (v.periodStart !== null && v.periodEnd !== null && v.periodStart > v.periodEnd) {
      ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "The period ends before it starts." });
    }
    if (v.change !== null && v.modality === "observed") {
      ctx.addIssue({ code: "custom", path: ["change"], message: "Only a plan or a forecast moves the level; choose planned or projected, or leave this empty." });
    }
    if (!v.quote.includes(v.surface)) {
      ctx.addIssue({ code: "custom", path: ["surface"], message: "The figure as written must appear inside the quote." });
    }
  });
export type ClaimInput = z.infer<typeof claimInputSchema>;
/** A claim as a screen sends it, before parsing (the review screen's corrections). */
export type ClaimInputDraft = z.input<typeof claimInputSchema>;

/** An edit is a new version of the claim with the reason for it. */
export const claimEditSchema = z.object({
  reason: z.string().trim().min(5, "Say why the claim changes (at least 5 characters).").max(500),
  /** The version the editor saw; a newer one means someone else edited meanwhile. */
  expectedVersion: z.coerce.number().int().positive(),
});

export const claimStatusSchema = z.object({
  status: z.enum(["active", "deprecated", "retracted"]),
  reason: z.string().trim().min(5, "Say why (at least 5 characters).").max(500),
  expectedVersion: z.coerce.number().int().positive(),
});

export { SOURCE_TEXT_LIMIT } from "./limits";

/** A new source: the intake form, its action and the API parse with this. A date, or "undated" said outright. */
export const sourceInputSchema = z
  .object({
    title: z.string().trim().min(1, "Give the article's title.").max(300),
    outlet: slug.nullable().default(null).or(z.literal("").transform(() => null)),
    url: z
      .union([z.url({ protocol: /^https?$/, message: "Give a full http(s) address, or leave it empty." }), z.literal("")])
      .nullable()
      .default(null)
      .transform((v) => (v === "" ? null : v)),
    publishedAt: optionalDay.describe("Empty only when `undated` is true."),
    undated: z
      .union([z.boolean(), z.literal("on"), z.literal("")])
      .default(false)
      .transform((v) => v === true || v === "on")
      .describe("True when the article states no publication date."),
    text: z
      .string()
      .min(1, "Paste the article's full text.")
      .max(SOURCE_TEXT_LIMIT, { error: (issue) => textOverLimitMessage(typeof issue.input === "string" ? issue.input.length : SOURCE_TEXT_LIMIT + 1) })
      .refine((t) => t.trim().length > 0, "The text is empty.")
      .refine((t) => !t.includes("\u0000"), "The text contains binary data; paste or upload plain text or HTML."),
  })
  .superRefine((s, ctx) => {
    if (s.publishedAt === null && !s.undated) ctx.addIssue({ code: "custom", path: ["publishedAt"], message: "Give the publication date, or tick “undated”." });
    if (s.publishedAt !== null && s.undated) ctx.addIssue({ code: "custom", path: ["publishedAt"], message: "Give a date or tick “undated”, not both." });
  });
export type SourceInput = z.infer<typeof sourceInputSchema>;

/** A proposed figure rejected in the review screen: where it stands in the source. */
/** A proposed figure of a source, by its place in the text and its words (the API takes the source from the address). */
export const proposalRejectionBodySchema = z.object({
  start: z.coerce.number().int().min(0).describe("Where the figure starts in the source's text (UTF-16 offset)."),
  end: z.coerce.number().int().min(1).describe("Where it ends."),
  surface: z.string().min(1).max(200).describe("The figure as written there."),
});

export const proposalRejectionSchema = proposalRejectionBodySchema
  .extend({ sourceId: z.coerce.number().int().positive() })
  .refine((r) => r.start < r.end, { path: ["end"], message: "The figure ends before it starts." });
/** The review screen's tally, kept with the source: proposed, accepted as proposed, accepted after a correction, rejected. */
export type ReviewTally = { proposed: number; accepted: number; edited: number; rejected: number };

/** The number of figures proposed in a source, as the review screen reports it. */
export const proposedCountSchema = z.object({ sourceId: z.number().int().positive(), proposed: z.number().int().min(0).max(100_000) });

export type ProposalRejectionInput = z.infer<typeof proposalRejectionSchema>;

/** POST /api/v1/claims's query: a proposal accepted in review, as proposed or corrected, counts in the source's tally. */
export const claimAddQuerySchema = z.object({
  review: z.enum(["accepted", "edited"], { error: "review is accepted or edited." }).optional().describe("The claim accepts a proposal of the source's review: as proposed (accepted) or corrected (edited)."),
});
