import Link from "@/components/ui/link";
import { ClaimCard } from "@/components/claims/claim-card";
import { EmptyState } from "@/components/ui/empty-state";
import { latestClaims, ledgerTotals, listTopics } from "@/lib/cached-reads/reads";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [topics, latest, totals] = await Promise.all([listTopics(), latestClaims(6), ledgerTotals()]);
  const number = new Intl.NumberFormat("en-US");
  return (
    <>
      <section className="mb-10">
        <h1 className="text-3xl font-semibold tracking-tight text-stone-900 sm:text-4xl">Every figure, with its source.</h1>
        <p className="mt-3 max-w-2xl text-stone-700">
          Figure Ledger keeps each numeric claim from news and reports with the exact quote, the period it describes and who
          asserted it, so that you can see where sources agree and where they conflict.
        </p>
        <p className="figures mt-4 text-sm text-stone-600">
          {number.format(totals.claims)} claims from {number.format(totals.sources)} sources in {number.format(topics.length)} topics
        </p>
      </section>

      <section aria-labelledby="topics-heading" className="mb-12">
        <h2 id="topics-heading" className="mb-4 text-xl font-semibold text-stone-900">
          Topics
        </h2>
        {topics.length === 0 ? (
          <EmptyState title="No topics yet" actions={[{ href: "/sources/new", label: "Add a source" }]}>
            Topics appear when the first claims are added. To load the five seed articles, run <code>npm run db:seed</code>.
          </EmptyState>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {topics.map((t) => (
              <li key={t.slug}>
                <Link
                  href={`/topics/${t.slug}`}
                  className="block h-full rounded-lg border border-stone-200 bg-white p-4 shadow-sm transition hover:border-indigo-300 hover:shadow"
                >
                  <span className="block font-semibold text-stone-900">{t.name}</span>
                  <span className="figures mt-1 block text-sm text-stone-600">
                    {number.format(t.claimCount)} {t.claimCount === 1 ? "claim" : "claims"} · {t._count.metrics}{" "}
                    {t._count.metrics === 1 ? "metric" : "metrics"}
                  </span>
                  {t.description && <span className="mt-2 block text-sm text-stone-700">{t.description}</span>}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="mb-4 text-xl font-semibold text-stone-900">
          Latest claims
        </h2>
        {latest.length === 0 ? (
          <EmptyState title="No claims yet" actions={[{ href: "/sources/new", label: "Add a source" }]}>
            Each figure an editor confirms in an article appears here, newest first.
          </EmptyState>
        ) : (
          <ul className="grid gap-4 lg:grid-cols-2">
            {latest.map((c) => (
              <li key={c.id}>
                <ClaimCard claim={c} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
