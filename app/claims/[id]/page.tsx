import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { statedBoundsText } from "@/components/claims/stated-bounds";
import { notFound } from "next/navigation";
import { AttributionChain } from "@/components/claims/attribution-chain";
import { ClaimStatusForm } from "@/components/forms/claim-status-form";
import { currentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { setClaimStatusAction } from "../actions";
import { ClaimValue, QualifierBadge, StatusBadge } from "@/components/claims/claim-value";
import { PeriodText } from "@/components/claims/period-text";
import { SourceByline, sourceTitle } from "@/components/sources/source-name";
import { VerdictSwatch } from "@/components/charts/verdict-style";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { formatClaimValue, formatDecimal, formatPeriod, qualifierLabel } from "@/lib/domain/figures-format";
import { getClaim, getClaimAtVersion } from "@/lib/cached-reads/reads";
import { ClaimVersion } from "@/components/claims/claim-version";
import { CiteClaim } from "@/components/claims/cite-claim";
import { siteOrigin } from "@/lib/site-origin";
import { parseId } from "@/lib/data/ids";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
type Claim = NonNullable<Awaited<ReturnType<typeof getClaim>>>;

async function load(params: Props["params"]) {
  const id = parseId((await params).id);
  return id === null ? null : getClaim(id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = await load(params);
  return { title: claim ? `${claim.metric.name}: ${formatClaimValue(claim.value, claim.metric.unit)}` : "Claim not found" };
}

const RELATION_WORDS: Record<string, string> = {
  multiple_of: "is a multiple of",
  fraction_of: "is a fraction of",
  updates: "updates",
  same_report: "repeats the same report as",
};

function relationSentence(r: Claim["relationsFrom"][number]): string {
  const factor = r.factor ? `${r.comparator ? `${qualifierLabel(r.comparator)} ` : ""}×${formatDecimal(r.factor)}` : "";
  return [RELATION_WORDS[r.kind] ?? r.kind, factor].filter(Boolean).join(" ");
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="border-b border-stone-100 py-2.5 sm:grid sm:grid-cols-[11rem_1fr] sm:gap-4">
      <dt className="text-sm text-stone-600">{label}</dt>
      <dd className="text-stone-900">{children}</dd>
    </div>
  );
}

export default async function ClaimPage({ params, searchParams }: Props) {
  const [claim, user, origin, raw] = await Promise.all([load(params), currentUser(), siteOrigin(), searchParams]);
  if (!claim) notFound();
  // ?version=N shows the claim as revision N recorded it, above the current version.
  const asked = typeof raw.version === "string" ? parseId(raw.version) : null;
  const shownVersion = asked !== null && asked < claim.version ? await getClaimAtVersion(claim.id, asked) : null;
  const unknownVersion = typeof raw.version === "string" && (asked === null || asked > claim.version);
  const canEdit = hasRole(user, "editor");
  const publisher = claim.source.outlet ?? sourceTitle(claim.source);

  return (
    <>
      <PageHeader
        crumbs={[
          { href: "/", label: "Topics" },
          { href: `/topics/${claim.metric.topic.slug}`, label: claim.metric.topic.name },
          { href: `/metrics/${claim.metric.slug}`, label: claim.metric.name },
        ]}
        eyebrow={`Claim #${claim.id}`}
        title={`${claim.metric.name} in ${claim.place.name}`}
      />

      {shownVersion && <ClaimVersion claimId={claim.id} current={claim.version} shown={shownVersion} />}
      {unknownVersion && (
        <p role="note" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4">
          This claim has no version “{String(raw.version).slice(0, 20)}”; it has versions 1 to {claim.version}. The current version is shown.
        </p>
      )}

      {claim.status !== "active" && (
        <div role="note" className="mb-6 rounded-lg border border-red-200 bg-red-50 p-4 text-red-900">
          This claim is <strong>{claim.status}</strong>
          {claim.statusReason ? `: ${claim.statusReason}` : "."}
        </div>
      )}

      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-8">
          <section aria-label="Figure" className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
            <div className="flex flex-wrap items-center gap-3">
              <ClaimValue value={claim.value} unit={claim.metric.unit} size="lg" />
              <QualifierBadge qualifier={claim.value.qualifier} />
              <StatusBadge status={claim.status} />
            </div>
            <p className="mt-2 text-stone-700">
              As written: <q className="font-serif font-medium">{claim.surface}</q>
            </p>
            <dl className="mt-4">
              <Field label="Metric">
                <Link href={`/metrics/${claim.metric.slug}`} className="text-indigo-800 underline decoration-indigo-800/30 hover:decoration-indigo-800">
                  {claim.metric.name}
                </Link>{" "}
                <span className="text-stone-600">({claim.metric.unit})</span>
              </Field>
              <Field label="Place">
                <Link href={`/places/${claim.place.slug}`} className="text-indigo-800 underline decoration-indigo-800/30 hover:decoration-indigo-800">
                  {claim.place.name}
                </Link>
              </Field>
              <Field label="Reference period">
                <PeriodText period={claim.period} />
                {claim.period.label && <span className="text-stone-600"> · as written: “{claim.period.label}”</span>}
              </Field>
              <Field label="Qualifier">{qualifierLabel(claim.value.qualifier)}</Field>
              {claim.modality !== "observed" && (
                <Field label="Modality">
                  {claim.modality === "planned" ? "Planned (a target or announced plan)" : "Projected (a forecast)"}
                  {claim.change && <span className="text-stone-600"> · moves the level {claim.change}</span>} · not compared with observed figures
                </Field>
              )}
              {claim.cumulative && <Field label="Kind of count">A running total, compared only with other running totals</Field>}
              <Field label="Stated bounds">
                <span className="figures">{statedBoundsText(claim.value)}</span>
              </Field>
              {claim.note && <Field label="Curator’s note">{claim.note}</Field>}
            </dl>
          </section>

          <section aria-labelledby="quote-heading">
            <h2 id="quote-heading" className="mb-3 text-lg font-semibold text-stone-900">
              The quote in context
            </h2>
            {claim.context ? (
              <figure className="rounded-lg border border-stone-200 bg-white p-5 font-serif leading-relaxed shadow-sm">
                <blockquote className="whitespace-pre-wrap text-stone-700">
                  {claim.context.truncatedBefore && "… "}
                  {claim.context.before}
                  <mark className="rounded-sm bg-amber-100 text-stone-950">{claim.context.match}</mark>
                  {claim.context.after}
                  {claim.context.truncatedAfter && " …"}
                </blockquote>
                <figcaption className="mt-3 font-sans text-sm">
                  <Link href={`/sources/${claim.source.id}#claim-${claim.id}`} className="text-indigo-800 hover:underline">
                    Read it in the article
                  </Link>
                </figcaption>
              </figure>
            ) : (
              <p className="text-stone-600">The source text is not available.</p>
            )}
          </section>

          {claim.group && (
            <section aria-labelledby="comparison-heading" className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
              <h2 id="comparison-heading" className="mb-2 flex flex-wrap items-center gap-3 text-lg font-semibold text-stone-900">
                Compared with other figures <VerdictSwatch verdict={claim.group.verdict} />
              </h2>
              {claim.group.explanation[0] && <p className="text-sm text-stone-800">{claim.group.explanation[0]}</p>}
              <p className="mt-2 text-sm">
                <Link href={claim.group.url} className="text-indigo-800 hover:underline">
                  The group of comparable figures
                </Link>
              </p>
            </section>
          )}

          <section aria-labelledby="attribution-heading">
            <h2 id="attribution-heading" className="mb-3 text-lg font-semibold text-stone-900">
              Who asserted it
            </h2>
            <AttributionChain chain={claim.attribution} publisher={publisher} />
            <p className="mt-2 text-sm text-stone-600">
              Origin: <strong className="text-stone-900">{claim.origin?.name ?? publisher}</strong>. Claims that reach the same origin count
              once when sources are compared.
            </p>
          </section>

          {(claim.relationsFrom.length > 0 || claim.relationsTo.length > 0) && (
            <section aria-labelledby="relations-heading">
              <h2 id="relations-heading" className="mb-3 text-lg font-semibold text-stone-900">
                Related figures
              </h2>
              <ul className="space-y-2">
                {claim.relationsFrom.map((r) => (
                  <li key={`from-${r.id}`} className="rounded-lg border border-stone-200 bg-white p-3 text-sm shadow-sm">
                    This figure {relationSentence(r)}{" "}
                    {r.other ? (
                      <Link href={`/claims/${r.other.id}`} className="text-indigo-800 underline decoration-indigo-800/30 hover:decoration-indigo-800">
                        {r.other.metric.name}: {formatClaimValue(r.other.value, r.other.metric.unit)} ({r.other.place.name})
                      </Link>
                    ) : (
                      <span>
                        {r.baseline.description} <span className="text-stone-600">({formatPeriod(r.baseline.period)}; not stated as a figure)</span>
                      </span>
                    )}
                    {r.note && <p className="mt-1 text-stone-600">{r.note}</p>}
                  </li>
                ))}
                {claim.relationsTo.map((r) => (
                  <li key={`to-${r.id}`} className="rounded-lg border border-stone-200 bg-white p-3 text-sm shadow-sm">
                    <Link href={`/claims/${r.other.id}`} className="text-indigo-800 underline decoration-indigo-800/30 hover:decoration-indigo-800">
                      {r.other.metric.name}: {formatClaimValue(r.other.value, r.other.metric.unit)}
                    </Link>{" "}
                    {relationSentence(r)} this figure.
                    {r.note && <p className="mt-1 text-stone-600">{r.note}</p>}
                  </li>
                ))}
              </ul>
            </section>
          )}

          <section aria-labelledby="history-heading">
            <h2 id="history-heading" className="mb-3 text-lg font-semibold text-stone-900">
              History
            </h2>
            <ol className="space-y-2 text-sm">
              {claim.revisions.map((r) => (
                <li key={r.id} className="rounded-lg border border-stone-200 bg-white p-3 shadow-sm">
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge tone="neutral">v{r.version}</Badge>
                    <span className="font-medium">{r.action}</span>
                    <span className="text-stone-600">
                      by {r.author} on <time dateTime={r.createdAt}>{r.createdAt.slice(0, 16).replace("T", " ")} UTC</time>
                    </span>
                  </div>
                  {r.reason && <p className="mt-1 text-stone-700">Reason: {r.reason}</p>}
                  {r.changes.length > 0 && (
                    <table className="stacked-table mt-2 w-full text-left text-xs">
                      <caption className="sr-only">Changes in version {r.version}</caption>
                      <thead className="text-stone-600">
                        <tr>
                          <th scope="col" className="py-1 pr-3 font-medium">Field</th>
                          <th scope="col" className="py-1 pr-3 font-medium">Before</th>
                          <th scope="col" className="py-1 font-medium">After</th>
                        </tr>
                      </thead>
                      <tbody>
                        {r.changes.map((c) => (
                          <tr key={c.path} className="border-t border-stone-100 align-top">
                            <th scope="row" className="py-1 pr-3 font-mono font-normal text-stone-700">{c.path}</th>
                            <td data-label="Before" className="py-1 pr-3 text-red-800"><del>{c.before ?? "—"}</del></td>
                            <td data-label="After" className="py-1 text-emerald-800"><ins className="no-underline">{c.after ?? "—"}</ins></td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                  <p className="mt-1 truncate font-mono text-xs text-stone-600" title={r.hash}>
                    {r.hash}
                  </p>
                </li>
              ))}
            </ol>
          </section>
        </div>

        <aside className="space-y-4 text-sm">
          {canEdit && (
            <section aria-labelledby="editing-heading" className="space-y-3 rounded-lg border border-indigo-200 bg-indigo-50 p-4">
              <h2 id="editing-heading" className="font-semibold text-stone-900">
                Editing
              </h2>
              <Link href={`/claims/${claim.id}/edit`} className="inline-block font-medium text-indigo-900 underline">
                Edit this claim
              </Link>
              <ClaimStatusForm action={setClaimStatusAction} claimId={claim.id} version={claim.version} status={claim.status} />
            </section>
          )}
          <section aria-labelledby="source-heading" className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
            <h2 id="source-heading" className="mb-2 font-semibold text-stone-900">
              Source
            </h2>
            <Link href={`/sources/${claim.source.id}#claim-${claim.id}`} className="font-medium text-indigo-800 hover:underline">
              {sourceTitle(claim.source)}
            </Link>
            <p className="mt-1">
              <SourceByline outlet={claim.source.outlet} publishedAt={claim.source.publishedAt} />
            </p>
          </section>
          <CiteClaim
            permalink={`${origin}/claims/${claim.id}`}
            claim={{
              id: claim.id,
              version: claim.version,
              metric: claim.metric.name,
              place: claim.place.name,
              figure: formatClaimValue(claim.value, claim.metric.unit),
              quote: claim.quoteSelector.exact,
              source: { title: claim.source.title, outlet: claim.source.outlet, publishedAt: claim.source.publishedAt, url: claim.source.url },
              firstAsserter: claim.attribution[0]?.name ?? null,
            }}
          />
          <details className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
            <summary className="cursor-pointer font-semibold text-stone-900">Quote selector</summary>
            <pre className="mt-2 overflow-x-auto whitespace-pre-wrap break-words font-mono text-xs text-stone-700">
              {JSON.stringify(
                [
                  { type: "TextQuoteSelector", exact: claim.quoteSelector.exact, prefix: claim.quoteSelector.prefix, suffix: claim.quoteSelector.suffix },
                  { type: "TextPositionSelector", start: claim.quoteSelector.start, end: claim.quoteSelector.end },
                ],
                null,
                2,
              )}
            </pre>
          </details>
        </aside>
      </div>
    </>
  );
}
