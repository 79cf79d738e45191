import { describe, expect, it } from "vitest";
import { readSeeds } from "@/lib/seed/read-seeds";
import { MAX_FILE_BYTES, MAX_TEXT_CHARS, decodeArticleBytes, makeExtractRequestSchema, runExtraction } from "./extract-input";
import { extractionContextFromTaxonomy } from "./taxonomy-context";

const schema = makeExtractRequestSchema(() => "2025-01-01");
const messages = (input: unknown) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("extractRequestSchema", () => {
  it("accepts text with or without a publication day", () => {
    expect(schema.parse({ text: "153 attacks" })).toEqual({ text: "153 attacks", publishedOn: null });
    expect(schema.parse({ text: "153 attacks", publishedOn: "2024-08-13" }).publishedOn).toBe("2024-08-13");
    expect(schema.parse({ text: "153 attacks", publishedOn: "2025-01-01" }).publishedOn).toBe("2025-01-01");
  });

  it.each([
    [{ text: "" }, "text: The text is empty."],
    [{ text: " \n\t " }, "text: The text is empty."],
    [{ text: "a\u0000b" }, "text: The text contains NUL characters: it looks like binary data, not an article."],
    [{ text: "x".repeat(MAX_TEXT_CHARS + 1) }, "text: The text is too long: at most 1,000,000 characters."],
    [{ text: "ok", publishedOn: "13/08/2024" }, "publishedOn: Use the form YYYY-MM-DD."],
    [{ text: "ok", publishedOn: "2024-02-30" }, "publishedOn: That is not a real calendar day."],
    [{ text: "ok", publishedOn: "2025-01-02" }, "publishedOn: The publication date is in the future."],
  ])("refuses %j", (input, message) => {
    expect(messages(input)).toContain(message);
  });
});

describe("decodeArticleBytes", () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it("decodes UTF-8 and drops a byte-order mark", () => {
    expect(decodeArticleBytes(bytes("\uFEFFAbout 2,500 fighters"))).toEqual({ ok: true, text: "About 2,500 fighters" });
  });
  it.each([
    ["empty", new Uint8Array(), "The file is empty."],
    ["NUL bytes", new Uint8Array([65, 0, 66]), "The file contains NUL bytes: it looks like binary data, not an article."],
    ["invalid UTF-8", new Uint8Array([0xff, 0xfe, 0x41]), "The file is not valid UTF-8 text."],
    ["over 1 MB", new Uint8Array(MAX_FILE_BYTES + 1).fill(97), "The file is 1,000,001 bytes; the limit is 1,000,000 bytes (1 MB)."],
  ])("refuses %s", (_name, input, message) => {
    expect(decodeArticleBytes(input)).toEqual({ ok: false, message });
  });
});

describe("runExtraction", () => {
  it("extracts with the ledger's places and metrics", () => {
    const context = extractionContextFromTaxonomy(readSeeds().taxonomy);
    const result = runExtraction(schema.parse({ text: "In April, CENTCOM reported approximately 2,500 ISIS fighters in Syria and Iraq.", publishedOn: "2024-08-13" }), context);
    expect(result.count).toBe(1);
    expect(result.proposals[0]).toMatchObject({
      surface: "approximately 2,500",
      best: "2500",
      qualifier: "approximately",
      metric: { slug: "isis-fighters", noun: "fighters" },
      place: { slug: "syria-and-iraq" },
      period: { start: "2024-04-01", end: "2024-04-30", label: "In April" },
      attribution: "CENTCOM",
    });
  });
});
