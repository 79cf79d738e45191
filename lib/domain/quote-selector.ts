/**
 * Anchoring quotes in article text, after the W3C Web Annotation model: a quote is stored both
 * as a TextQuoteSelector (exact + prefix + suffix) and as a TextPositionSelector (start + end),
 * so it can be found again when the stored text is re-pasted or lightly edited.
 *
 * All offsets are UTF-16 code unit indices (what String.prototype.slice uses); ends are exclusive.
 */

/** A text range: start inclusive, end exclusive. */
export type TextSpan = { start: number; end: number };

export type QuoteAnchor = {
  exact: string;
  /** Up to CONTEXT_LENGTH characters before the quote, shorter at the start of the text. */
  prefix: string;
  /** Up to CONTEXT_LENGTH characters after the quote, shorter at the end of the text. */
  suffix: string;
  start: number;
  end: number;
};

export type QuoteInContext = {
  before: string;
  match: string;
  after: string;
  truncatedBefore: boolean;
  truncatedAfter: boolean;
};

/** Enough context to tell repeated phrases apart, short enough to store beside every claim. */
export const CONTEXT_LENGTH = 32;

/** Starts of the non-overlapping occurrences of `exact`, left to right. */
function nonOverlappingStarts(text: string, exact: string): number[] {
  const starts: number[] = [];
  if (exact === "") return starts;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + exact.length)) {
    starts.push(at);
  }
  return starts;
}

/** Starts of every occurrence of `exact`, including overlapping ones. */
function allStarts(text: string, exact: string): number[] {
  const starts: number[] = [];
  if (exact === "") return starts;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    starts.push(at);
  }
  return starts;
}

export function isValidSpan(text: string, span: TextSpan): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start <= span.end &&
    span.end <= text.length
  );
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Moves a cut point off the middle of a surrogate pair, so stored context is valid Unicode. */
function cutBackward(text: string, at: number): number {
  return at > 0 && at < text.length && isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1))
    ? at + 1
    : at;
}
function cutForward(text: string, at: number): number {
  return at > 0 && at < text.length && isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1))
    ? at - 1
    : at;
}

/**
 * Anchors the `occurrence`-th (0-based) occurrence of `exact` in `text`.
 * Occurrences are counted left to right without overlap, as in countOccurrences.
 */
export function anchorQuote(text: string, exact: string, occurrence = 0): QuoteAnchor | null {
  if (!Number.isInteger(occurrence) || occurrence < 0) return null;
  const start = nonOverlappingStarts(text, exact)[occurrence];
  if (start === undefined) return null;
  const end = start + exact.length;
  return {
    exact,
    prefix: text.slice(cutBackward(text, Math.max(0, start - CONTEXT_LENGTH)), start),
    suffix: text.slice(end, cutForward(text, Math.min(text.length, end + CONTEXT_LENGTH))),
    start,
    end,
  };
}

/** How many non-overlapping occurrences of `exact` the text holds; 0 for an empty `exact`. */
export function countOccurrences(text: string, exact: string): number {
  return nonOverlappingStarts(text, exact).length;
}

function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let n = 0;
  while (n < limit && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

function commonSuffixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let n = 0;
  while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** How much of the stored context still surrounds a candidate occurrence. */
function contextScore(text: string, anchor: QuoteAnchor, start: number): number {
  const end = start + anchor.exact.length;
  const before = text.slice(Math.max(0, start - anchor.prefix.length), start);
  const after = text.slice(end, end + anchor.suffix.length);
  return commonSuffixLength(anchor.prefix, before) + commonPrefixLength(anchor.suffix, after);
}

/**
 * Finds a stored quote again in a text that may have changed since it was anchored.
 * The stored positions win when they still hold the quote; otherwise the occurrence with the
 * best-matching context wins, and ties go to the one nearest the old position.
 */
export function resolveAnchor(text: string, anchor: QuoteAnchor): TextSpan | null {
  if (anchor.exact === "") return null;
  if (isValidSpan(text, anchor) && text.slice(anchor.start, anchor.end) === anchor.exact) {
    return { start: anchor.start, end: anchor.end };
  }
  // Overlapping starts too: an edit can shift the quote onto a position that the
  // left-to-right count of the new text would skip.
  let best: { start: number; score: number; distance: number } | null = null;
  for (const start of allStarts(text, anchor.exact)) {
    const score = contextScore(text, anchor, start);
    const distance = Math.abs(start - anchor.start);
    if (best === null || score > best.score || (score === best.score && distance < best.distance)) {
      best = { start, score, distance };
    }
  }
  return best === null ? null : { start: best.start, end: best.start + anchor.exact.length };
}

/**
 * The first occurrence of `inner` that lies wholly inside `outer`, in absolute offsets;
 * e.g. the words of a figure inside the quote that states it.
 */
export function locateWithin(text: string, outer: TextSpan, inner: string): TextSpan | null {
  if (inner === "" || !isValidSpan(text, outer)) return null;
  const start = text.indexOf(inner, outer.start);
  // A later occurrence would end even further right, so the first one decides.
  if (start === -1 || start + inner.length > outer.end) return null;
  return { start, end: start + inner.length };
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/**
 * A span with up to `radius` characters of the text on each side, cut between words where the
 * window allows it (a window that holds a single long word is cut inside it instead).
 * Throws a RangeError for a span that does not fit the text: showing the wrong words as a
 * quote's context would be worse than showing none.
 */
export function contextAround(text: string, span: TextSpan, radius: number): QuoteInContext {
  if (!isValidSpan(text, span)) {
    throw new RangeError(`Span ${span.start}–${span.end} does not fit a text of length ${text.length}.`);
  }
  if (Number.isNaN(radius) || radius < 0) throw new RangeError(`Radius must be 0 or more, got ${radius}.`);
  const reach = Math.floor(radius);

  let from = Math.max(0, span.start - reach);
  if (from > 0 && !isSpace(text[from - 1])) {
    const firstBreak = text.slice(from, span.start).search(/\s/);
    from = firstBreak === -1 ? cutBackward(text, from) : from + firstBreak;
  }
  let to = Math.min(text.length, span.end + reach);
  if (to < text.length && !isSpace(text[to])) {
    const window = text.slice(span.end, to);
    const lastBreak = window.search(/\s\S*$/);
    to = lastBreak === -1 ? cutForward(text, to) : span.end + lastBreak;
  }

  const truncatedBefore = from > 0;
  const truncatedAfter = to < text.length;
  const before = text.slice(from, span.start);
  const after = text.slice(span.end, to);
  return {
    // Whitespace at a cut would sit between the text and the ellipsis a page puts there.
    before: truncatedBefore ? before.trimStart() : before,
    match: text.slice(span.start, span.end),
    after: truncatedAfter ? after.trimEnd() : after,
    truncatedBefore,
    truncatedAfter,
  };
}
