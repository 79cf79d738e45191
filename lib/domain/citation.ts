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

/** A group of comparable figures as cited: its verdict as analysed at one time (groups are recomputed as figures arrive). */
export type CitableGroup = { id: number; metric: string; place: string; verdict: string; figures: number; analysedAt: string };

/** A source as cited: the article, and the ledger's record of it at one version. */
export type CitableSource = { id: number; version: number; title: string | null; outlet: string | null; publishedAt: string | null; url: string | null };

/** A citation in the formats the cite box offers: plain text to paste, and BibTeX. */
export type CitationFormats = { text: string; bibtex: string };

/** BibTeX braces and specials escaped, so that a title with "&" or "%" stays one field. */
function bibtexValue(s: string): string {
  return s.replace(/([\\{}])/g, "\\$1").replace(/([&%$#_])/g, "\\$1");
}

function bibtex(key: string, fields: Record<string, string | null>): string {
  const lines = Object.entries(fields)
    .filter((e): e is [string, string] => e[1] !== null && e[1] !== "")
    .map(([k, v]) => `  ${k} = {${k === "url" ? v : bibtexValue(v)}},`);
  return `@misc{${key},\n${lines.join("\n")}\n}`;
}

const year = (day: string | null) => day?.slice(0, 4) ?? null;

/** A claim's citation in every format: the plain text of claimCitation and its BibTeX entry. */
export function claimCitations(claim: CitableClaim, permalink: string, accessed: string): CitationFormats {
  const source = [claim.source.outlet, claim.source.title ? `“${claim.source.title}”` : null].filter(Boolean).join(", ") || "Untitled source";
  return {
    text: claimCitation(claim, permalink, accessed),
    bibtex: bibtex(`figureledger-claim-${claim.id}-v${claim.version}`, {
      title: `${claim.metric}, ${claim.place}: ${claim.figure}`,
      author: claim.firstAsserter,
      howpublished: `Figure Ledger, claim ${claim.id}, version ${claim.version}, quoting ${source}`,
      year: year(claim.source.publishedAt),
      url: `${permalink}?version=${claim.version}`,
      note: `Accessed ${accessed}`,
    }),
  };
}

/** "Figure Ledger, “ISIS fighters in Syria and Iraq”: 5 figures, conflicting, as analysed at 2026-11-30 05:12 UTC. <url>. Accessed 2026-11-30." */
export function groupCitations(group: CitableGroup, permalink: string, accessed: string): CitationFormats {
  const at = `${group.analysedAt.slice(0, 10)} ${group.analysedAt.slice(11, 16)} UTC`;
  const figures = `${group.figures} ${group.figures === 1 ? "figure" : "figures"}`;
  return {
    text: `Figure Ledger, “${group.metric} in ${group.place}”: ${figures}, ${group.verdict}, as analysed at ${at}. ${permalink}. Accessed ${accessed}.`,
    bibtex: bibtex(`figureledger-group-${group.id}`, {
      title: `${group.metric} in ${group.place}`,
      howpublished: `Figure Ledger, group ${group.id}: ${figures}, ${group.verdict}, as analysed at ${at}`,
      year: group.analysedAt.slice(0, 4),
      url: permalink,
      note: `Accessed ${accessed}`,
    }),
  };
}

/** "CNN, “ISIS resurges” (2024-08-13). <article url>. Recorded in Figure Ledger, source #3, version 1. <url>. Accessed 2026-11-30." */
export function sourceCitations(source: CitableSource, permalink: string, accessed: string): CitationFormats {
  const name = [source.outlet, source.title ? `“${source.title}”` : null].filter(Boolean).join(", ") || "Untitled source";
  const dated = source.publishedAt ? ` (${source.publishedAt})` : " (undated)";
  const original = source.url ? ` ${source.url}.` : "";
  return {
    text: `${name}${dated}.${original} Recorded in Figure Ledger, source #${source.id}, version ${source.version}. ${permalink}. Accessed ${accessed}.`,
    bibtex: bibtex(`figureledger-source-${source.id}-v${source.version}`, {
      title: source.title ?? "Untitled source",
      author: source.outlet,
      year: year(source.publishedAt),
      url: source.url ?? permalink,
      howpublished: `Recorded in Figure Ledger, source ${source.id}, version ${source.version}: ${permalink}`,
      note: `Accessed ${accessed}`,
    }),
  };
}
