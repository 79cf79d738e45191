import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractionChunks } from "./extraction-chunks";

describe("extractionChunks", () => {
  it("cuts at line ends, never inside a paragraph, when a paragraph fits", () => {
    const text = ["First paragraph of the report.", "Second one, with 12 figures.", "Third."].join("\n\n");
    const chunks = extractionChunks(text, 40);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks.slice(0, -1)) expect(c.text.endsWith("\n")).toBe(true);
  });

  it("tiles the text exactly, with offsets that point back into it", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 1, max: 60 }), (text, max) => {
        const chunks = extractionChunks(text, max);
        expect(chunks.map((c) => c.text).join("")).toBe(text);
        for (const c of chunks) expect(text.slice(c.offset, c.offset + c.text.length)).toBe(c.text);
      }),
    );
  });
});
