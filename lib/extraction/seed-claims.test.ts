/**
 * Every curated seed claim is proposed with its value (seeds/claims/*.json): the extractor follows
 * the curation policy of seeds/README.md. `npm run eval:extract` prints the same comparison with
 * precision, and on an annotated corpus of other articles when one is supplied (eval/README.md).
 */
import { describe, expect, it } from "vitest";
import { readSeeds } from "@/lib/seed/read-seeds";
import { scoreProposals, truthFromSeedClaims } from "./evaluation";
import { extractFigures } from "./extract-figures";
import { extractionContextFromTaxonomy } from "./taxonomy-context";

const seeds = readSeeds();
const context = extractionContextFromTaxonomy(seeds.taxonomy);

describe.each(seeds.files.map((f) => [f.name, f] as const))("seed article %s", (_name, file) => {
  const proposals = extractFigures(file.text, { publishedOn: file.source.publishedAt, ...context });

  it.each(file.claims.map((c) => [c.key, c] as const))("proposes %s with its stated value", (_key, claim) => {
    const [truth] = truthFromSeedClaims(file.text, [claim]);
    const score = scoreProposals([truth!], proposals);
    const overlapping = proposals.filter((p) => p.start < truth!.end && truth!.start < p.end);
    expect(score.found, `"${claim.surface}" → ${JSON.stringify(overlapping.map((p) => [p.surface, p.qualifier, p.low, p.best, p.high, p.vagueTerm]))}`).toBe(1);
  });

  it("proposes nothing the curators excluded", () => {
    const excluded = file.excluded.flatMap((e) => {
      const spans: Array<{ start: number; end: number; text: string }> = [];
      for (let at = file.text.indexOf(e.text); at !== -1; at = file.text.indexOf(e.text, at + 1)) spans.push({ start: at, end: at + e.text.length, text: e.text });
      return spans;
    });
    const claimed = truthFromSeedClaims(file.text, file.claims);
    // An exclusion may contain a claim's surface ("more than double the previous estimates" follows one); only proposals that are not claims count.
    const wrong = proposals.filter((p) => excluded.some((x) => p.start < x.end && x.start < p.end) && !claimed.some((c) => p.start < c.end && c.start < p.end));
    expect(wrong.map((p) => p.surface)).toEqual([]);
  });
});
