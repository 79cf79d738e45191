import Link from "@/components/ui/link";
import type { ClaimRow } from "@/lib/data/claim-row";
import { ClaimValue, QualifierBadge, StatusBadge } from "./claim-value";
import { PeriodText } from "./period-text";
import { SourceByline, sourceTitle } from "@/components/sources/source-name";

/** A claim in a list: the figure, what it measures, where, when, and the words of the source. */
export function ClaimCard({ claim }: { claim: ClaimRow }) {
  return (
    <article className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <Link href={`/claims/${claim.id}`} prefetch={false} className="text-lg hover:underline">
          <ClaimValue value={claim.value} unit={claim.metric.unit} />
        </Link>
        <Link href={`/metrics/${claim.metric.slug}`} className="font-medium text-indigo-800 hover:underline">
          {claim.metric.name}
        </Link>
        <QualifierBadge qualifier={claim.value.qualifier} />
        <StatusBadge status={claim.status} />
      </div>
      <p className="mt-1 text-sm text-stone-700">
        {claim.place.name} · <PeriodText period={claim.period} />
      </p>
      <blockquote className="mt-3 border-l-2 border-amber-300 pl-3 font-serif text-stone-800">“{claim.quote}”</blockquote>
      <p className="mt-2 text-sm">
        <Link href={`/sources/${claim.source.id}#claim-${claim.id}`} prefetch={false} className="text-indigo-800 underline decoration-indigo-800/30 hover:decoration-indigo-800">
          {sourceTitle(claim.source)}
        </Link>{" "}
        <SourceByline outlet={claim.source.outlet} publishedAt={claim.source.publishedAt} />
      </p>
    </article>
  );
}
