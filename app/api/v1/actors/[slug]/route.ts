import { editRoute } from "@/lib/api/edit-route";
import { editActor } from "@/lib/commands/app";
import { actorEditSchema } from "@/lib/schemas/entities";

/** Corrects an actor: { name, aliases, kind, affiliation?, wikidataId?, reason, expectedVersion }. */
export const PATCH = editRoute(actorEditSchema, editActor);
