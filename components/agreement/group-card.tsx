import Link from "@/components/ui/link";
import { ClaimsTimeline } from "@/components/charts/claims-timeline";
import { formatInterval, formatTimelinePeriod, vagueBandText, type TimelinePoint } from "@/components/charts/timeline-layout";
import { VerdictSwatch } from "@/components/charts/verdict-style";
import { summariseAnalysis } from "@/lib/domain/agreement/group-summary";
import type { AgreementGroupView } from "@/lib/data/agreement";
import { formatPeriod } from "@/lib/domain/figures-format";
import { groupPoints } from "./group-points";

/**
 * The most figures a timeline draws: beyond that it is unreadable and slow to make (some 0.5 ms
 * a figure). A larger group draws a sample (the lowest, the highest, the widest conflict and
 * figures between) and its page lists every figure in a table, a page at a time.
 */
export const TIMELINE_FIGURES = 24;

/** The figures of a compact card, lowest value first, in words: value, period, who said it. */
function SideBySide({ points, unit, groupId, total }: { points: TimelinePoint[]; unit: string; groupId: number; total: number }) {
  const sorted = [...points].sort((a, b) => (a.interval?.low ?? Infinity) - (b.interval?.low ?? Infinity));
  return (
    <div className="mt-3">
      <ol aria-label={total > sorted.length ? `${sorted.length} of the ${total} figures, lowest first` : "The figures, lowest first"} className="divide-y divide-stone-100 rounded-md border border-stone-200 text-sm">
        {sorted.map((p) => (
          <li key={p.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-3 py-2">
            <span className="figures min-w-24 font-semibold text-stone-900">{p.interval ? `${vagueBandText(p, unit) ?? formatInterval(p.interval, unit)} ${unit}` : "no known value"}</span>
            <span className="text-stone-600">{formatTimelinePeriod(p.period)}</span>
            {p.href ? (
              <Link href={p.href} className="text-indigo-800 hover:underline">
                {p.label}
              </Link>
            ) : (
              <span className="text-stone-800">{p.label}</span>
            )}
            {p.derived && <span className="text-xs text-stone-600">(derived)</span>}
            <VerdictSwatch verdict={p.verdict} />
          </li>
        ))}
      </ol>
      <p className="mt-2 text-sm">
        <Link href={`/groups/${groupId}`} className="text-indigo-800 hover:underline">
          {total > sorted.length ? `All ${total} figures on a timeline` : "See them on a timeline"}
        </Link>
      </p>
    </div>
  );
}

/**
 * One group of comparable figures: its verdict, the reasons in plain words, and the figures. A
 * complete group (its own page) is drawn on a timeline; a group in a list carries only its
 * summary, so its sample of figures is listed side by side in words with a link to the timeline.
 */
export function AgreementGroupCard({ group, headingLevel = 3 }: { group: AgreementGroupView; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const figures = group.figureTotal;
  const origins = group.originTotal;
  // A list's group is already a summary; a complete one too large to draw is sampled here.
  const drawn = group.complete && figures > TIMELINE_FIGURES ? summariseAnalysis(group.analysis, TIMELINE_FIGURES) : group.analysis;
  const points = groupPoints(group.id, drawn);
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
      {figures > 0 &&
        (group.complete ? (
          <div className="mt-4">
            <ClaimsTimeline
              title={`${group.metric.name} in ${group.place.name}`}
              unit={group.metric.unit}
              points={points}
              of={figures}
            />
          </div>
        ) : (
          <SideBySide points={points} unit={group.metric.unit} groupId={group.id} total={figures} />
        ))}
    </section>
  );
}
