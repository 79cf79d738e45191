import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { highlightSegments, paragraphs, type HighlightMark, type Segment } from "./highlight";

const span = (start: number, end: number) => ({ start, end });
const brief = (segments: Segment[]) => segments.map((s) => [s.text, s.quoteIds.join(","), s.surfaceIds.join(",")]);

describe("highlightSegments", () => {
  const text = "Officials said 2,500 people fled. Others said 3,000.";
  //            0         1         2         3         4         5
  //            0123456789012345678901234567890123456789012345678901

  it("cuts at every quote and surface boundary and labels each piece", () => {
    const { segments, rejected } = highlightSegments(text, [
      { id: "a", quote: span(0, 33), surface: span(15, 20) },
      { id: "b", quote: span(34, 52), surface: span(46, 51) },
    ]);
    expect(rejected).toEqual([]);
    expect(brief(segments)).toEqual([
      ["Officials said ", "a", ""],
      ["2,500", "a", "a"],
      [" people fled.", "a", ""],
      [" ", "", ""],
      ["Others said ", "b", ""],
      ["3,000", "b", "b"],
      [".", "b", ""],
    ]);
  });

  it("lists every claim of an overlapping or identical quote, in the order of the marks", () => {
    const { segments } = highlightSegments(text, [
      { id: "late", quote: span(15, 33), surface: null },
      { id: "early", quote: span(0, 27), surface: span(15, 20) },
      { id: "twin", quote: span(15, 33), surface: null },
    ]);
    expect(brief(segments)).toEqual([
      ["Officials said ", "early", ""],
      ["2,500", "late,early,twin", "early"],
      [" people", "late,early,twin", ""],
      [" fled.", "late,twin", ""],
      [" Others said 3,000.", "", ""],
    ]);
  });

  it("leaves out and reports marks it cannot draw", () => {
    const { segments, rejected } = highlightSegments(text, [
      { id: "past-end", quote: span(40, 60), surface: null },
      { id: "inverted", quote: span(20, 10), surface: null },
      { id: "negative", quote: span(-1, 5), surface: null },
      { id: "fractional", quote: span(0.5, 5), surface: null },
      { id: "empty", quote: span(5, 5), surface: null },
      { id: "surface-outside", quote: span(0, 10), surface: span(8, 12) },
      { id: "empty-surface", quote: span(0, 10), surface: span(3, 3) },
      { id: "ok", quote: span(0, 9), surface: null },
      { id: "ok", quote: span(15, 20), surface: null },
    ]);
    expect(rejected).toEqual([
      "past-end",
      "inverted",
      "negative",
      "fractional",
      "empty",
      "surface-outside",
      "empty-surface",
      "ok",
    ]);
    expect(brief(segments)).toEqual([
      ["Officials", "ok", ""],
      [text.slice(9), "", ""],
    ]);
  });

  it("returns one plain segment without marks, and none for an empty text", () => {
    expect(highlightSegments(text, []).segments).toEqual([
      { start: 0, end: text.length, text, quoteIds: [], surfaceIds: [] },
    ]);
    expect(highlightSegments("", [{ id: "x", quote: span(0, 0), surface: null }])).toEqual({
      segments: [],
      rejected: ["x"],
    });
  });

  // Up to six marks with spans anywhere in (and a little beyond) the text.
  const textAndMarks = fc.string({ maxLength: 40 }).chain((text) => {
    const offset = fc.integer({ min: -2, max: text.length + 2 });
    const mark = fc.record({
      quote: fc.record({ start: offset, end: offset }),
      surface: fc.option(fc.record({ start: offset, end: offset })),
    });
    return fc.tuple(
      fc.constant(text),
      fc.array(mark, { maxLength: 6 }).map((ms) => ms.map((m, i): HighlightMark => ({ id: `m${i}`, ...m }))),
    );
  });

  it("tiles the text with non-empty segments whose ids are exactly the covering marks (property)", () => {
    fc.assert(
      fc.property(textAndMarks, ([text, marks]) => {
        const { segments, rejected } = highlightSegments(text, marks);
        expect(segments.map((s) => s.text).join("")).toBe(text);
        let at = 0;
        for (const s of segments) {
          expect(s.start).toBe(at);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.text).toBe(text.slice(s.start, s.end));
          at = s.end;
        }
        const drawn = marks.filter((m) => !rejected.includes(m.id));
        for (const s of segments) {
          for (let i = s.start; i < s.end; i++) {
            const inside = (x: { start: number; end: number } | null) => x !== null && x.start <= i && i < x.end;
            expect(s.quoteIds).toEqual(drawn.filter((m) => inside(m.quote)).map((m) => m.id));
            expect(s.surfaceIds).toEqual(drawn.filter((m) => inside(m.surface)).map((m) => m.id));
          }
        }
      }),
    );
  });

  it("rejects exactly the marks with unusable spans (property)", () => {
    fc.assert(
      fc.property(textAndMarks, ([text, marks]) => {
        const fits = (x: { start: number; end: number }) => 0 <= x.start && x.start < x.end && x.end <= text.length;
        const usable = (m: HighlightMark) =>
          fits(m.quote) && (m.surface === null || (fits(m.surface) && m.quote.start <= m.surface.start && m.surface.end <= m.quote.end));
        expect(highlightSegments(text, marks).rejected).toEqual(marks.filter((m) => !usable(m)).map((m) => m.id));
      }),
    );
  });

  it("puts a cut at every boundary of a drawn mark and never two equal neighbours (property)", () => {
    fc.assert(
      fc.property(textAndMarks, ([text, marks]) => {
        const { segments, rejected } = highlightSegments(text, marks);
        const cuts = new Set(segments.map((s) => s.start));
        for (const m of marks.filter((m) => !rejected.includes(m.id))) {
          for (const x of [m.quote, m.surface]) {
            if (x === null) continue;
            expect(cuts.has(x.start)).toBe(true);
            expect(x.end === text.length || cuts.has(x.end)).toBe(true);
          }
        }
        for (let i = 1; i < segments.length; i++) {
          const [a, b] = [segments[i - 1]!, segments[i]!];
          expect(a.quoteIds.join() === b.quoteIds.join() && a.surfaceIds.join() === b.surfaceIds.join()).toBe(false);
        }
      }),
    );
  });
});

