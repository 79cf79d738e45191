import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ClaimValue } from "@/components/claims/claim-value";
import { PeriodText } from "@/components/claims/period-text";
import { SnippetText } from "@/components/search/snippet-text";
import { SourceByline } from "@/components/sources/source-name";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchResults } from "@/lib/data/search";
import { searchLedger } from "@/lib/cached-reads/reads";
import { searchQuerySchema } from "@/lib/schemas/search";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = first((await searchParams).q).trim();
  return { title: q ? `Search: ${q.slice(0, 60)}` : "Search" };
}

const PER_GROUP = 10;

export default async function SearchPage({ searchParams }: Props) {
  const raw = first((await searchParams).q);
  const parsed = searchQuerySchema.safeParse({ q: raw, limit: PER_GROUP });
  const results: SearchResults | null = parsed.success ? await searchLedger(parsed.data.q, PER_GROUP) : null;
  const total = results ? results.figures.length + results.sources.length + results.metrics.length + results.places.length + results.actors.length : 0;

  return (
    <>
      <PageHeader title="Search">
        <form action="/search" method="get" role="search" className="flex max-w-xl">
          <label htmlFor="search-page-q" className="sr-only">
            Search the ledger
          </label>
          <input id="search-page-q" name="q" type="search" defaultValue={raw} maxLength={10_000} className="w-full rounded-l-md border border-stone-300 px-3 py-2" />
          <button type="submit" className="rounded-r-md bg-indigo-900 px-4 text-sm font-medium text-white hover:bg-indigo-800">
            Search
          </button>
        </form>
        {!parsed.success && raw.trim() !== "" && <p className="mt-2 text-sm text-red-800">{parsed.error.issues[0]?.message}</p>}
        <p className="mt-2 text-sm text-stone-600">Every word must appear; “killed” also finds “kill”. Quotes and operators are read as plain words.</p>
      </PageHeader>

      {results && total === 0 && (
        <EmptyState title="Nothing matches every word" actions={[{ href: "/", label: "Browse the topics" }, { href: "/claims", label: "See every claim" }]}>
          Try fewer words or another spelling, or start from a topic.
        </EmptyState>
      )}
      {results && total > 0 && (
        <div className="grid gap-8 lg:grid-cols-3">
          <div className="space-y-8 lg:col-span-2">
            <ResultGroup title="Figures" count={results.figures.length}>
              {results.figures.map((f) => (
                <li key={f.id} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
                  <Link href={`/claims/${f.id}`} className="flex flex-wrap items-baseline gap-x-3 hover:underline">
                    <ClaimValue value={f.value} unit={f.metric.unit} />
                    <span className="font-medium text-indigo-800">{f.metric.name}</span>
                  </Link>
                  <p className="text-sm text-stone-700">
                    {f.place.name} · <PeriodText period={f.period} /> · {f.source.outlet ?? "Outlet not stated"}
                  </p>
                  <blockquote className="mt-2 border-l-2 border-amber-300 pl-3 font-serif text-stone-800">
                    <SnippetText parts={f.snippet} />
                  </blockquote>
                </li>
              ))}
            </ResultGroup>
            <ResultGroup title="Sources" count={results.sources.length}>
              {results.sources.map((s) => (
                <li key={s.id} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
                  <Link href={`/sources/${s.id}`} className="font-semibold text-indigo-800 hover:underline">
                    <SnippetText parts={s.title} />
                  </Link>
                  <p className="text-sm">
                    <SourceByline outlet={s.outlet} publishedAt={s.publishedAt} />
                  </p>
                  {s.snippet.length > 0 && (
                    <p className="mt-2 font-serif text-sm text-stone-700">
                      <SnippetText parts={s.snippet} />
                    </p>
                  )}
                </li>
              ))}
            </ResultGroup>
          </div>
          <div className="space-y-8">
            <NameGroup title="Metrics" items={results.metrics.map((m) => ({ key: m.slug, href: `/metrics/${m.slug}`, name: m.name, detail: `${m.topic} · ${m.unit}` }))} />
            <NameGroup title="Places" items={results.places.map((p) => ({ key: p.slug, href: `/places/${p.slug}`, name: p.name, detail: p.kind }))} />
            <NameGroup title="Actors and outlets" items={results.actors.map((a) => ({ key: a.slug, href: `/actors/${a.slug}`, name: a.name, detail: a.kind.replace("_", " ") }))} />
          </div>
        </div>
      )}
    </>
  );
}

function ResultGroup({ title, count, children }: { title: string; count: number; children: React.ReactNode }) {
  if (count === 0) return null;
  return (
    <section aria-labelledby={`hits-${title}`}>
      <h2 id={`hits-${title}`} className="mb-3 text-lg font-semibold text-stone-900">
        {title} <span className="figures text-sm font-normal text-stone-600">({count}{count === PER_GROUP ? "+" : ""})</span>
      </h2>
      <ul className="space-y-3">{children}</ul>
    </section>
  );
}

function NameGroup({ title, items }: { title: string; items: Array<{ key: string; href: string; name: Parameters<typeof SnippetText>[0]["parts"]; detail: string }> }) {
  return (
    <ResultGroup title={title} count={items.length}>
      {items.map((i) => (
        <li key={i.key}>
          <Link href={i.href} className="font-medium text-indigo-800 hover:underline">
            <SnippetText parts={i.name} />
          </Link>{" "}
          <span className="text-sm text-stone-600">{i.detail}</span>
        </li>
      ))}
    </ResultGroup>
  );
}
