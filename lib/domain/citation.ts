/**
 * How a claim is cited and described to machines: a citation a reader can paste, naming the
 * revision it shows and the day it was read, and a schema.org Claim for search engines and
 * fact-checking tools.
 */
export type CitableClaim = {
  id: number;
  version: number;
  metric: string;
  place: string;
  figure: string;
  quote: string;
  source: { title: string | null; outlet: string | null; publishedAt: string | null; url: string | null };
  firstAsserter: string | null;
};

/** "Outlet, “Title” (2024-08-13), quoted in Figure Ledger, claim #12, version 2. <url>. Accessed 2026-11-30." */
export function claimCitation(claim: CitableClaim, permalink: string, accessed: string): string {
  const source = [claim.source.outlet, claim.source.title ? `“${claim.source.title}”` : null].filter(Boolean).join(", ") || "Untitled source";
  const dated = claim.source.publishedAt ? ` (${claim.source.publishedAt})` : " (undated)";
  return `${source}${dated}: ${claim.metric}, ${claim.place}, ${claim.figure}. Quoted in Figure Ledger, claim #${claim.id}, version ${claim.version}. ${permalink}?version=${claim.version}. Accessed ${accessed}.`;
}

/** schema.org Claim: the quote as text, the source as where it appeared, with its date and author. */
export function claimJsonLd(claim: CitableClaim, permalink: string) {
  return {
    "@context": "https://schema.org",
    "@type": "Claim",
    "@id": permalink,
    url: permalink,
    name: `${claim.metric} in ${claim.place}: ${claim.figure}`,
    text: claim.quote,
    ...(claim.firstAsserter ? { author: { "@type": "Organization", name: claim.firstAsserter } } : {}),
    ...(claim.source.publishedAt ? { datePublished: claim.source.publishedAt } : {}),
    appearance: {
      "@type": "CreativeWork",
      ...(claim.source.title ? { headline: claim.source.title } : {}),
      ...(claim.source.url ? { url: claim.source.url } : {}),
      ...(claim.source.publishedAt ? { datePublished: claim.source.publishedAt } : {}),
      ...(claim.source.outlet ? { publisher: { "@type": "Organization", name: claim.source.outlet } } : {}),
    },
  };
}

/** JSON for a <script> element: "<" escaped, so that no text in a quote can close the element. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
