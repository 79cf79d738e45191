import { z } from "./zod";
import { isoDay, slug } from "./claim";

/**
 * Outlets, actors and places as editors create them where they need them (the source form, the
 * claim form, the review screen) and as the JSON API takes them: POST /api/v1/outlets,
 * /api/v1/actors and /api/v1/places all parse with these schemas.
 */

export const ACTOR_KINDS = ["news_outlet", "government", "military", "armed_group", "ngo", "research", "international", "person", "unnamed"] as const;
export const ACTOR_KIND_LABELS: Record<(typeof ACTOR_KINDS)[number], string> = {
  news_outlet: "news outlet",
  government: "government body",
  military: "military",
  armed_group: "armed group",
  ngo: "NGO",
  research: "research group or monitor",
  international: "international body",
  person: "person",
  unnamed: "unnamed source",
};

/** Places an editor creates lie inside another: country → province → city or site. */
export const PLACE_KINDS = ["region", "country", "province", "city", "site"] as const;
export const PLACE_KIND_LABELS: Record<(typeof PLACE_KINDS)[number], string> = {
  region: "region (several countries)",
  country: "country",
  province: "province or governorate",
  city: "city or town",
  site: "site (camp, prison, base …)",
};

const name = z.string().trim().min(2, "Give the name, at least 2 characters.").max(200, "Names have at most 200 characters.");

/** "SOHR, Syrian Observatory" or a list: other names the thing is known by. */
const aliases = z
  .union([z.array(z.string()), z.string()])
  .default([])
  .transform((v) => (typeof v === "string" ? v.split(/[,;\n]/) : v).map((a) => a.trim()).filter(Boolean))
  .pipe(z.array(z.string().max(200, "An alias has at most 200 characters.")).max(20, "Give at most 20 aliases."));

const wikidataId = z
  .union([z.string().trim().regex(/^Q[1-9]\d*$/i, "A Wikidata id looks like Q1123."), z.literal("")])
  .nullable()
  .default(null)
  .transform((v) => (v ? v.toUpperCase() : null))
  .describe("Stored as given; the ledger never fetches it.");

const optionalSlug = z
  .union([slug, z.literal("")])
  .nullable()
  .default(null)
  .transform((v) => (v === "" ? null : v));

export const actorInputSchema = z.object({
  name,
  aliases,
  kind: z.enum(ACTOR_KINDS, "Choose what kind of actor it is."),
  /** For a person or a unit: the body they speak for (a spokesman of the Pentagon). */
  affiliation: optionalSlug.describe("The slug of the actor this one belongs to or speaks for."),
  wikidataId,
});
export type ActorInput = z.infer<typeof actorInputSchema>;

/** An outlet is an actor of the kind news_outlet. */
export const outletInputSchema = actorInputSchema.omit({ kind: true, affiliation: true }).transform((o) => ({ ...o, kind: "news_outlet" as const, affiliation: null }));

export const placeInputSchema = z
  .object({
    name,
    aliases,
    kind: z.enum(PLACE_KINDS, "Choose what kind of place it is."),
    /** The place it lies directly inside: a province's country, a city's province. */
    parent: optionalSlug.describe("The slug of the place it lies directly inside."),
    iso2: z
      .union([z.string().trim().regex(/^[A-Za-z]{2}$/, "Two letters, e.g. SY."), z.literal("")])
      .nullable()
      .default(null)
      .transform((v) => (v ? v.toUpperCase() : null)),
    wikidataId,
  })
  .superRefine((p, ctx) => {
    if (p.parent === null && ["province", "city", "site"].includes(p.kind)) {
      ctx.addIssue({ code: "custom", path: ["parent"], message: `Say which place the ${p.kind} lies inside.` });
    }
  });
export type PlaceInput = z.infer<typeof placeInputSchema>;

/** A change to a source after saving: everything but its text, which never changes. */
export const sourceEditSchema = z
  .object({
    title: z.string().trim().min(1, "Give the article's title.").max(300),
    outlet: optionalSlug,
    url: z
      .union([z.url({ protocol: /^https?$/, message: "Give a full http(s) address, or leave it empty." }), z.literal("")])
      .nullable()
      .default(null)
      .transform((v) => (v === "" ? null : v)),
    publishedAt: z
      .union([isoDay, z.literal("")])
      .nullable()
      .default(null)
      .transform((v) => (v === "" ? null : v)),
    undated: z
      .union([z.boolean(), z.literal("on"), z.literal("")])
      .default(false)
      .transform((v) => v === true || v === "on"),
    reason: z.string().trim().min(5, "Say why the source changes (at least 5 characters).").max(500),
    expectedVersion: z.coerce.number().int().positive(),
  })
  .superRefine((s, ctx) => {
    if (s.publishedAt === null && !s.undated) ctx.addIssue({ code: "custom", path: ["publishedAt"], message: "Give the publication date, or tick “undated”." });
    if (s.publishedAt !== null && s.undated) ctx.addIssue({ code: "custom", path: ["publishedAt"], message: "Give a date or tick “undated”, not both." });
  });
export type SourceEdit = z.infer<typeof sourceEditSchema>;

const reason = z.string().trim().min(5, "Say why it changes (at least 5 characters).").max(500);
const expectedVersion = z.coerce.number().int().positive().describe("The version the editor saw; a newer one means someone else changed it meanwhile.");

/** A correction of an actor: its name, other names, kind, affiliation or Wikidata id, with the reason. */
export const actorEditSchema = actorInputSchema.extend({ reason, expectedVersion });
export type ActorEdit = z.infer<typeof actorEditSchema>;

/**
 * A correction of a place's name, other names or Wikidata id, with the reason. Where it lies is
 * not changed by an edit: the claims compared through its containment would change meaning.
 */
export const placeEditSchema = z.object({ name, aliases, wikidataId, reason, expectedVersion });
export type PlaceEdit = z.infer<typeof placeEditSchema>;
