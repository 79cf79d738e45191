import { lookupRoute } from "@/lib/api/lookup-route";
import { searchActors } from "@/lib/data/lookup";

/** Actors (outlets, ministries, armed groups, people) found the same way: the attribution chain's finder. */
export const GET = lookupRoute(searchActors);
