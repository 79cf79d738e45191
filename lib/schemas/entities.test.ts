import { describe, expect, it } from "vitest";
import { actorInputSchema, outletInputSchema, placeInputSchema, sourceEditSchema } from "./entities";
import { assertSourceTextSize, InputTooLargeError, SOURCE_TEXT_LIMIT } from "./limits";

describe("the schemas of what editors create", () => {
  it("reads aliases from a list or from comma-separated text, dropping blanks", () => {
    expect(actorInputSchema.parse({ name: "Syrian Observatory for Human Rights", aliases: "SOHR, , Observatory ;Monitor", kind: "ngo" }).aliases).toEqual(["SOHR", "Observatory", "Monitor"]);
    expect(actorInputSchema.parse({ name: "SOHR", aliases: [" a ", ""], kind: "ngo" }).aliases).toEqual(["a"]);
    expect(actorInputSchema.safeParse({ name: "X", kind: "ngo" }).error?.issues[0]?.path).toEqual(["name"]);
    expect(actorInputSchema.safeParse({ name: "Someone", kind: "wizard" }).error?.issues[0]?.path).toEqual(["kind"]);
  });

  it("keeps a Wikidata id as typed, upper-cased, and refuses what is not one", () => {
    expect(outletInputSchema.parse({ name: "JFeed", wikidataId: "q42" })).toMatchObject({ kind: "news_outlet", wikidataId: "Q42", affiliation: null });
    expect(outletInputSchema.parse({ name: "JFeed", wikidataId: "" }).wikidataId).toBeNull();
    expect(outletInputSchema.safeParse({ name: "JFeed", wikidataId: "https://wikidata.org/Q42" }).error?.issues[0]?.message).toMatch(/Q1123/);
  });

  it("requires a parent for a province, city or site, not for a country", () => {
    expect(placeInputSchema.safeParse({ name: "Manbij", kind: "city" }).error?.issues.map((i) => i.path)).toEqual([["parent"]]);
    expect(placeInputSchema.parse({ name: "Syria", kind: "country", iso2: "sy" })).toMatchObject({ parent: null, iso2: "SY" });
  });

  it("asks a source edit for a reason and for a date or undated", () => {
    const edit = { title: "T", reason: "fixed the title", expectedVersion: "2" };
    expect(sourceEditSchema.parse({ ...edit, undated: "on" })).toMatchObject({ publishedAt: null, undated: true, expectedVersion: 2, outlet: null, url: null });
    expect(sourceEditSchema.safeParse(edit).error?.issues[0]?.path).toEqual(["publishedAt"]);
    expect(sourceEditSchema.safeParse({ ...edit, publishedAt: "2024-02-30" }).error?.issues[0]?.path).toEqual(["publishedAt"]);
  });

  it("refuses a text over the limit with an error that names the limit and the field", () => {
    expect(() => assertSourceTextSize("a".repeat(SOURCE_TEXT_LIMIT))).not.toThrow();
    const error = (() => {
      try {
        assertSourceTextSize("a".repeat(SOURCE_TEXT_LIMIT + 1));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputTooLargeError);
    expect(error).toMatchObject({ field: "text", limit: "500,000 characters", message: expect.stringMatching(/500,001 characters; the limit is 500,000 characters/) });
  });
});
