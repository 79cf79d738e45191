import type { Metadata } from "next";
import { feedAlternates, FeedLink } from "@/components/feeds/feed-link";
import { siteOrigin } from "@/lib/site-origin";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { VerdictSwatch } from "@/components/charts/verdict-style";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getTopic } from "@/lib/cached-reads/reads";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [topic, origin] = await Promise.all([getTopic((await params).slug), siteOrigin()]);
  if (!topic) return { title: "Topic not found" };
  return { title: topic.name, alternates: feedAlternates(origin, `/feeds/claims.atom?topic=${topic.slug}`, `New figures: ${topic.name}`) };
}

export default async function TopicPage({ params }: Props) {
  const topic = await getTopic((await params).slug);
  if (!topic) notFound();
  const number = new Intl.NumberFormat("en-US");
  return (
    <>
      <PageHeader crumbs={[{ href: "/", label: "Topics" }]} eyebrow="Topic" title={topic.name}>
        {topic.description && <p>{topic.description}</p>}
        <p className="figures mt-1 text-sm text-stone-600">
          {number.format(topic.claimCount)} claims across {topic.metrics.length} metrics ·{" "}
          <a href={`/claims?topic=${topic.slug}`} className="text-indigo-800 underline">
            Filter and download
          </a>{" "}
          · <FeedLink href={`/feeds/claims.atom?topic=${topic.slug}`} />
        </p>
      </PageHeader>
      {topic.metrics.length === 0 ? (
        <EmptyState title="No metrics in this topic yet" actions={[{ href: "/sources/new", label: "Add a source" }]}>
          A metric, such as a count of fighters, appears here when the first claim that measures it is added.
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm">
          <table className="stacked-table w-full text-left text-sm">
            <caption className="sr-only">Metrics in {topic.name}, with their verdicts and claim counts</caption>
            <thead className="bg-stone-50 text-stone-700">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">Metric</th>
                <th scope="col" className="px-4 py-3 font-semibold">Verdict</th>
                <th scope="col" className="px-4 py-3 font-semibold">Unit</th>
                <th scope="col" className="px-4 py-3 font-semibold sm:text-right">Claims</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {topic.metrics.map((m) => (
                <tr key={m.slug} className="hover:bg-stone-50">
                  <td className="px-4 py-3">
                    <Link href={`/metrics/${m.slug}`} className="font-medium text-indigo-800 hover:underline">
                      {m.name}
                    </Link>
                    {m.description && <p className="mt-0.5 text-stone-600">{m.description}</p>}
                  </td>
                  <td data-label="Verdict" className="px-4 py-3">
                    {m.verdict ? <VerdictSwatch verdict={m.verdict} /> : <span className="text-stone-600">Not analysed</span>}
                    {m.groupCount > 1 && (
                      <span className="figures mt-0.5 block text-xs text-stone-600">
                        {m.groupCount} groups{m.conflictCount > 0 ? `, ${m.conflictCount} in conflict` : ""}
                      </span>
                    )}
                  </td>
                  <td data-label="Unit" className="px-4 py-3 text-stone-700">{m.unit}</td>
                  <td data-label="Claims" className="figures px-4 py-3 text-stone-900 sm:text-right">{number.format(m.claimCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
