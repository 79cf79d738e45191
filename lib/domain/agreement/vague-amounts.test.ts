import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatInterval } from "./claim-interval";
import { VAGUE_AMOUNTS, VAGUE_AMOUNT_SOURCES, lookupVagueAmount, normaliseVagueTerm } from "./vague-amounts";

const root = join(__dirname, "..", "..", "..");

describe("lookupVagueAmount", () => {
  it.each([
    ["a dozen", 12, 12],
    ["dozens", 24, 99],
    ["scores", 40, 99],
    ["a few", 3, 9],
    ["several", 3, 9],
    ["hundreds", 200, 999],
    ["a few hundred", 200, 499],
    ["thousands", 2_000, 9_999],
    ["a few thousand", 2_000, 4_999],
    ["tens of thousands", 20_000, 99_999],
    ["hundreds of thousands", 200_000, 999_999],
    ["millions", 2_000_000, 9_999_999],
  ])("reads %s as %d–%d", (term, low, high) => {
    expect(lookupVagueAmount(term)?.interval).toEqual({ low, high, lowOpen: false, highOpen: false });
  });

  it.each(["numerous", "many", "some", "countless"])("knows %s carries no number", (term) => {
    const found = lookupVagueAmount(term);
    expect(found).not.toBeNull();
    expect(found?.interval).toBeNull();
    expect(found?.entry.source).toBe("indefinite");
  });

  it("ignores case and extra spaces", () => {
    expect(lookupVagueAmount("  Tens of   THOUSANDS ")?.entry.term).toBe("tens of thousands");
    expect(normaliseVagueTerm(" A  Dozen ")).toBe("a dozen");
  });

  it("returns null for a word the table does not know", () => {
    expect(lookupVagueAmount("oodles")).toBeNull();
    expect(lookupVagueAmount("")).toBeNull();
  });

  it("carries where each reading comes from and why", () => {
    expect(lookupVagueAmount("dozens")?.entry.source).toBe("product-brief");
    expect(lookupVagueAmount("scores")?.entry.source).toBe("plural-of-unit");
  });
});

describe("VAGUE_AMOUNTS", () => {
  it("has unique, normalised terms, closed non-empty intervals, a known source and a reason", () => {
    const terms = VAGUE_AMOUNTS.map((e) => e.term);
    expect(new Set(terms).size).toBe(terms.length);
    for (const entry of VAGUE_AMOUNTS) {
      expect(normaliseVagueTerm(entry.term)).toBe(entry.term);
      expect(Object.keys(VAGUE_AMOUNT_SOURCES)).toContain(entry.source);
      expect(entry.why.trim().length).toBeGreaterThan(10);
      if (entry.interval) {
        expect(entry.interval.lowOpen || entry.interval.highOpen).toBe(false);
        expect(entry.interval.low).not.toBeNull();
        expect(entry.interval.high).not.toBeNull();
        expect(entry.interval.low!).toBeLessThanOrEqual(entry.interval.high!);
      }
    }
  });

  it("covers every vague term the seed claims use", () => {
    const dir = join(root, "seeds", "claims");
    const used = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
      const data = JSON.parse(readFileSync(join(dir, file), "utf8")) as { claims: Array<{ value: { vagueTerm: string | null } }> };
      for (const claim of data.claims) if (claim.value.vagueTerm) used.add(claim.value.vagueTerm);
    }
    expect(used.size).toBeGreaterThan(0);
    for (const term of used) expect(lookupVagueAmount(term), term).not.toBeNull();
  });
});

describe("docs/vague-amounts.md", () => {
  const doc = readFileSync(join(root, "docs", "vague-amounts.md"), "utf8");
  const rowOf = (e: (typeof VAGUE_AMOUNTS)[number]) =>
    `| ${e.term} | ${e.interval ? formatInterval(e.interval) : "unknown"} | ${e.source} | ${e.why} |`;

  it("lists every entry of the table, with its interval, source and reason", () => {
    for (const entry of VAGUE_AMOUNTS) expect(doc, entry.term).toContain(rowOf(entry));
  });

  it("lists nothing the table does not have", () => {
    const rows = doc.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| Term") && !line.startsWith("| ---"));
    expect(rows).toEqual(VAGUE_AMOUNTS.map(rowOf));
  });

  it("explains every source", () => {
    for (const [source, text] of Object.entries(VAGUE_AMOUNT_SOURCES)) expect(doc).toContain(`- **${source}**: ${text}`);
  });
});
