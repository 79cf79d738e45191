/**
 * Whatever the text, every proposal points at its own words: `text.slice(start, end)` is the
 * surface, the quote is the text at its offsets and holds the surface, and values are decimals.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decimalString } from "@/lib/schemas/claim";
import { extractFigures, extractFiguresInChunks, type Proposal } from "./extract-figures";
import { countriesGazetteer } from "./gazetteer";

const options = { publishedOn: "2024-08-13", gazetteer: countriesGazetteer(), metrics: [{ slug: "isis-fighters", name: "ISIS fighters", unit: "fighters" }] };

/** Pieces of news prose, numbers, hedges and noise, so generated texts hit the grammar often. */
const fragment = fc.oneof(
  fc.constantFrom(
    "about", "at least", "more than", "up to", "fewer than", "nearly", "some", "an estimated", "between", "and", "or", "to", "-", "–",
    "2,500", "38,000", "1.5 million", "$7 million", "45%", "45 percent", "one-third", "a dozen", "half a million", "four", "eleven",
    "dozens", "hundreds", "thousands", "tens of thousands", "a few hundred", "numerous", "many", "several", "one", "two", "double", "twice",
    "fighters", "attacks", "people", "were killed", "in Syria", "in Iraq", "this year", "in 2019", "on November 18", "two weeks ago",
    "aged 25", "25-year-old", "39th", "02:20:04", "2024-08-13", "according to CENTCOM", "officials said", ",", ".", ". ", "\n", "\n\n",
    "(", ")", "\"", "“", "”", "’", "\u00a0", "\u00c2\u00a0", "😀", "é",
  ),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: 0, max: 3_000_000 }).map(String),
);
const article = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(" "));

function checkProposal(text: string, p: Proposal) {
  expect(text.slice(p.start, p.end)).toBe(p.surface);
  expect(p.surface.length).toBeGreaterThan(0);
  expect(text.slice(p.quoteStart, p.quoteEnd)).toBe(p.quote);
  expect(p.quoteStart).toBeLessThanOrEqual(p.start);
  expect(p.end).toBeLessThanOrEqual(p.quoteEnd);
  expect(p.quote).toContain(p.surface);
  for (const v of [p.low, p.best, p.high]) if (v !== null) expect(decimalString.safeParse(v).success, v).toBe(true);
}

describe("proposal offsets", () => {
  it("slice to the surface, inside the quote, for any text", () => {
    fc.assert(
      fc.property(article, (text) => {
        for (const p of extractFigures(text, options)) checkProposal(text, p);
      }),
      { numRuns: 300 },
    );
  });

  it("are the same when the text is read paragraph by paragraph", async () => {
    await fc.assert(
      fc.asyncProperty(article, async (text) => {
        const chunks: Proposal[] = [];
        for await (const part of extractFiguresInChunks(text, options)) chunks.push(...part);
        expect(chunks).toEqual(extractFigures(text, options));
      }),
      { numRuns: 60 },
    );
  });
});
