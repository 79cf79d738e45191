import { createRoute } from "@/lib/api/create-route";
import { lookupRoute } from "@/lib/api/lookup-route";
import { listActors } from "@/lib/cached-reads/reads";
import { searchActors } from "@/lib/data/lookup";
import { addActor } from "@/lib/commands/app";
import { actorInputSchema } from "@/lib/schemas/entities";

/** Actors (outlets, ministries, armed groups, people) found the same way (the attribution chain's finder), or listed. */
export const GET = lookupRoute(searchActors, listActors);

/** Adds an actor: { name, aliases, kind, affiliation?, wikidataId? }. */
export const POST = createRoute(actorInputSchema, addActor);
