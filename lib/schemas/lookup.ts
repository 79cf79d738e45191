import { z } from "./zod";

/** A search in the place or actor picker: GET /api/v1/places?q=…&limit=…, and the same for actors. */
export const lookupQuerySchema = z.object({
  q: z.string().trim().min(1, "Type at least one letter to search.").max(100, "Search with at most 100 characters."),
  limit: z.coerce.number().int("The limit is a whole number.").min(1, "The limit is at least 1.").max(25, "The limit is at most 25.").default(10),
});
export type LookupQuery = z.infer<typeof lookupQuerySchema>;

/** One answer of a picker search: what the form stores (slug), shows (name) and explains (detail). */
export type LookupItem = { slug: string; name: string; detail: string };

/** The names of a proposal's attribution chain, origin first, as the review screen asks for their actors. */
export const attributionNamesSchema = z.array(z.string().trim().min(1).max(500)).max(10);
