import { describe, expect, it } from "vitest";
import { readLedgerFile } from "./read-ledger-file";

const TEXT = "Port report. Officials said 317 families were moved to the camp after the floods.";
const QUOTE = "Officials said 317 families were moved";

const source = (over: Record<string, unknown> = {}) => ({
  type: "source", id: 1, title: "Port report", outlet: null, url: "https://example.test/port", published: "2024-05-02", not_before: null, dating_note: "",
  retrieved_at: "2024-05-03T00:00:00.000Z", created_at: "2024-05-03T00:00:00.000Z", text: TEXT, republishes: null, republished_origin: null, republished_via: null,
  republished_note: "", review: { proposed: 0, accepted: 0, edited: 0, rejected: 0 }, ...over,
});
const claim = (over: Record<string, unknown> = {}) => ({
  type: "claim", id: 1, key: null, source_id: 1, metric: "families-displaced", place: "syria", qualifier: "exact", low: null, best: "317", high: null, vague_term: null,
  surface: "317", surface_start: TEXT.indexOf("317"), modality: "observed", change: null, cumulative: false, period_start: null, period_end: null, period_label: "",
  quote: QUOTE, quote_start: TEXT.indexOf(QUOTE), attribution: [], note: "", status: "active", status_reason: "", created_at: "2024-05-03T00:00:00.000Z", relations: [], ...over,
});
const end = (sources = 1, claims = 1) => ({ complete: true, sources, claims });
const file = (...lines: unknown[]) => lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n") + "\n";
const problems = (text: string) => {
  const read = readLedgerFile(text);
  return read.ok ? [] : read.problems;
};

describe("readLedgerFile", () => {
  it("reads a good file, anchoring the quote and the figure in the source text", () => {
    const read = readLedgerFile(file(source(), claim(), end()));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.file.sources[0]).toMatchObject({ id: 1, urlKey: "https://example.test/port", line: 1 });
    const c = read.file.claims[0]!;
    expect(c.anchor).toMatchObject({ exact: QUOTE, start: TEXT.indexOf(QUOTE), end: TEXT.indexOf(QUOTE) + QUOTE.length, prefix: "Port report. " });
    expect(c.surfaceSpan).toEqual({ start: TEXT.indexOf("317"), end: TEXT.indexOf("317") + 3 });
  });

  it("names the line of a line that is not JSON, and of a field the form refuses", () => {
    expect(problems(file(source(), '{"type":"claim",', end()))).toEqual([{ line: 2, field: null, message: expect.stringMatching(/^This line is not JSON/) }]);
    expect(problems(file(source(), claim({ best: null }), end()))).toEqual([{ line: 2, field: "best", message: "An exact figure needs its value." }]);
    expect(problems(file(source(), claim({ period_start: "2024-02-31" }), end()))).toEqual([{ line: 2, field: "period_start", message: "That is not a real calendar day." }]);
    expect(problems(file(source({ title: "" }), claim(), end()))).toEqual([{ line: 1, field: "title", message: "Give the article's title." }]);
    expect(problems(file(source(), claim({ qualifier: 3 }), end()))[0]).toMatchObject({ line: 2, field: "qualifier" });
    expect(problems(file(source(), claim({ colour: "red" }), end()))[0]).toMatchObject({ line: 2 });
  });

  it("reports every bad row, not only the first", () => {
    const found = problems(file(source(), claim({ best: null }), claim({ id: 2, surface: "318" }), end(1, 2)));
    expect(found.map((p) => [p.line, p.field])).toEqual([[2, "best"], [3, "surface"]]);
  });

  it("refuses a quote that is not at its position, and a figure outside its quote", () => {
    expect(problems(file(source(), claim({ quote_start: 0 }), end()))).toEqual([{ line: 2, field: "quote", message: "The quote is not at position 0 of source 1's text." }]);
    expect(problems(file(source(), claim({ surface_start: 0 }), end()))[0]).toMatchObject({ line: 2, field: "surface_start" });
  });

  it("refuses links that lead nowhere: a claim before its source, a relation to a missing claim", () => {
    expect(problems(file(claim(), source(), end()))[0]).toMatchObject({ line: 1, field: "source_id" });
    const relation = { kind: "updates", to: 9, factor: null, comparator: null, baseline_metric: null, baseline_place: null, baseline_period_start: null, baseline_period_end: null, baseline_period_label: "", baseline_description: "", note: "" };
    expect(problems(file(source(), claim({ relations: [relation] }), end()))).toEqual([{ line: 2, field: "relations.0.to", message: "There is no claim 9 in the file." }]);
  });

  it("refuses a source repeated within the file, by address or by text", () => {
    expect(problems(file(source(), source({ id: 2, url: "https://EXAMPLE.test/port" , text: `${TEXT} More.` }), end(2, 0)))).toEqual([{ line: 2, field: "url", message: "A duplicate of the source on line 1: the same address." }]);
    expect(problems(file(source(), source({ id: 2, url: null }), end(2, 0)))).toEqual([{ line: 2, field: "text", message: "A duplicate of the source on line 1: the same text." }]);
  });

  it("refuses a file without its end line, or with counts that do not match: it was cut short", () => {
    expect(problems(file(source(), claim()))).toEqual([{ line: 0, field: null, message: expect.stringMatching(/no end line/) }]);
    expect(problems(file(source(), claim(), end(1, 2)))[0]).toMatchObject({ line: 3, message: expect.stringMatching(/counts 1 sources and 2 claims/) });
    expect(problems(file(source(), claim(), end(), source({ id: 2 })))[0]).toMatchObject({ line: 4, message: expect.stringMatching(/Nothing may follow/) });
  });

  it("refuses lines of no known type and lines nested too deep", () => {
    expect(problems(file({ type: "metric" }, end(0, 0)))[0]).toMatchObject({ line: 1, field: "type" });
    expect(problems(file("[".repeat(40) + "]".repeat(40), end(0, 0)))[0]).toMatchObject({ line: 1, message: expect.stringMatching(/nests more than/) });
  });
});
