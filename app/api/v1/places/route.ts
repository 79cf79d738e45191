import { createRoute } from "@/lib/api/create-route";
import { lookupRoute } from "@/lib/api/lookup-route";
import { searchPlaces } from "@/lib/data/lookup";
import { addPlaceWithin } from "@/lib/commands/app";
import { placeInputSchema } from "@/lib/schemas/entities";

/** Places whose name, or a later word of it, starts with what was typed: the claim form's place picker. */
export const GET = lookupRoute(searchPlaces);

/** Adds a place inside another: { name, aliases, kind, parent, iso2?, wikidataId? }. */
export const POST = createRoute(placeInputSchema, addPlaceWithin);
