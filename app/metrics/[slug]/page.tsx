import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimCard } from "@/components/claims/claim-card";
import { ClaimValue, QualifierBadge, StatusBadge } from "@/components/claims/claim-value";
import { PeriodText } from "@/components/claims/period-text";
import { sourceTitle } from "@/components/sources/source-name";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatDay } from "@/lib/domain/figures-format";
import { getMetric, listMetricClaims, metricClaimsQuerySchema, type MetricClaimsQuery } from "@/lib/data/metrics";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const metric = await getMetric((await params).slug);
  return { title: metric?.name ?? "Metric not found" };
}

const COLUMNS: Array<{ sort: MetricClaimsQuery["sort"]; label: string; firstDir: MetricClaimsQuery["dir"] }> = [
  { sort: "value", label: "Value", firstDir: "desc" },
  { sort: "period", label: "Period", firstDir: "desc" },
  { sort: "published", label: "Published", firstDir: "desc" },
];

function SortHeader({ column, query, slug }: { column: (typeof COLUMNS)[number]; query: MetricClaimsQuery; slug: string }) {
  const active = query.sort === column.sort;
  const dir = active ? (query.dir === "asc" ? "desc" : "asc") : column.firstDir;
  return (
    <th scope="col" aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : "none"} className="px-3 py-3 font-semibold">
      <Link href={`/metrics/${slug}?sort=${column.sort}&dir=${dir}`} className="inline-flex items-center gap-1 hover:text-indigo-800 hover:underline">
        {column.label}
        <span aria-hidden="true" className="text-xs text-stone-500">
          {active ? (query.dir === "asc" ? "▲" : "▼") : "↕"}
        </span>
        <span className="sr-only">, sort {dir === "asc" ? "ascending" : "descending"}</span>
      </Link>
    </th>
  );
}

export default async function MetricPage({ params, searchParams }: Props) {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const metric = await getMetric(slug);
  if (!metric) notFound();
  const query = metricClaimsQuerySchema.parse({
    sort: typeof raw.sort === "string" ? raw.sort : undefined,
    dir: typeof raw.dir === "string" ? raw.dir : undefined,
    cursor: typeof raw.cursor === "string" ? raw.cursor : undefined,
  });
  const page = await listMetricClaims(metric.id, query);
  const number = new Intl.NumberFormat("en-US");

  return (
    <>
      <PageHeader
        crumbs={[
          { href: "/", label: "Topics" },
          { href: `/topics/${metric.topic.slug}`, label: metric.topic.name },
        ]}
        eyebrow="Metric"
        title={metric.name}
      >
        {metric.description && <p>{metric.description}</p>}
        <p className="figures mt-1 text-sm text-stone-600">
          {number.format(metric.claimCount)} claims · unit: {metric.unit}
        </p>
      </PageHeader>

      {page.rows.length === 0 ? (
        <EmptyState title="No claims for this metric yet" />
      ) : (
        <>
          <div className="hidden overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm md:block">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">
                Every claim for {metric.name}, side by side. Sorted by {query.sort}, {query.dir === "asc" ? "ascending" : "descending"}.
              </caption>
              <thead className="bg-stone-50 text-stone-700">
                <tr>
                  <SortHeader column={COLUMNS[0]!} query={query} slug={slug} />
                  <th scope="col" className="px-3 py-3 font-semibold">Qualifier</th>
                  <th scope="col" className="px-3 py-3 font-semibold">Place</th>
                  <SortHeader column={COLUMNS[1]!} query={query} slug={slug} />
                  <th scope="col" className="px-3 py-3 font-semibold">Source</th>
                  <th scope="col" className="px-3 py-3 font-semibold">Outlet</th>
                  <SortHeader column={COLUMNS[2]!} query={query} slug={slug} />
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100">
                {page.rows.map((c) => (
                  <tr key={c.id} className={`align-top hover:bg-stone-50 ${c.status !== "active" ? "text-stone-500" : ""}`}>
                    <td className="whitespace-nowrap px-3 py-3">
                      <Link href={`/claims/${c.id}`} className="hover:underline" title={`“${c.surface}”`}>
                        <ClaimValue value={c.value} unit={metric.unit} />
                      </Link>{" "}
                      <StatusBadge status={c.status} />
                    </td>
                    <td className="px-3 py-3">
                      <QualifierBadge qualifier={c.value.qualifier} />
                    </td>
                    <td className="px-3 py-3 text-stone-800">{c.place.name}</td>
                    <td className="px-3 py-3 text-stone-800">
                      <PeriodText period={c.period} />
                    </td>
                    <td className="max-w-xs px-3 py-3">
                      <Link href={`/sources/${c.source.id}#claim-${c.id}`} className="text-indigo-800 hover:underline">
                        {sourceTitle(c.source)}
                      </Link>
                      <p className="mt-1 line-clamp-2 font-serif text-stone-700">“{c.quote}”</p>
                    </td>
                    <td className="px-3 py-3 text-stone-800">{c.source.outlet ?? <span className="italic text-stone-600">Not stated</span>}</td>
                    <td className="whitespace-nowrap px-3 py-3 text-stone-800">
                      {c.source.publishedAt ? formatDay(c.source.publishedAt) : <span className="italic text-stone-600">Undated</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ul className="grid gap-3 md:hidden" aria-label={`Claims for ${metric.name}`}>
            {page.rows.map((c) => (
              <li key={c.id}>
                <ClaimCard claim={c} />
              </li>
            ))}
          </ul>
          <nav aria-label="Pages" className="mt-6 flex items-center justify-between text-sm">
            {query.cursor ? (
              <Link href={`/metrics/${slug}?sort=${query.sort}&dir=${query.dir}`} className="text-indigo-800 hover:underline">
                ← First page
              </Link>
            ) : (
              <span />
            )}
            {page.next && (
              <Link
                href={`/metrics/${slug}?sort=${query.sort}&dir=${query.dir}&cursor=${page.next}`}
                className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-indigo-800 hover:bg-stone-50"
              >
                Next page →
              </Link>
            )}
          </nav>
        </>
      )}
    </>
  );
}
