/**
 * The extraction context (gazetteer and metric hints) built from a ledger taxonomy, e.g.
 * seeds/taxonomy.json: the CLI and the evaluation run without a database this way. The same
 * shape comes from the places and metrics tables when the app calls the extractor.
 */
import type { SeedTaxonomy } from "@/lib/schemas/seed";
import type { MetricHint } from "./counted-noun";
import { countriesGazetteer, derivedAliases, mergeGazetteers, type Gazetteer } from "./gazetteer";
import type { WorldPlaceIndex } from "./world-places";
import { worldPlaces } from "./world-places-loader";

export type ExtractionContext = { gazetteer: Gazetteer; metrics: MetricHint[]; worldPlaces?: WorldPlaceIndex | null };

export function placesGazetteer(places: SeedTaxonomy["places"]): Gazetteer {
  return places.map((p) => ({ slug: p.slug, name: p.name, aliases: derivedAliases(p.name), kind: p.kind, iso2: p.iso2, within: p.within }));
}

/** `world: false` leaves out the provinces and cities of the world (a test of the ledger's places alone). */
export function extractionContextFromTaxonomy(taxonomy: SeedTaxonomy, { world = true }: { world?: boolean } = {}): ExtractionContext {
  return {
    gazetteer: mergeGazetteers(countriesGazetteer(), placesGazetteer(taxonomy.places)),
    metrics: taxonomy.metrics.map((m) => ({ slug: m.slug, name: m.name, unit: m.unit })),
    worldPlaces: world ? worldPlaces() : null,
  };
}
