import { lookupRoute } from "@/lib/api/lookup-route";
import { listPlaces } from "@/lib/data/directory";
import { searchPlaces } from "@/lib/data/lookup";

/** With q, places whose name, or a later word of it, starts with it (the claim form's place picker); without, every place in slug order. */
export const GET = lookupRoute(searchPlaces, listPlaces);
