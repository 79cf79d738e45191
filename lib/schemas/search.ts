import { z } from "./zod";
export const SEARCH_LIMIT_MAX = 50;
/** The longest query taken; lib/domain/search-query.ts reads no further. */
export const MAX_SEARCH_LENGTH = 10_000;

/** GET /api/v1/search and the /search page: what was typed, and how many hits of each kind. */
export const searchQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .min(1, "Type something to search for.")
    .max(MAX_SEARCH_LENGTH, `Search with at most ${MAX_SEARCH_LENGTH.toLocaleString("en-US")} characters.`)
    .describe("Words to find in quotes, article titles and texts, and metric, place, actor and outlet names. Every word must match; operators are read as words."),
  limit: z.coerce
    .number()
    .int("The limit is a whole number.")
    .min(1, "The limit is at least 1.")
    .max(SEARCH_LIMIT_MAX, `The limit is at most ${SEARCH_LIMIT_MAX}.`)
    .default(10)
    .describe(`Hits of each kind, at most ${SEARCH_LIMIT_MAX}.`),
});
