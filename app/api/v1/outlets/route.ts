import { createRoute } from "@/lib/api/create-route";
import { lookupRoute } from "@/lib/api/lookup-route";
import { searchOutlets } from "@/lib/data/lookup";
import { addActor } from "@/lib/commands/app";
import { outletInputSchema } from "@/lib/schemas/entities";

/** News outlets by name: the source form's outlet picker. */
export const GET = lookupRoute(searchOutlets);

/** Adds an outlet: { name, aliases, wikidataId? }. */
export const POST = createRoute(outletInputSchema, addActor);
