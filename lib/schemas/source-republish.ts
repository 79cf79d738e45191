import { z } from "./zod";
import { slug } from "./claim";

const optionalSlug = z
  .union([slug, z.literal("")])
  .nullable()
  .default(null)
  .transform((v) => (v === "" ? null : v));

/**
 * That a source republishes or rewrites another report: a source already in the ledger, or an
 * outside report given by its origin (e.g. "sdf") and the outlet that carried it (e.g.
 * "wall-street-journal"). Its claims then take that report's origin unless a claim has its own
 * attribution chain. All empty: the source reports for itself. The form, its action and the API
 * parse with this.
 */
export const republishedFieldsSchema = z.object({
    sourceId: z.coerce.number().int().positive(),
    republishesSource: z
      .union([z.coerce.number().int().positive(), z.literal("")])
      .nullable()
      .default(null)
      .transform((v) => (v === "" ? null : v))
      .describe("The id of the source in the ledger that this one republishes."),
    origin: optionalSlug.describe("The outside report's origin, e.g. sdf."),
    via: optionalSlug.describe("The outlet that carried the outside report, e.g. wall-street-journal."),
    note: z.string().trim().max(300).default("").describe("E.g. “rewrite of the WSJ report of 12 Aug 2024, citing the SDF”."),
    reason: z.string().trim().min(5, "Say why (at least 5 characters).").max(500),
});

/** The fields with their cross-field rule: what the form, its action and the API parse with. */
export const republishedInputSchema = republishedFieldsSchema.refine((v) => v.republishesSource === null || v.republishesSource !== v.sourceId, {
    path: ["republishesSource"],
    message: "A source cannot republish itself.",
  });
export type RepublishedInput = z.infer<typeof republishedInputSchema>;
