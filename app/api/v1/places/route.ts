import { lookupRoute } from "@/lib/api/lookup-route";
import { searchPlaces } from "@/lib/data/lookup";

/** Places whose name, or a later word of it, starts with what was typed: the claim form's place picker. */
export const GET = lookupRoute(searchPlaces);
