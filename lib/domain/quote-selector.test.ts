import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CONTEXT_LENGTH,
  anchorQuote,
  contextAround,
  countOccurrences,
  locateWithin,
  resolveAnchor,
  type QuoteAnchor,
} from "./quote-selector";

const article =
  "The ministry said 2,500 people were displaced. Aid groups put the number higher. " +
  "By Friday, officials said 2,500 people had returned home.";

describe("anchorQuote", () => {
  it("stores the quote, its position and up to 32 characters of context on each side", () => {
    const anchor = anchorQuote(article, "2,500 people", 1);
    expect(anchor).not.toBeNull();
    const { start, end, prefix, suffix } = anchor!;
    expect(article.slice(start, end)).toBe("2,500 people");
    expect(start).toBe(article.lastIndexOf("2,500 people"));
    expect(prefix).toBe(article.slice(start - 32, start));
    expect(prefix).toHaveLength(32);
    expect(suffix).toBe(" had returned home.");
  });

  it("cuts the context at the edges of the text", () => {
    expect(anchorQuote("42 dead", "42")).toEqual({ exact: "42", prefix: "", suffix: " dead", start: 0, end: 2 });
  });

  it("returns null for a missing quote, an empty quote or an occurrence past the last", () => {
    expect(anchorQuote(article, "3,000")).toBeNull();
    expect(anchorQuote(article, "")).toBeNull();
    expect(anchorQuote(article, "2,500", 2)).toBeNull();
    expect(anchorQuote(article, "2,500", -1)).toBeNull();
    expect(anchorQuote(article, "2,500", 0.5)).toBeNull();
  });

  it("counts occurrences without overlap, like countOccurrences", () => {
    expect(anchorQuote("aaaa", "aa", 1)?.start).toBe(2);
    expect(anchorQuote("aaaa", "aa", 2)).toBeNull();
  });

  it("does not split a surrogate pair when cutting the context", () => {
    const text = "😀".repeat(20) + "X" + "😀".repeat(20);
    const anchor = anchorQuote(text, "X")!;
    expect(anchor.prefix).toBe("😀".repeat(16));
    expect(anchor.suffix).toBe("😀".repeat(16));
    // Here 32 code units back falls between the two halves of an emoji.
    const odd = "😀".repeat(20) + "aX";
    expect(anchorQuote(odd, "X")!.prefix).toBe("😀".repeat(15) + "a");
  });

  it("finds exactly the quote and the text around it, for any text (property)", () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1, maxLength: 4 }), fc.nat(3), (text, exact, occurrence) => {
        const anchor = anchorQuote(text, exact, occurrence);
        if (occurrence >= countOccurrences(text, exact)) return anchor === null;
        if (anchor === null) return false;
        return (
          text.slice(anchor.start, anchor.end) === exact &&
          text.slice(0, anchor.start).endsWith(anchor.prefix) &&
          text.slice(anchor.end).startsWith(anchor.suffix) &&
          anchor.prefix.length <= CONTEXT_LENGTH &&
          anchor.suffix.length <= CONTEXT_LENGTH
        );
      }),
    );
  });
});

describe("countOccurrences", () => {
  it("counts left to right without overlap", () => {
    expect(countOccurrences(article, "2,500 people")).toBe(2);
    expect(countOccurrences("aaaa", "aa")).toBe(2);
    expect(countOccurrences("aaa", "aa")).toBe(1);
    expect(countOccurrences(article, "")).toBe(0);
    expect(countOccurrences("", "a")).toBe(0);
  });
});

describe("resolveAnchor", () => {
  const second = anchorQuote(article, "2,500 people", 1)!;

  it("trusts the stored position when the text there is still the quote", () => {
    expect(resolveAnchor(article, second)).toEqual({ start: second.start, end: second.end });
  });

  it("follows the quote when text is inserted before it", () => {
    const edited = "UPDATED: " + article;
    expect(resolveAnchor(edited, second)).toEqual({ start: second.start + 9, end: second.end + 9 });
  });

  it("picks the occurrence whose context matches, not the nearest one", () => {
    // Padding moves the first occurrence to 3 characters from the old position of the second.
    const padding = second.start - article.indexOf("2,500 people") + 3;
    const edited = "x".repeat(padding) + article;
    expect(resolveAnchor(edited, second)).toEqual({ start: second.start + padding, end: second.end + padding });
  });

  it("ties on context go to the occurrence nearest the old position", () => {
    const anchor: QuoteAnchor = { exact: "7", prefix: "", suffix: "", start: 11, end: 12 };
    expect(resolveAnchor("7........7....7", anchor)).toEqual({ start: 9, end: 10 });
    expect(resolveAnchor("7..........7.....7", anchor)).toEqual({ start: 11, end: 12 });
    expect(resolveAnchor("7............7", anchor)).toEqual({ start: 13, end: 14 });
    // Equally near on both sides: the earlier one, so the result does not depend on search order.
    expect(resolveAnchor("7........7...7", anchor)).toEqual({ start: 9, end: 10 });
  });

  it("tells repeated quotes apart by their context after edits around them", () => {
    const text = "Officials counted 12 deaths on Monday and 12 deaths on Tuesday.";
    const tuesday = anchorQuote(text, "12 deaths", 1)!;
    const edited = text.replace("on Tuesday", "on Tuesday night").replace("Officials", "The officials");
    const resolved = resolveAnchor(edited, tuesday)!;
    expect(edited.slice(resolved.end)).toBe(" on Tuesday night.");
  });

  it("returns null when the quote is gone", () => {
    expect(resolveAnchor(article.replace(/2,500/g, "2,600"), second)).toBeNull();
  });

  it("ignores stored positions that fall outside the text", () => {
    const stale: QuoteAnchor = { ...second, start: 999, end: 1011 };
    expect(resolveAnchor(article, stale)).toEqual({ start: second.start, end: second.end });
  });

  // Few letters, so that quotes repeat and contexts collide.
  const repetitiveText = fc.string({ unit: fc.constantFrom("a", "b", " "), minLength: 1 });
  const anchoredQuote = fc
    .tuple(repetitiveText, fc.nat(), fc.integer({ min: 1, max: 3 }))
    .map(([text, seed, length]) => {
      const start = seed % text.length;
      const exact = text.slice(start, start + length);
      const count = countOccurrences(text, exact);
      return { text, anchor: anchorQuote(text, exact, seed % count)! };
    });

  it("finds every anchored quote again in the unchanged text (property)", () => {
    fc.assert(
      fc.property(anchoredQuote, ({ text, anchor }) => {
        expect(resolveAnchor(text, anchor)).toEqual({ start: anchor.start, end: anchor.end });
      }),
    );
  });

  it("lands on the quote after any edit that leaves the quote itself intact (property)", () => {
    fc.assert(
      fc.property(
        anchoredQuote,
        fc.nat(),
        fc.string({ unit: fc.constantFrom("a", "b", " ") }),
        ({ text, anchor }, seed, inserted) => {
          const outside = [...Array(text.length + 1).keys()].filter((i) => i <= anchor.start || i >= anchor.end);
          const at = outside[seed % outside.length]!;
          const edited = text.slice(0, at) + inserted + text.slice(at);
          const resolved = resolveAnchor(edited, anchor);
          expect(resolved).not.toBeNull();
          expect(edited.slice(resolved!.start, resolved!.end)).toBe(anchor.exact);
        },
      ),
    );
  });
});

