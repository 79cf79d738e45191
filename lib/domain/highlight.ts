/**
 * Splitting an article into pieces a page can render with claim highlights: each piece knows
 * which claims' quotes cover it and which claims' figure words ("surfaces") it holds.
 */
import { isValidSpan, type TextSpan } from "./quote-selector";

export type HighlightMark = {
  /** The claim's id. */
  id: string;
  quote: TextSpan;
  /** The figure's own words inside the quote, when they were found. */
  surface: TextSpan | null;
};

export type Segment = {
  start: number;
  end: number;
  text: string;
  /** Claims whose quote covers this segment, in the order of the marks. */
  quoteIds: string[];
  /** Claims whose figure words cover this segment, in the order of the marks. */
  surfaceIds: string[];
};

export type HighlightResult = {
  segments: Segment[];
  /** Ids of marks left out: spans outside the text, inverted or empty, a surface outside its quote, or a repeated id. */
  rejected: string[];
};

const covers = (span: TextSpan, start: number, end: number) => span.start <= start && end <= span.end;

function isUsableMark(text: string, mark: HighlightMark): boolean {
  // An empty quote covers no character, so it could never be shown.
  if (!isValidSpan(text, mark.quote) || mark.quote.start === mark.quote.end) return false;
  if (mark.surface === null) return true;
  return isValidSpan(text, mark.surface) && mark.surface.start < mark.surface.end && covers(mark.quote, mark.surface.start, mark.surface.end);
}

/**
 * Cuts the text at every start and end of the usable marks. Every cut changes some claim's
 * coverage, because ids are unique and spans non-empty, so neighbouring segments always differ
 * and never need merging.
 */
export function highlightSegments(text: string, marks: readonly HighlightMark[]): HighlightResult {
  const usable: HighlightMark[] = [];
  const rejected: string[] = [];
  const seenIds = new Set<string>();
  for (const mark of marks) {
    if (seenIds.has(mark.id) || !isUsableMark(text, mark)) {
      rejected.push(mark.id);
      continue;
    }
    seenIds.add(mark.id);
    usable.push(mark);
  }

  const cuts = new Set<number>([0, text.length]);
  for (const { quote, surface } of usable) {
    cuts.add(quote.start).add(quote.end);
    if (surface) cuts.add(surface.start).add(surface.end);
  }
  const sortedCuts = [...cuts].sort((a, b) => a - b);

  const segments: Segment[] = [];
  for (let i = 0; i + 1 < sortedCuts.length; i++) {
    const start = sortedCuts[i]!;
    const end = sortedCuts[i + 1]!;
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      quoteIds: usable.filter((m) => covers(m.quote, start, end)).map((m) => m.id),
      surfaceIds: usable.filter((m) => m.surface !== null && covers(m.surface, start, end)).map((m) => m.id),
    });
  }
  return { segments, rejected };
}

/**
 * Groups segments into the text's lines, so a page can render one <p> per line. Every "\n"
 * separates two paragraphs and is dropped; a blank line becomes an empty paragraph, which keeps
 * `paragraphs.map(text).join("\n")` equal to the text (pages may skip the empty ones).
 * Throws a RangeError if the segments do not tile the text, as highlightSegments' output does.
 */
export function paragraphs(segments: readonly Segment[], text: string): Segment[][] {
  const result: Segment[][] = [];
  let current: Segment[] = [];
  let expectedStart = 0;
  for (const segment of segments) {
    if (segment.start !== expectedStart || segment.end <= segment.start || segment.end > text.length) {
      throw new RangeError(`Segments must tile the text; found ${segment.start}–${segment.end} at ${expectedStart}.`);
    }
    expectedStart = segment.end;
    let lineStart = segment.start;
    const lines = text.slice(segment.start, segment.end).split("\n");
    for (const [i, line] of lines.entries()) {
      if (i > 0) {
        result.push(current);
        current = [];
      }
      if (line !== "") {
        const end = lineStart + line.length;
        current.push({ start: lineStart, end, text: line, quoteIds: [...segment.quoteIds], surfaceIds: [...segment.surfaceIds] });
      }
      lineStart += line.length + 1;
    }
  }
  if (expectedStart !== text.length) {
    throw new RangeError(`Segments must tile the text; they stop at ${expectedStart} of ${text.length}.`);
  }
  result.push(current);
  return result;
}
