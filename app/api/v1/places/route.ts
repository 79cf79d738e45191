import { createRoute } from "@/lib/api/create-route";
import { lookupRoute } from "@/lib/api/lookup-route";
import { listPlaces } from "@/lib/cached-reads/reads";
import { searchPlaces } from "@/lib/data/lookup";
import { addPlaceWithin } from "@/lib/commands/app";
import { placeInputSchema } from "@/lib/schemas/entities";

/** With q, places whose name, or a later word of it, starts with it (the claim form's place picker); without, every place in slug order. */
export const GET = lookupRoute(searchPlaces, listPlaces);

/** Adds a place inside another: { name, aliases, kind, parent, iso2?, wikidataId? }. */
export const POST = createRoute(placeInputSchema, addPlaceWithin);
