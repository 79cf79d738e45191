import Link from "@/components/ui/link";
import { formatClaimValue, formatDay } from "@/lib/domain/figures-format";
import type { ClaimRow } from "@/lib/data/claim-row";
import type { getClaimAtVersion } from "@/lib/data/claims";
import { PeriodText } from "./period-text";

type Version = NonNullable<Awaited<ReturnType<typeof getClaimAtVersion>>>;

/** A claim as an earlier revision recorded it: what a citation of that version pointed at. */
export function ClaimVersion({ claimId, current, shown }: { claimId: number; current: number; shown: Version }) {
  return (
    <section aria-labelledby="version-heading" className="mb-8 rounded-lg border-2 border-amber-300 bg-amber-50 p-5">
      <h2 id="version-heading" className="text-lg font-semibold text-stone-900">
        Version {shown.version} of {current}, as recorded on {formatDay(shown.createdAt.slice(0, 10))}
      </h2>
      <p className="text-sm text-stone-700">
        This is the claim as it stood at that revision ({shown.action}
        {shown.reason ? `: “${shown.reason}”` : ""}).{" "}
        <Link href={`/claims/${claimId}`} className="text-indigo-800 underline">
          See the current version
        </Link>
        ; the history below lists every change.
      </p>
      <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="text-stone-600">Figure</dt>
        <dd className="figures font-semibold">{formatClaimValue(shown.value as ClaimRow["value"], shown.metric?.unit)}</dd>
        <dt className="text-stone-600">As written</dt>
        <dd>“{shown.surface}”</dd>
        <dt className="text-stone-600">Metric</dt>
        <dd>{shown.metric?.name ?? "(removed)"}</dd>
        <dt className="text-stone-600">Place</dt>
        <dd>{shown.place?.name ?? "(removed)"}</dd>
        <dt className="text-stone-600">Reference period</dt>
        <dd>
          <PeriodText period={shown.period} />
        </dd>
        <dt className="text-stone-600">Attribution</dt>
        <dd>{shown.attribution.join(" → ") || "the source itself"}</dd>
        <dt className="text-stone-600">Status</dt>
        <dd>
          {shown.status}
          {shown.statusReason ? `: ${shown.statusReason}` : ""}
        </dd>
        <dt className="text-stone-600">Quote</dt>
        <dd className="font-serif">“{shown.quote}”</dd>
      </dl>
    </section>
  );
}
