import type { Metadata } from "next";
import { feedAlternates } from "@/components/feeds/feed-link";
import { siteOrigin } from "@/lib/site-origin";
import Link from "@/components/ui/link";
import { AgreementGroupCard } from "@/components/agreement/group-card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { conflictCount, listConflicts } from "@/lib/cached-reads/reads";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: "Conflicts", alternates: feedAlternates(await siteOrigin(), "/feeds/conflicts.atom", "New conflicts") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ConflictsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const cursor = typeof raw.cursor === "string" ? raw.cursor : undefined;
  const [page, total] = await Promise.all([listConflicts(cursor, 10), conflictCount()]);
  return (
    <>
      <PageHeader title="Conflicts">
        <p>
          Every group of figures that cannot all be right: the same quantity, over the same or nested places and the same
          time, with intervals that do not overlap. The widest gap comes first.
        </p>
        <p className="figures mt-1 text-sm text-stone-600">
          {total === 0 ? "No conflicts in the ledger yet" : `${total} ${total === 1 ? "conflict" : "conflicts"} in the ledger`} ·{" "}
          <a href="/feeds/conflicts.atom" type="application/atom+xml" className="text-indigo-800 underline">
            Atom feed of new conflicts
          </a>
        </p>
      </PageHeader>
      {page.rows.length === 0 ? (
        <EmptyState
          title="No conflicts yet"
          actions={[
            { href: "/how-to-read", label: "How the ledger compares figures" },
            { href: "/sources/new", label: "Add a source" },
          ]}
        >
          A conflict appears here when two sources give figures for the same quantity, place and time that cannot both be
          right. So far every group of comparable figures agrees, or forms a series over time.
        </EmptyState>
      ) : (
        <ol className="space-y-6">
          {page.rows.map((g) => (
            <li key={g.id}>
              <AgreementGroupCard group={g} headingLevel={2} />
              <p className="mt-2 text-sm">
                <Link href={`/metrics/${g.metric.slug}#group-${g.id}`} className="text-indigo-800 hover:underline">
                  All figures for {g.metric.name}
                </Link>{" "}
                <span className="text-stone-600">in {g.metric.topic.name}</span>
              </p>
            </li>
          ))}
        </ol>
      )}
      <nav aria-label="Pages" className="mt-6 flex justify-between text-sm">
        {cursor ? (
          <Link href="/conflicts" className="text-indigo-800 hover:underline">
            ← Most severe
          </Link>
        ) : (
          <span />
        )}
        {page.next && (
          <Link href={`/conflicts?cursor=${page.next}`} className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-indigo-800 hover:bg-stone-50">
            Less severe →
          </Link>
        )}
      </nav>
    </>
  );
}
