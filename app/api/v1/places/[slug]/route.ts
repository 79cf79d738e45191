import { editRoute } from "@/lib/api/edit-route";
import { editPlace } from "@/lib/commands/app";
import { placeEditSchema } from "@/lib/schemas/entities";

/** Corrects a place's name, aliases or Wikidata id: { name, aliases, wikidataId?, reason, expectedVersion }. */
export const PATCH = editRoute(placeEditSchema, editPlace);
