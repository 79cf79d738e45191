import { z } from "./zod";
import { claimRelationSchema, claimValueSchema, isoDay, referencePeriodSchema, slug } from "./claim";

export const ACTOR_KINDS = [
  "news_outlet",
  "government",
  "military",
  "armed_group",
  "research",
  "international",
  "person",
  "unnamed",
] as const;

export const PLACE_KINDS = ["world", "region", "country", "province", "city", "site"] as const;

export const seedTopicSchema = z.object({
  slug,
  name: z.string().trim().min(1).max(120),
  description: z.string().trim().max(1000).default(""),
});

export const seedMetricSchema = z.object({
  slug,
  name: z.string().trim().min(1).max(120),
  /** What one unit is: "fighters", "attacks", "km²", "share". */
  unit: z.string().trim().min(1).max(40),
  topic: slug,
  description: z.string().trim().max(1000).default(""),
  /** stock: a level at a moment (fighters, troops); flow: events counted over a period (attacks, deaths). */
  kind: z.enum(["stock", "flow"]),
  /** False only where a negative value is meaningful (e.g. a change). */
  nonNegative: z.boolean().default(true),
  /** Relative tolerance for "approximately", e.g. "0.1" for ±10%. Null uses the default. */
  tolerance: z
    .string()
    .regex(/^0(\.\d+)?$|^1(\.0+)?$/)
    .nullable()
    .default(null),
});

export const seedPlaceSchema = z.object({
  slug,
  name: z.string().trim().min(1).max(120),
  kind: z.enum(PLACE_KINDS),
  /** ISO 3166-1 alpha-2 code, for countries. */
  iso2: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable()
    .default(null),
  /** The places this one lies inside. "Syria" lies inside "syria-and-iraq" and "middle-east". */
  within: z.array(slug).default([]),
});

export const seedActorSchema = z.object({
  slug,
  name: z.string().trim().min(1).max(160),
  kind: z.enum(ACTOR_KINDS),
  /** For a person or a unit: the organisation that speaks through it. */
  affiliation: slug.nullable().default(null),
});

export const seedTaxonomySchema = z.object({
  topics: z.array(seedTopicSchema).min(1),
  metrics: z.array(seedMetricSchema).min(1),
  places: z.array(seedPlaceSchema).min(1),
  actors: z.array(seedActorSchema).min(1),
});

export const seedSourceSchema = z.object({
  /** The article file under seeds/articles/. */
  file: z.string().regex(/^[\w.-]+\.txt$/),
  title: z.string().trim().min(1).max(300).nullable(),
  /** The outlet's actor slug, or null when the text does not say. */
  outlet: slug.nullable(),
  url: z.url().nullable(),
  /** Only when the text states it. */
  publishedAt: isoDay.nullable(),
  /** The earliest date the text's own content allows, when it is undated. Evidence, not a guess. */
  notBefore: isoDay.nullable().default(null),
  datingNote: z.string().trim().max(1000).default(""),
  retrievedAt: isoDay,
});

export const seedClaimSchema = z.object({
  /** Stable key, unique across the seeds, e.g. "001-attacks-h1-2024". */
  key: z.string().regex(/^\d{3}-[a-z0-9-]+$/),
  metric: slug,
  place: slug,
  period: referencePeriodSchema,
  value: claimValueSchema,
  /** The figure as written, e.g. "at least a dozen". Must occur inside the quote. */
  surface: z.string().min(1).max(200),
  /** The exact passage that states the figure. Must occur in the article text. */
  quote: z.string().min(1).max(2000),
  /**
   * When the quote occurs more than once in the article, which occurrence (0-based).
   * Most quotes are unique, so this is usually 0.
   */
  occurrence: z.number().int().min(0).default(0),
  /** Who asserted it, from the origin to the last relay before the publishing outlet. Empty: the source itself. */
  attribution: z.array(slug).default([]),
  relations: z.array(claimRelationSchema).default([]),
  note: z.string().trim().max(1000).default(""),
});

export const seedExclusionSchema = z.object({
  /** The number-like text left out, exactly as in the article. */
  text: z.string().min(1),
  reason: z.string().trim().min(3).max(300),
});

export const seedClaimFileSchema = z.object({
  source: seedSourceSchema,
  claims: z.array(seedClaimSchema),
  /** Number-like text in the article that is not a figure about the world (dates, ages, list numbers). */
  excluded: z.array(seedExclusionSchema).default([]),
});

export type SeedTaxonomy = z.infer<typeof seedTaxonomySchema>;
export type SeedClaimFile = z.infer<typeof seedClaimFileSchema>;
export type SeedClaim = z.infer<typeof seedClaimSchema>;
