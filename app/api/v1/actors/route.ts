import { lookupRoute } from "@/lib/api/lookup-route";
import { listActors } from "@/lib/data/directory";
import { searchActors } from "@/lib/data/lookup";

/** Actors (outlets, ministries, armed groups, people) found the same way (the attribution chain's finder), or listed. */
export const GET = lookupRoute(searchActors, listActors);