describe("paragraphs", () => {
  it("splits at every newline, drops the newlines and splits segments that span one", () => {
    const text = "First line, 12 dead.\n\nSecond 40\npercent.";
    const quote = span(text.indexOf("12"), text.indexOf("percent") + 7);
    const { segments } = highlightSegments(text, [{ id: "q", quote, surface: null }]);
    const result = paragraphs(segments, text).map((p) => p.map((s) => [s.text, s.start, s.quoteIds.join()]));
    expect(result).toEqual([
      [
        ["First line, ", 0, ""],
        ["12 dead.", 12, "q"],
      ],
      [],
      [["Second 40", 22, "q"]],
      [
        ["percent", 32, "q"],
        [".", 39, ""],
      ],
    ]);
  });

  it("gives one empty paragraph for an empty text and two around a lone newline", () => {
    expect(paragraphs([], "")).toEqual([[]]);
    expect(paragraphs(highlightSegments("\n", []).segments, "\n")).toEqual([[], []]);
  });

  it("refuses segments that do not tile the text", () => {
    const { segments } = highlightSegments("abc\ndef", []);
    expect(() => paragraphs(segments, "abc\ndefg")).toThrow(RangeError);
    expect(() => paragraphs(segments.slice(1), "abc\ndef")).toThrow(RangeError);
  });

  it("reproduces the text when paragraph texts are joined with newlines (property)", () => {
    const lineyText = fc.string({ unit: fc.constantFrom("a", "b", "\n", " "), maxLength: 40 });
    const marks = fc.array(fc.tuple(fc.nat(40), fc.nat(40)), { maxLength: 4 });
    fc.assert(
      fc.property(lineyText, marks, (text, pairs) => {
        const { segments } = highlightSegments(
          text,
          pairs.map(([a, b], i) => ({ id: `m${i}`, quote: span(Math.min(a, b), Math.max(a, b)), surface: null })),
        );
        const result = paragraphs(segments, text);
        expect(result.map((p) => p.map((s) => s.text).join("")).join("\n")).toBe(text);
        for (const piece of result.flat()) {
          expect(piece.text).not.toContain("\n");
          expect(piece.text).toBe(text.slice(piece.start, piece.end));
          expect(piece.text).not.toBe("");
        }
      }),
    );
  });
});
