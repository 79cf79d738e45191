/**
 * A copy of the article that the grammar reads, of exactly the same length, so that every offset
 * found in it is an offset in the original (surfaces and quotes are always cut from the original).
 *
 * Pasted articles carry typographic and encoding noise: curly quotes, non-breaking spaces, and
 * "Â" + no-break space where a page's UTF-8 was read as Latin-1. Each of these becomes the plain
 * character of the same length, so "approximately\u00c2\u00a095,000" reads as
 * "approximately  95,000".
 */
const ONE_FOR_ONE: Record<string, string> = {
  "\u00a0": " ",
  "\u2007": " ",
  "\u202f": " ",
  "\u2009": " ",
  "\u200a": " ",
  "\u2018": "'",
  "\u2019": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2212": "-",
};

export function analysisText(text: string): string {
  return text
    .replace(/\u00c2(?=[\u00a0\u2009\u202f])/g, " ")
    .replace(/[\u00a0\u2007\u202f\u2009\u200a\u2018\u2019\u201c\u201d\u2010-\u2014\u2212]/g, (ch) => ONE_FOR_ONE[ch] ?? ch);
}
