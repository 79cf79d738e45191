import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ClaimValue, QualifierBadge, StatusBadge } from "@/components/claims/claim-value";
import { PeriodText } from "@/components/claims/period-text";
import { ArticleReader } from "@/components/sources/article-reader";
import { SelectionToClaim } from "@/components/sources/selection-to-claim";
import { currentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { RepublishedForm } from "@/components/forms/republished-form";
import { markRepublishedAction } from "../actions";
import { sourceTitle } from "@/components/sources/source-name";
import { PageHeader } from "@/components/ui/page-header";
import { RevisionHistory } from "@/components/entities/revision-history";
import { CiteBox } from "@/components/citation/cite-box";
import { sourceCitations } from "@/lib/domain/citation";
import { siteOrigin } from "@/lib/site-origin";
import { formatClaimValue, formatDay } from "@/lib/domain/figures-format";
import { getSource } from "@/lib/cached-reads/reads";
import { parseId } from "@/lib/data/ids";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const id = parseId((await params).id);
  return id === null ? null : getSource(id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await load(params);
  return { title: source ? sourceTitle(source) : "Source not found" };
}

export default async function SourcePage({ params }: Props) {
  const [source, user, origin] = await Promise.all([load(params), currentUser(), siteOrigin()]);
  if (!source) notFound();
  const canEdit = hasRole(user, "editor");

  return (
    <>
      <PageHeader crumbs={[{ href: "/sources", label: "Sources" }]} eyebrow="Source" title={sourceTitle(source)} />
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <article id="article-text" aria-label="Article text" className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm sm:p-8">
          <ArticleReader
            text={source.text}
            claims={source.claims.map((c) => ({
              id: c.id,
              label: `${c.metric.name}: ${formatClaimValue(c.value, c.metric.unit)}`,
              quoteSpan: c.quoteSpan,
              surfaceSpan: c.surfaceSpan,
            }))}
          />
        </article>

        <aside className="space-y-6">
          {canEdit && (
            <section aria-labelledby="editing-heading" className="space-y-3 rounded-lg border border-indigo-200 bg-indigo-50 p-4 text-sm">
              <h2 id="editing-heading" className="font-semibold text-stone-900">
                Editing
              </h2>
              <Link href={`/sources/${source.id}/review`} className="block font-medium text-indigo-900 underline">
                Review the figures proposed in this article
              </Link>
              <Link href={`/sources/${source.id}/edit`} className="block font-medium text-indigo-900 underline">
                Edit this source
              </Link>
              <SelectionToClaim sourceId={source.id} containerId="article-text" />
              <details>
                <summary className="cursor-pointer font-medium text-stone-900">This source republishes another report</summary>
                <div className="mt-3">
                  <RepublishedForm
                    action={markRepublishedAction}
                    sourceId={source.id}
                    current={{
                      republishesSource: source.republishesSource ? String(source.republishesSource.id) : "",
                      origin: source.republishedOrigin?.slug ?? "",
                      via: source.republishedVia?.slug ?? "",
                      note: source.republishedNote,
                    }}
                  />
                </div>
              </details>
            </section>
          )}
          <section aria-labelledby="about-heading" className="rounded-lg border border-stone-200 bg-white p-4 text-sm shadow-sm">
            <h2 id="about-heading" className="mb-3 font-semibold text-stone-900">
              About this source
            </h2>
            <dl className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-2">
              <dt className="text-stone-600">Outlet</dt>
              <dd>{source.outlet?.name ?? <span className="italic">Not stated in the text</span>}</dd>
              <dt className="text-stone-600">Published</dt>
              <dd>
                {source.publishedAt ? formatDay(source.publishedAt) : <span className="italic">Undated</span>}
                {!source.publishedAt && source.notBefore && (
                  <p className="mt-1 text-stone-600">
                    Not before {formatDay(source.notBefore)}
                    {source.datingNote && <>: {source.datingNote}</>}
                  </p>
                )}
              </dd>
              {(source.republishesSource || source.republishedOrigin || source.republishedVia) && (
                <>
                  <dt className="text-stone-600">Republishes</dt>
                  <dd>
                    {source.republishesSource ? (
                      <Link href={`/sources/${source.republishesSource.id}`} className="text-indigo-800 hover:underline">
                        {source.republishesSource.title ?? `source #${source.republishesSource.id}`}
                      </Link>
                    ) : (
                      <>
                        a report{source.republishedVia && <> by {source.republishedVia.name}</>}
                        {source.republishedOrigin && <>, citing {source.republishedOrigin.name}</>}
                      </>
                    )}
                    {source.republishedNote && <p className="mt-1 text-stone-600">{source.republishedNote}</p>}
                    <p className="mt-1 text-stone-600">Its figures take that report’s origin unless a claim names its own.</p>
                  </dd>
                </>
              )}
              <dt className="text-stone-600">Retrieved</dt>
              <dd>{formatDay(source.retrievedAt)}</dd>
              <dt className="text-stone-600">URL</dt>
              <dd className="break-all">
                {source.url ? (
                  <a href={source.url} rel="noopener noreferrer nofollow" className="text-indigo-800 hover:underline">
                    {source.url}
                  </a>
                ) : (
                  <span className="italic">None recorded</span>
                )}
              </dd>
              <dt className="text-stone-600">Content hash</dt>
              <dd className="truncate font-mono text-xs" title={source.contentHash}>
                {source.contentHash}
              </dd>
            </dl>
          </section>

          <CiteBox
            what="source"
            permalink={`${origin}/sources/${source.id}`}
            citations={sourceCitations(
              { id: source.id, version: source.version, title: source.title, outlet: source.outlet?.name ?? null, publishedAt: source.publishedAt, url: source.url },
              `${origin}/sources/${source.id}`,
              new Date().toISOString().slice(0, 10),
            )}
          >
            Version {source.version} of the ledger&apos;s record of this article{source.revisions.length > 1 ? "; the history below lists every change" : ""}.
          </CiteBox>

          {source.revisions.length > 1 && <RevisionHistory revisions={source.revisions} className="" />}

          <section aria-labelledby="claims-heading" className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm lg:sticky lg:top-4 lg:max-h-[80vh] lg:overflow-y-auto">
            <h2 id="claims-heading" className="mb-3 font-semibold text-stone-900">
              {source.claims.length} {source.claims.length === 1 ? "claim" : "claims"} in this article
            </h2>
            <ol className="space-y-3 text-sm">
              {source.claims.map((c) => (
                <li key={c.id} className="border-b border-stone-100 pb-3 last:border-0">
                  <div className="flex flex-wrap items-baseline gap-2">
                    <a href={`#claim-${c.id}`} className="hover:underline">
                      <ClaimValue value={c.value} unit={c.metric.unit} />
                    </a>
                    <QualifierBadge qualifier={c.value.qualifier} />
                    <StatusBadge status={c.status} />
                  </div>
                  <p className="mt-0.5">
                    <Link href={`/claims/${c.id}`} className="text-indigo-800 underline decoration-indigo-800/30 hover:decoration-indigo-800">
                      {c.metric.name}
                    </Link>{" "}
                    <span className="text-stone-600">
                      · {c.place.name} · <PeriodText period={c.period} />
                    </span>
                  </p>
                </li>
              ))}
            </ol>
          </section>
        </aside>
      </div>
    </>
  );
}
