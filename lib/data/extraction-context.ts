import "server-only";
import { db } from "@/lib/db/client";
import { countriesGazetteer, derivedAliases, mergeGazetteers } from "@/lib/extraction/gazetteer";
import type { ExtractionContext } from "@/lib/extraction/taxonomy-context";
import { worldPlaces } from "@/lib/extraction/world-places-loader";

const TTL_MS = 60_000;
let cached: { at: number; context: ExtractionContext } | null = null;

/**
 * The gazetteer (countries, plus every place editors added to the ledger with the places it lies
 * directly inside), the world's provinces and cities, and the metrics the extractor suggests
 * from. Reused for a minute: places and metrics change rarely, extraction often.
 */
export async function extractionContext(): Promise<ExtractionContext> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.context;
  const [places, metrics] = await Promise.all([
    db().place.findMany({
      select: { slug: true, name: true, kind: true, iso2: true, ancestors: { where: { depth: 1 }, select: { ancestor: { select: { slug: true } } } } },
    }),
    db().metric.findMany({ select: { slug: true, name: true, unit: true } }),
  ]);
  const context: ExtractionContext = {
    gazetteer: mergeGazetteers(
      countriesGazetteer(),
      places.map((p) => ({ slug: p.slug, name: p.name, aliases: derivedAliases(p.name), kind: p.kind, iso2: p.iso2, within: p.ancestors.map((a) => a.ancestor.slug) })),
    ),
    metrics,
    worldPlaces: worldPlaces(),
  };
  cached = { at: Date.now(), context };
  return context;
}
