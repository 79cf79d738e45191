import { describe, expect, it } from "vitest";
import { sourceTitle } from "./source-name";

describe("sourceTitle", () => {
  it("uses the title when there is one", () => {
    expect(sourceTitle({ title: "ISIS resurgence", outlet: "Shafaq News", publishedAt: "2024-08-13" })).toBe("ISIS resurgence");
  });

  it("names an untitled source by its outlet and date, never by a number", () => {
    expect(sourceTitle({ title: null, outlet: "Shafaq News", publishedAt: "2024-08-13" })).toBe("Shafaq News, 13 Aug 2024");
    expect(sourceTitle({ title: "  ", outlet: "Shafaq News", publishedAt: null })).toBe("Shafaq News, undated");
  });

  it("falls back to the first words of the text", () => {
    expect(sourceTitle({ title: null, outlet: null, excerpt: "The Islamic State has regained strength in Syria and Iraq, officials say." })).toBe(
      "“The Islamic State has regained strength in Syria…”",
    );
    expect(sourceTitle({ title: null, excerpt: "Short note." })).toBe("“Short note”");
    expect(sourceTitle({ title: null })).toBe("An untitled, undated article");
  });
});
