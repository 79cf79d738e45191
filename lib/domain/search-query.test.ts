import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fts5Match, HIT_END, HIT_START, MAX_SEARCH_TERMS, searchTerms, snippetParts, stripMarks } from "./search-query";

describe("searchTerms", () => {
  it("keeps the words of any script and drops syntax", () => {
    expect(searchTerms(`"ISIS fighters" OR 233* NEAR(a b) -- ; DROP TABLE "Claim";`)).toEqual(["isis", "fighters", "or", "233", "near", "a", "b", "drop", "table", "claim"]);
    expect(searchTerms("داعش في سوريا 🔥🔥")).toEqual(["داعش", "في", "سوريا"]);
    expect(searchTerms("Côte d'Ivoire")).toEqual(["côte", "d", "ivoire"]);
    expect(searchTerms("  ***  ")).toEqual([]);
  });

  it("caps the number and length of terms", () => {
    expect(searchTerms(Array.from({ length: 40 }, (_, i) => `w${i}`).join(" "))).toHaveLength(MAX_SEARCH_TERMS);
    expect(searchTerms("x".repeat(10_000))[0]).toHaveLength(60);
  });

  it("never yields a term an engine could read as syntax", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (q) => {
        for (const t of searchTerms(q)) expect(t).toMatch(/^[\p{L}\p{N}][\p{L}\p{N}\p{M}]*$/u);
        expect(fts5Match(searchTerms(q))).not.toMatch(/""|\*|\(|\)|:|\^/);
      }),
    );
  });
});

describe("snippetParts", () => {
  it("splits a marked snippet into text and hits", () => {
    expect(snippetParts(`…killed ${HIT_START}233${HIT_END} ISIS ${HIT_START}fighters${HIT_END}.`)).toEqual([
      { text: "…killed ", hit: false },
      { text: "233", hit: true },
      { text: " ISIS ", hit: false },
      { text: "fighters", hit: true },
      { text: ".", hit: false },
    ]);
  });

  it("gives back the text without its marks", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.boolean())), (pieces) => {
        const marked = pieces.map(([t, hit]) => (hit ? `${HIT_START}${stripMarks(t)}${HIT_END}` : stripMarks(t))).join("");
        expect(snippetParts(marked).map((p) => p.text).join("")).toBe(stripMarks(marked));
      }),
    );
  });
});
