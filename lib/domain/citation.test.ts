import { describe, expect, it } from "vitest";
import { claimCitation, claimCitations, claimJsonLd, groupCitations, scriptSafeJson, sourceCitations, type CitableClaim } from "./citation";

const claim: CitableClaim = {
  id: 12,
  version: 2,
  metric: "ISIS fighters",
  place: "Syria and Iraq",
  figure: "about 2,500",
  quote: "approximately 2,500 ISIS fighters",
  source: { title: "ISIS resurges", outlet: "CNN", publishedAt: "2024-08-13", url: "https://example.org/a" },
  firstAsserter: "CENTCOM",
};

describe("claimCitation", () => {
  it("names the source, the revision and the access date", () => {
    expect(claimCitation(claim, "https://ledger.test/claims/12", "2026-11-30")).toBe(
      "CNN, “ISIS resurges” (2024-08-13): ISIS fighters, Syria and Iraq, about 2,500. Quoted in Figure Ledger, claim #12, version 2. https://ledger.test/claims/12?version=2. Accessed 2026-11-30.",
    );
  });

  it("says when the source is undated or untitled", () => {
    expect(claimCitation({ ...claim, source: { title: null, outlet: null, publishedAt: null, url: null } }, "u", "d")).toMatch(/^Untitled source \(undated\):/);
  });
});

describe("claimJsonLd", () => {
  it("is a schema.org Claim with the quote, the source and its date", () => {
    const ld = claimJsonLd(claim, "https://ledger.test/claims/12");
    expect(ld).toMatchObject({ "@type": "Claim", text: claim.quote, datePublished: "2024-08-13", author: { name: "CENTCOM" }, appearance: { url: "https://example.org/a", publisher: { name: "CNN" } } });
  });

  it("cannot close its script element", () => {
    const json = scriptSafeJson(claimJsonLd({ ...claim, quote: "</script><script>alert(1)</script>" }, "u"));
    expect(json).not.toContain("</script");
    expect((JSON.parse(json) as { text: string }).text).toBe("</script><script>alert(1)</script>");
  });
});

describe("citation formats", () => {
  it("gives a claim's BibTeX with the version in its key and address", () => {
    const { text, bibtex } = claimCitations(claim, "https://ledger.test/claims/12", "2026-11-30");
    expect(text).toBe(claimCitation(claim, "https://ledger.test/claims/12", "2026-11-30"));
    expect(bibtex).toMatch(/^@misc\{figureledger-claim-12-v2,\n/);
    expect(bibtex).toContain("  url = {https://ledger.test/claims/12?version=2},");
    expect(bibtex).toContain("  note = {Accessed 2026-11-30},");
    expect(bibtex).toContain("  year = {2024},");
  });

  it("escapes BibTeX's special characters and leaves out what is unknown", () => {
    const { bibtex } = sourceCitations({ id: 3, version: 1, title: "Cuts of 50% & {more}", outlet: null, publishedAt: null, url: null }, "https://ledger.test/sources/3", "2026-11-30");
    expect(bibtex).toContain("  title = {Cuts of 50\\% \\& \\{more\\}},");
    expect(bibtex).not.toMatch(/author|year/);
    expect(bibtex).toContain("  url = {https://ledger.test/sources/3},");
  });

  it("cites a source at the version shown, with the article's own address", () => {
    const { text } = sourceCitations({ id: 3, version: 2, title: "ISIS resurges", outlet: "CNN", publishedAt: "2024-08-13", url: "https://example.org/a" }, "https://ledger.test/sources/3", "2026-11-30");
    expect(text).toBe("CNN, “ISIS resurges” (2024-08-13). https://example.org/a. Recorded in Figure Ledger, source #3, version 2. https://ledger.test/sources/3. Accessed 2026-11-30.");
  });

  it("cites a group's verdict as analysed at a time, since groups are recomputed", () => {
    const { text, bibtex } = groupCitations({ id: 7, metric: "ISIS fighters", place: "Syria and Iraq", verdict: "conflicting", figures: 1, analysedAt: "2026-11-29T05:12:44.000Z" }, "https://ledger.test/groups/7", "2026-11-30");
    expect(text).toBe("Figure Ledger, “ISIS fighters in Syria and Iraq”: 1 figure, conflicting, as analysed at 2026-11-29 05:12 UTC. https://ledger.test/groups/7. Accessed 2026-11-30.");
    expect(bibtex).toMatch(/^@misc\{figureledger-group-7,/);
  });
});
