import { CiteBox } from "@/components/citation/cite-box";
import { requestNonce } from "@/lib/http/request-nonce";
import { claimCitations, claimJsonLd, scriptSafeJson, type CitableClaim } from "@/lib/domain/citation";

/** The "cite" box with the revision shown and today's date, and the claim's schema.org JSON-LD. */
export async function CiteClaim({ claim, permalink }: { claim: CitableClaim; permalink: string }) {
  // A data block runs nothing, but the page policy asks every script element to carry the nonce.
  const nonce = await requestNonce();
  const accessed = new Date().toISOString().slice(0, 10);
  return (
    <>
      <script type="application/ld+json" nonce={nonce || undefined} dangerouslySetInnerHTML={{ __html: scriptSafeJson(claimJsonLd(claim, permalink)) }} />
      <CiteBox what="claim" permalink={`${permalink}?version=${claim.version}`} citations={claimCitations(claim, permalink, accessed)}>
        Version {claim.version}: the link with <code>?version={claim.version}</code> keeps pointing at what you read, and the history below shows every change since.
      </CiteBox>
    </>
  );
}
