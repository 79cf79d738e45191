import { ClaimsTimeline } from "@/components/charts/claims-timeline";
import { VerdictSwatch } from "@/components/charts/verdict-style";
import type { AgreementGroupView } from "@/lib/data/agreement";
import { formatPeriod } from "@/lib/domain/figures-format";
import { groupPoints } from "./group-points";

/** One group of comparable figures: its verdict, the reasons in plain words, and the timeline. */
export function AgreementGroupCard({ group, headingLevel = 3 }: { group: AgreementGroupView; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const points = groupPoints(group.id, group.analysis);
  const figures = group.analysis.claims.length;
  const origins = new Set(group.analysis.claims.map((c) => c.origin.key)).size;
  return (
    <section id={`group-${group.id}`} aria-labelledby={`group-${group.id}-title`} className="scroll-mt-24 rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-5">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <Heading id={`group-${group.id}-title`} className="text-lg font-semibold text-stone-900">
          {group.metric.name} in {group.place.name}
        </Heading>
        <VerdictSwatch verdict={group.verdict} />
      </div>
      <p className="figures mt-1 text-sm text-stone-600">
        {figures} {figures === 1 ? "figure" : "figures"} from {origins} {origins === 1 ? "origin" : "origins"}
        {group.period.start || group.period.end ? <> · {formatPeriod({ start: group.period.start, end: group.period.end, label: "" })}</> : null}
        {" · "}
        {group.metric.kind === "stock" ? "a level at a time" : "a count over a period"}
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-stone-800">
        {group.analysis.explanation.map((sentence, i) => (
          <li key={i}>{sentence}</li>
        ))}
      </ul>
      {figures > 0 && (
        <div className="mt-4">
          <ClaimsTimeline title={`${group.metric.name} in ${group.place.name}`} unit={group.metric.unit} points={points} />
        </div>
      )}
    </section>
  );
}
