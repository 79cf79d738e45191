import { extractFigures } from "@/lib/extraction/extract-figures";
import { extractionContextFromTaxonomy } from "@/lib/extraction/taxonomy-context";
import { readSeeds } from "@/lib/seed/read-seeds";
const ctx = extractionContextFromTaxonomy(readSeeds().taxonomy);
const text = process.argv[2]!;
for (const p of extractFigures(text, { publishedOn: process.argv[3] ?? "2025-07-10", outlet: "Wire", ...ctx })) console.log(JSON.stringify({ s: p.surface, v: [p.qualifier, p.low, p.best, p.high], place: p.place && [p.place.name, p.place.mention, p.place.parents.map((x) => x.name).join(">")], metric: [p.metric.name, p.metric.noun], period: p.period, att: p.attributionChain, mod: p.modality }));
