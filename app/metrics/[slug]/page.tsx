import type { Metadata } from "next";
import { feedAlternates, FeedLink } from "@/components/feeds/feed-link";
import { siteOrigin } from "@/lib/site-origin";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ClaimCard } from "@/components/claims/claim-card";
import { ClaimValue, QualifierBadge, StatusBadge } from "@/components/claims/claim-value";
import { PeriodText } from "@/components/claims/period-text";
import { sourceTitle } from "@/components/sources/source-name";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatDay, qualifierLabel } from "@/lib/domain/figures-format";
import { AgreementGroupCard } from "@/components/agreement/group-card";
import { VerdictSwatch } from "@/components/charts/verdict-style";
import { metricClaimsQuerySchema, type MetricClaimsQuery } from "@/lib/data/metrics";
import { getMetric, listMetricClaims, listMetricGroups, listMetricPlaces } from "@/lib/cached-reads/reads";
import { QUALIFIERS } from "@/lib/schemas/claim";
import { CLAIM_STATUSES } from "@/lib/schemas/claim-filters";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [metric, origin] = await Promise.all([getMetric((await params).slug), siteOrigin()]);
  if (!metric) return { title: "Metric not found" };
  return { title: metric.name, alternates: feedAlternates(origin, `/feeds/claims.atom?metric=${metric.slug}`, `New figures: ${metric.name}`) };
}

const SORT_WORDS: Record<MetricClaimsQuery["sort"], string> = { value: "value", period: "period", published: "publication date", added: "date added" };

const COLUMNS: Array<{ sort: MetricClaimsQuery["sort"]; label: string; firstDir: MetricClaimsQuery["dir"] }> = [
  { sort: "value", label: "Value", firstDir: "desc" },
  { sort: "period", label: "Period", firstDir: "desc" },
  { sort: "published", label: "Published", firstDir: "desc" },
];

type FilterName = "place" | "qualifier" | "status";
const FILTERS: FilterName[] = ["place", "qualifier", "status"];

/** The metric page's address for a sort and the current filters; a new sort or filter starts at the first page. */
function claimsHref(slug: string, query: MetricClaimsQuery, change: Partial<MetricClaimsQuery> = {}, hash = ""): string {
  const next = { ...query, cursor: undefined, ...change };
  const params = new URLSearchParams({ sort: next.sort, dir: next.dir });
  for (const name of FILTERS) if (next[name]) params.set(name, next[name]);
  if (next.cursor) params.set("cursor", next.cursor);
  return `/metrics/${slug}?${params.toString()}${hash}`;
}

const STATUS_WORDS: Record<(typeof CLAIM_STATUSES)[number], string> = { active: "Active", deprecated: "Deprecated", retracted: "Retracted" };

/**
 * Filters for the claims, above both the table and the phone's cards: a plain GET form, so that
 * the filtered list is an address like any other and works before any script has loaded.
 */
function ClaimFilterForm({ slug, query, places }: { slug: string; query: MetricClaimsQuery; places: Array<{ slug: string; name: string; count: number }> }) {
  const active = FILTERS.filter((name) => query[name]);
  const field = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-2 py-2 text-sm text-stone-900";
  return (
    <form action={`/metrics/${slug}#claims-heading`} method="get" aria-label="Filter the claims" className="mb-4 rounded-lg border border-stone-200 bg-white p-3 text-sm shadow-sm">
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <div className="grid gap-3 sm:grid-cols-[repeat(3,minmax(0,1fr))_auto] sm:items-end">
        <label className="block">
          <span className="font-medium text-stone-800">Place</span>
          <select name="place" defaultValue={query.place ?? ""} className={field}>
            <option value="">All places</option>
            {places.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.name} ({p.count})
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          <span className="font-medium text-stone-800">How the figure is given</span>
          <select name="qualifier" defaultValue={query.qualifier ?? ""} className={field}>
            <option value="">Any way</option>
            {QUALIFIERS.map((q) => (
              <option key={q} value={q}>
                {qualifierLabel(q)}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          <span className="font-medium text-stone-800">Status</span>
          <select name="status" defaultValue={query.status ?? ""} className={field}>
            <option value="">Any status</option>
            {CLAIM_STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_WORDS[status]}
              </option>
            ))}
          </select>
        </label>
        <div className="flex items-center gap-3">
          <button type="submit" className="min-h-11 rounded-md bg-indigo-900 px-4 py-2 font-medium text-white hover:bg-indigo-800">
            Filter
          </button>
          {active.length > 0 && (
            <Link href={claimsHref(slug, query, { place: undefined, qualifier: undefined, status: undefined }, "#claims-heading")} className="text-indigo-800 underline">
              Show all
            </Link>
          )}
        </div>
      </div>
    </form>
  );
}

