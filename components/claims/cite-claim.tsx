import { requestNonce } from "@/lib/http/request-nonce";
import { claimCitation, claimJsonLd, scriptSafeJson, type CitableClaim } from "@/lib/domain/citation";

/** The "cite" box with the revision shown and today's date, and the claim's schema.org JSON-LD. */
export async function CiteClaim({ claim, permalink }: { claim: CitableClaim; permalink: string }) {
  // A data block runs nothing, but the page policy asks every script element to carry the nonce.
  const nonce = await requestNonce();
  const accessed = new Date().toISOString().slice(0, 10);
  return (
    <section aria-labelledby="cite-heading" className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <script type="application/ld+json" nonce={nonce || undefined} dangerouslySetInnerHTML={{ __html: scriptSafeJson(claimJsonLd(claim, permalink)) }} />
      <h2 id="cite-heading" className="mb-2 font-semibold text-stone-900">
        Cite this claim
      </h2>
      <label htmlFor="citation" className="sr-only">
        Citation
      </label>
      <textarea id="citation" readOnly rows={6} value={claimCitation(claim, permalink, accessed)} className="w-full rounded-md border border-stone-300 p-2 font-mono text-xs text-stone-800" />
      <p className="mt-1 text-xs text-stone-600">
        Version {claim.version}: the link with <code>?version={claim.version}</code> keeps pointing at what you read, and the history below shows every change since.
      </p>
    </section>
  );
}
