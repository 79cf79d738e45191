import { z } from "./zod";
import { decimalString, isoDay } from "./claim";

/**
 * The review screen's question "which of these proposed figures does the ledger already hold?":
 * the figures it was handed by the extraction, reduced to what the match reads, so the article is
 * read for figures once per visit.
 */
export const knownFiguresQuerySchema = z.object({
  sourceId: z.number().int().positive(),
  figures: z
    .array(
      z.object({
        start: z.number().int().min(0),
        end: z.number().int().min(1),
        metric: z.string().max(200).nullable(),
        low: decimalString.nullable(),
        best: decimalString.nullable(),
        high: decimalString.nullable(),
        period: z.object({ start: isoDay.nullable(), end: isoDay.nullable() }),
        place: z.string().max(200).nullable(),
      }),
    )
    .max(20_000),
});
export type KnownFiguresQuery = z.infer<typeof knownFiguresQuerySchema>;
export type ProposedForMatch = KnownFiguresQuery["figures"][number];