function SortHeader({ column, query, slug }: { column: (typeof COLUMNS)[number]; query: MetricClaimsQuery; slug: string }) {
  const active = query.sort === column.sort;
  const dir = active ? (query.dir === "asc" ? "desc" : "asc") : column.firstDir;
  return (
    <th scope="col" aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : "none"} className="px-3 py-3 font-semibold">
      <Link href={claimsHref(slug, query, { sort: column.sort, dir })} className="inline-flex items-center gap-1 hover:text-indigo-800 hover:underline">
        {column.label}
        <span aria-hidden="true" className="text-xs text-stone-500">
          {active ? (query.dir === "asc" ? "▲" : "▼") : "↕"}
        </span>
        <span className="sr-only">, sort {dir === "asc" ? "ascending" : "descending"}</span>
      </Link>
    </th>
  );
}

/** The card layout's sorting (phones): the same columns and links as the table's headers. */
function SortLinks({ query, slug }: { query: MetricClaimsQuery; slug: string }) {
  return (
    <nav aria-label="Sort the claims" className="mb-3 md:hidden">
      <p className="mb-1.5 text-sm font-medium text-stone-700">Sort by</p>
      <ul className="flex flex-wrap gap-2 text-sm">
        {COLUMNS.map((column) => {
          const active = query.sort === column.sort;
          const dir = active ? (query.dir === "asc" ? "desc" : "asc") : column.firstDir;
          const current = active ? (query.dir === "asc" ? "lowest or earliest first" : "highest or latest first") : null;
          return (
            <li key={column.sort}>
              <Link
                href={claimsHref(slug, query, { sort: column.sort, dir }, "#claims-heading")}
                aria-current={active ? "true" : undefined}
                className={`inline-flex min-h-11 items-center gap-1.5 rounded-md border px-3 py-2 ${
                  active ? "border-indigo-700 bg-indigo-50 font-semibold text-indigo-900" : "border-stone-300 bg-white text-stone-800 hover:bg-stone-50"
                }`}
              >
                {column.label}
                <span aria-hidden="true">{active ? (query.dir === "asc" ? "▲" : "▼") : "↕"}</span>
                <span className="sr-only">{current ? `, sorted ${current}; choose to reverse` : `, sort ${dir === "asc" ? "ascending" : "descending"}`}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
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
    // An empty choice in the filter form ("All places") arrives as an empty string: no filter.
    ...Object.fromEntries(FILTERS.map((name) => [name, typeof raw[name] === "string" && raw[name] !== "" ? raw[name] : undefined])),
  });
  const groupsCursor = typeof raw.groups === "string" ? raw.groups : undefined;
  const [page, groups, places] = await Promise.all([listMetricClaims(metric, query), listMetricGroups(metric, groupsCursor), listMetricPlaces(metric)]);
  const filtered = FILTERS.some((name) => query[name]);
  const sortedBy = `sorted by ${SORT_WORDS[query.sort]}, ${query.dir === "asc" ? "ascending" : "descending"}`;
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
          {number.format(metric.claimCount)} claims · unit: {metric.unit} ·{" "}
          <a href={`/claims?metric=${metric.slug}`} className="text-indigo-800 underline">
            Filter and download
          </a>{" "}
          · <FeedLink href={`/feeds/claims.atom?metric=${metric.slug}`} />
        </p>
      </PageHeader>

      <section aria-labelledby="agreement-heading" className="mb-12">
        <div className="mb-4 flex flex-wrap items-baseline gap-x-4 gap-y-2">
          <h2 id="agreement-heading" className="text-xl font-semibold text-stone-900">
            Where sources agree and conflict
          </h2>
          {metric.verdict && <VerdictSwatch verdict={metric.verdict} />}
          <span className="figures text-sm text-stone-600">
            {number.format(metric.groupCount)} {metric.groupCount === 1 ? "group" : "groups"} of comparable figures
            {metric.conflictCount > 0 && <>, {number.format(metric.conflictCount)} in conflict</>}
          </span>
        </div>
        <p className="mb-4 max-w-3xl text-sm text-stone-700">
          Figures are compared when they measure this metric over the same or nested places and overlapping periods. Hedged
          figures are widened to intervals; repeats of one report count as one origin.{" "}
          {metric.kind === "stock"
            ? "This metric is a level at a point in time, so figures from different or unknown times form a series, not a conflict."
            : "This metric counts events over a period, so figures whose time is unknown are still compared."}
        </p>
        {groups.rows.length === 0 ? (
          <EmptyState title="No figures to compare yet" actions={[{ href: "/how-to-read", label: "How figures are compared" }]}>
            A group forms when two claims measure this metric over the same or nested places and overlapping periods.
          </EmptyState>
        ) : (
          <div className="space-y-6">
            {groups.rows.map((g) => (
              <AgreementGroupCard key={g.id} group={g} />
            ))}
          </div>
        )}
        {(groupsCursor || groups.next) && (
          <nav aria-label="Groups" className="mt-4 flex justify-between text-sm">
            {groupsCursor ? (
              <Link href={`/metrics/${slug}`} className="text-indigo-800 hover:underline">
                ← Most severe groups
              </Link>
            ) : (
              <span />
            )}
            {groups.next && (
              <Link href={`/metrics/${slug}?groups=${groups.next}`} className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-indigo-800 hover:bg-stone-50">
                More groups →
              </Link>
            )}
          </nav>
        )}
      </section>

      <h2 id="claims-heading" className="mb-4 scroll-mt-4 text-xl font-semibold text-stone-900">
        All claims, side by side
      </h2>
      {metric.claimCount > 0 && <ClaimFilterForm slug={slug} query={query} places={places} />}
      {page.rows.length === 0 && filtered ? (
        <EmptyState title="No claims match these filters" actions={[{ href: claimsHref(slug, query, { place: undefined, qualifier: undefined, status: undefined }), label: "Show all the claims" }]}>
          Choose another place, another way of giving the figure or another status, or show them all.
        </EmptyState>
      ) : page.rows.length === 0 ? (
        <EmptyState title="No claims for this metric yet" actions={[{ href: "/sources/new", label: "Add a source" }]}>
          Claims appear here once an article that states this figure is added and its figures are reviewed.
        </EmptyState>
      ) : (
        <>
          <div className="hidden overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm md:block">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">
                {filtered ? "Claims" : "Every claim"} for {metric.name}, side by side. Sorted by {SORT_WORDS[query.sort]}, {query.dir === "asc" ? "ascending" : "descending"}.
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
                      <Link href={`/claims/${c.id}`} prefetch={false} className="hover:underline" title={`“${c.surface}”`}>
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
                      <Link href={`/sources/${c.source.id}#claim-${c.id}`} prefetch={false} className="text-indigo-800 underline decoration-indigo-300 hover:decoration-indigo-800">
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
          <SortLinks query={query} slug={slug} />
          <ul className="grid gap-3 md:hidden" aria-label={`Claims for ${metric.name}, ${sortedBy}`}>
            {page.rows.map((c) => (
              <li key={c.id}>
                <ClaimCard claim={c} />
              </li>
            ))}
          </ul>
          <nav aria-label="Pages" className="mt-6 flex items-center justify-between text-sm">
            {query.cursor ? (
              <Link href={claimsHref(slug, query)} className="text-indigo-800 hover:underline">
                ← First page
              </Link>
            ) : (
              <span />
            )}
            {page.next && (
              <Link
                href={claimsHref(slug, query, { cursor: page.next })}
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
