import { describe, expect, it } from "vitest";
import { claimCitation, claimJsonLd, scriptSafeJson, type CitableClaim } from "./citation";

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
