import Link from "@/components/ui/link";
import type { KnownFigureView } from "@/lib/extraction/known-figures";
import { formatClaimValue } from "@/lib/domain/figures-format";
import { proposalFormValues } from "@/lib/forms/claim-form-values";

/**
 * Before anything is accepted: which of the article's figures the ledger already holds from
 * other sources ("233 people is already in the ledger from 2 sources, origin SDF"), each with a
 * one-click "Same report" that records it as a repetition of that report, not a new origin.
 */
export function KnownFigures({ sourceId, figures, sameReport }: { sourceId: number; figures: KnownFigureView[]; sameReport: (formData: FormData) => Promise<void> }) {
  if (figures.length === 0) return null;
  return (
    <section aria-labelledby="known-figures-heading" className="mb-6 rounded-lg border border-amber-200 bg-amber-50 p-4">
      <h2 id="known-figures-heading" className="font-semibold text-stone-900">
        Already in the ledger
      </h2>
      <p className="mt-1 text-sm text-stone-700">These figures match figures from other sources: same metric, same value, a period that can be the same.</p>
      <ul className="mt-3 space-y-2 text-sm">
        {figures.map((f) => {
          const p = f.proposal;
          const value = formatClaimValue({ qualifier: p.qualifier, low: p.low, best: p.best, high: p.high, vagueTerm: p.vagueTerm }, f.unit);
          // Exactly what accepting the proposal would send, with the claim it repeats and the place the claim will have.
          const hidden: Record<string, string> = { ...proposalFormValues(sourceId, p), sameAs: String(f.claimIds[0]), place: f.place };
          return (
            <li key={`${p.start}-${p.end}`} className="flex flex-wrap items-center gap-x-3 gap-y-1" data-known-figure={p.surface}>
              <span className="text-stone-900">
                <strong className="figures">{value}</strong> ({f.metricName.toLowerCase()}) is already in the ledger from {f.sourceCount}{" "}
                {f.sourceCount === 1 ? "source" : "sources"}, origin {f.origins.join(", ")}
                {" · "}
                <Link href={`/claims/${f.claimIds[0]}`} className="text-indigo-800 hover:underline">
                  claim #{f.claimIds[0]}
                </Link>
              </span>
              <form action={sameReport}>
                {Object.entries(hidden).map(([name, v]) => (
                  <input key={name} type="hidden" name={name} value={v} />
                ))}
                <button type="submit" className="rounded-md border border-amber-300 bg-white px-2.5 py-1 text-sm font-medium text-stone-900 hover:bg-amber-100">
                  Same report
                </button>
              </form>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
