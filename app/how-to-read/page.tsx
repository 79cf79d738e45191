import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { VERDICTS, VerdictSwatch } from "@/components/charts/verdict-style";
import { PageHeader } from "@/components/ui/page-header";
import { verdictExamples, type AgreementGroupView } from "@/lib/data/agreement";
import { formatPeriod } from "@/lib/domain/figures-format";
import type { Verdict } from "@/lib/domain/agreement/types";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "How to read the ledger",
  description: "What the ledger keeps, how it compares figures, and what each verdict means, with a real example of each.",
};

/** What each verdict means, a little more fully than the badge's one-line description. */
const MEANING: Record<Verdict, string> = {
  conflicting:
    "Figures for the same quantity, place and time that cannot all be right: even read generously (every hedge widened, every vague word read as its whole range), they leave a gap between them. The ledger shows the size of that gap; it does not say which source is right.",
  corroborated:
    "Independent origins give figures that agree: at least two figures overlap, and they come from people or bodies who counted separately, not from one report repeated by several outlets.",
  consistent:
    "The figures agree, but they all trace back to one origin, such as one military statement quoted by several newspapers. That is one voice repeated, not a confirmation.",
  revised:
    "One origin gave a figure and later replaced it with another for the same quantity, place and period, as a ministry does when it updates a toll. The latest figure is that origin's current one and is the one compared; the earlier stays on record, marked as revised. Different origins that disagree are a conflict, not a revision.",
  incomparable:
    "Counts over periods that overlap only in part (January to July against April to the next April) can neither confirm nor contradict each other: neither period contains the other, so the ledger sets them side by side and says so instead of calling a conflict.",
  trend:
    "The figures differ, but describe different times: a change between them is a series over time, not a disagreement. Fighters counted in 2019 and in 2024 may both be right.",
  single: "Only one figure, or only one that can be compared, so there is nothing yet to agree or disagree with.",
  unknown: "The figures could not be compared, usually because no number or no period can be read from them.",
};

function Example({ group }: { group: AgreementGroupView }) {
  const n = group.figureTotal;
  const period = group.period.start || group.period.end ? formatPeriod({ start: group.period.start, end: group.period.end, label: "" }) : null;
  return (
    <div className="mt-3 rounded-md border border-stone-200 bg-white p-4 text-sm">
      <p className="font-medium text-stone-900">
        Example from the ledger:{" "}
        <Link href={`/groups/${group.id}`} className="text-indigo-800 underline decoration-indigo-800/30 hover:decoration-indigo-800">
          {group.metric.name} in {group.place.name}
        </Link>
      </p>
      <p className="figures mt-0.5 text-stone-600">
        {n} {n === 1 ? "figure" : "figures"} from {group.originTotal} {group.originTotal === 1 ? "origin" : "origins"}
        {period && <> · {period}</>}
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-stone-800">
        {group.analysis.explanation.map((sentence, i) => (
          <li key={i}>{sentence}</li>
        ))}
      </ul>
    </div>
  );
}

export default async function HowToReadPage() {
  const examples = await verdictExamples(VERDICTS);
  return (
    <>
      <PageHeader title="How to read the ledger">
        <p>
          The ledger keeps every figure found in news and reports as its source states it: the number, the words around it,
          the period it describes, the place, and who said it first. Then it puts the figures for one quantity side by side
          and says whether they agree.
        </p>
      </PageHeader>

      <div className="max-w-3xl space-y-10 text-stone-800">
        <section aria-labelledby="compare-heading">
          <h2 id="compare-heading" className="mb-3 text-xl font-semibold text-stone-900">
            What is compared with what
          </h2>
          <ul className="list-disc space-y-2 pl-5">
            <li>
              <strong>Same quantity, place and time.</strong> Two figures are compared when they measure the same metric (such
              as fighters), for the same place or one inside the other (Raqqa is inside Syria), over periods that overlap.
              Figures that meet these tests form a <em>group</em>, and each group gets one verdict.
            </li>
            <li>
              <strong>Every figure is a range.</strong> “About 2,500” becomes a range around 2,500; “at least 12” has no upper
              end; a vague word becomes the range it stands for (“thousands”: 2,000–9,999). Two figures agree when their
              ranges overlap.
            </li>
            <li>
              <strong>Origins, not outlets, are counted.</strong> Each figure carries its chain of attribution, from who first
              said it to who published it. Five outlets that repeat one statement count as one origin.
            </li>
          </ul>
        </section>

        <section aria-labelledby="verdicts-heading">
          <h2 id="verdicts-heading" className="mb-3 text-xl font-semibold text-stone-900">
            The verdicts
          </h2>
          <p>Each example below is taken live from the ledger: the group with that verdict that stands out most today.</p>
          <div className="mt-4 space-y-8">
            {VERDICTS.map((v) => {
              const example = examples.get(v) ?? null;
              return (
                <section key={v} id={`verdict-${v}`} aria-labelledby={`verdict-${v}-title`} className="scroll-mt-6">
                  <h3 id={`verdict-${v}-title`} className="text-lg font-semibold text-stone-900">
                    <VerdictSwatch verdict={v} link={false} />
                  </h3>
                  <p className="mt-1">{MEANING[v]}</p>
                  {example ? (
                    <Example group={example} />
                  ) : (
                    <p className="mt-3 rounded-md border border-dashed border-stone-300 px-4 py-3 text-sm text-stone-700">
                      The ledger has no group with this verdict yet. One appears as soon as the figures added call for it.
                    </p>
                  )}
                </section>
              );
            })}
          </div>
        </section>

        <section aria-labelledby="chart-heading">
          <h2 id="chart-heading" className="mb-3 text-xl font-semibold text-stone-900">
            Reading a chart
          </h2>
          <ul className="list-disc space-y-2 pl-5">
            <li>Each figure is a marker at its best value, with a vertical bar for its range and a horizontal line for its period.</li>
            <li>The marker&apos;s shape and colour give the verdict, so the chart reads without colour too.</li>
            <li>A shaded band is a vague figure, drawn over all the values its words stand for.</li>
            <li>
              The letter beside a figure is its origin; the key under the chart names each origin in full. Point at an origin,
              or choose it, to pick out all its figures.
            </li>
            <li>Every chart has a table under it that says the same in words.</li>
          </ul>
        </section>
      </div>
    </>
  );
}
