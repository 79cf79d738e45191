import { lookupRoute } from "@/lib/api/lookup-route";
import { searchOutlets } from "@/lib/data/lookup";

/** News outlets found by name, for the source form's outlet picker. */
export const GET = lookupRoute(searchOutlets);
