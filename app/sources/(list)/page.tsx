import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { SourceByline, sourceTitle } from "@/components/sources/source-name";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { currentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { listSources } from "@/lib/cached-reads/reads";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sources" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SourcesPage({ searchParams }: Props) {
  const raw = await searchParams;
  const cursor = typeof raw.cursor === "string" ? raw.cursor : undefined;
  const [page, user] = await Promise.all([listSources(cursor), currentUser()]);
  return (
    <>
      <PageHeader title="Sources">
        <p>Every article and report in the ledger, newest first. Open one to read it with its claims highlighted.</p>
        {hasRole(user, "editor") && (
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <Link href="/sources/new" className="inline-block rounded-md bg-indigo-900 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800">
              Add a source
            </Link>
            <Link href="/import" className="text-sm font-medium text-indigo-900 underline">
              Import a file of sources and claims
            </Link>
          </div>
        )}
      </PageHeader>
      {page.rows.length === 0 ? (
        <EmptyState title="No sources yet" actions={[{ href: "/sources/new", label: "Add a source" }]}>
          Each article or report added to the ledger is listed here with the claims found in it.
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {page.rows.map((s) => (
            <li key={s.id} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
              <Link href={`/sources/${s.id}`} className="font-semibold text-indigo-800 hover:underline">
                {sourceTitle({ ...s, excerpt: s.opening })}
              </Link>
              <p className="mt-0.5 text-sm">
                <SourceByline outlet={s.outlet} publishedAt={s.publishedAt} /> ·{" "}
                <span className="figures text-stone-700">
                  {s.claimCount} {s.claimCount === 1 ? "claim" : "claims"}
                </span>
              </p>
              <p className="mt-2 line-clamp-2 font-serif text-sm text-stone-700">{s.opening}</p>
            </li>
          ))}
        </ul>
      )}
      <nav aria-label="Pages" className="mt-6 flex justify-between text-sm">
        {cursor ? (
          <Link href="/sources" className="text-indigo-800 hover:underline">
            ← Newest
          </Link>
        ) : (
          <span />
        )}
        {page.next && (
          <Link href={`/sources?cursor=${page.next}`} className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-indigo-800 hover:bg-stone-50">
            Older →
          </Link>
        )}
      </nav>
    </>
  );
}