describe("locateWithin", () => {
  const text = "He said about 2,500 people, or 2,500 families, left.";
  const quote = { start: text.indexOf("or"), end: text.indexOf(" left") };

  it("returns the absolute position of the first occurrence inside the span", () => {
    expect(locateWithin(text, quote, "2,500")).toEqual({ start: 31, end: 36 });
    expect(text.slice(31, 36)).toBe("2,500");
  });

  it("ignores occurrences outside the span, even partly outside", () => {
    expect(locateWithin(text, quote, "about")).toBeNull();
    expect(locateWithin(text, { start: 14, end: 18 }, "2,500")).toBeNull();
    expect(locateWithin(text, { start: 14, end: 19 }, "2,500")).toEqual({ start: 14, end: 19 });
  });

  it("returns null for an empty inner text or a span outside the text", () => {
    expect(locateWithin(text, quote, "")).toBeNull();
    expect(locateWithin(text, { start: 5, end: 999 }, "2,500")).toBeNull();
    expect(locateWithin(text, { start: 20, end: 10 }, "2,500")).toBeNull();
  });
});

describe("contextAround", () => {
  const text = "One two three four five six seven eight nine ten";
  const span = { start: text.indexOf("five"), end: text.indexOf("five") + 4 };

  it("cuts between words and says where it cut", () => {
    // A radius of 8 reaches into "three" and "seven"; the cut moves out of both words.
    expect(contextAround(text, span, 8)).toEqual({
      before: "four ",
      match: "five",
      after: " six",
      truncatedBefore: true,
      truncatedAfter: true,
    });
  });

  it("keeps a cut that already falls between words", () => {
    // 11 back from "five" lands right after "two "; 10 ahead lands right after "seven".
    expect(contextAround(text, span, 11).before).toBe("three four ");
    expect(contextAround(text, span, 10).after).toBe(" six seven");
  });

  it("returns the whole text around the span when the radius reaches both ends", () => {
    expect(contextAround(text, span, 100)).toEqual({
      before: "One two three four ",
      match: "five",
      after: " six seven eight nine ten",
      truncatedBefore: false,
      truncatedAfter: false,
    });
  });

  it("cuts inside a word when the window holds no break", () => {
    const url = "See https://example.org/figures/2500/report for more";
    const at = url.indexOf("2500");
    const result = contextAround(url, { start: at, end: at + 4 }, 5);
    expect(result.before).toBe("ures/");
    expect(result.after).toBe("/repo");
  });

  it("rejects a span that does not fit the text", () => {
    expect(() => contextAround(text, { start: 40, end: 60 }, 5)).toThrow(RangeError);
    expect(() => contextAround(text, span, -1)).toThrow(RangeError);
  });

  it("always returns text that reassembles into a slice around the match (property)", () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), fc.nat(), fc.nat(40), (text, a, b, radius) => {
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        const result = contextAround(text, { start, end }, radius);
        expect(result.match).toBe(text.slice(start, end));
        expect(text.slice(0, start).endsWith(result.before)).toBe(true);
        expect(text.slice(end).startsWith(result.after)).toBe(true);
        expect(result.before.length).toBeLessThanOrEqual(radius);
        expect(result.after.length).toBeLessThanOrEqual(radius);
        expect(result.truncatedBefore).toBe(start > radius);
        expect(result.truncatedAfter).toBe(text.length - end > radius);
        if (!result.truncatedBefore) expect(result.before).toBe(text.slice(0, start));
        if (!result.truncatedAfter) expect(result.after).toBe(text.slice(end));
      }),
    );
  });
});
