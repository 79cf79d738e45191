import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AgreementGroupCard, TIMELINE_FIGURES } from "@/components/agreement/group-card";
import { groupPoints } from "@/components/agreement/group-points";
import { ClaimsTimelineTable } from "@/components/charts/claims-timeline";
import { CiteBox } from "@/components/citation/cite-box";
import { PageHeader } from "@/components/ui/page-header";
import { groupCitations } from "@/lib/domain/citation";
import { siteOrigin } from "@/lib/site-origin";
import { getGroup } from "@/lib/cached-reads/reads";
import { parseId } from "@/lib/data/ids";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Rows of the table of every figure, for a group too large to draw whole. */
const TABLE_PAGE = 25;

async function group(rawId: string) {
  const id = parseId(rawId);
  return id === null ? null : getGroup(id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const g = await group((await params).id);
  return { title: g ? `${g.metric.name} in ${g.place.name}` : "Group not found" };
}

/** One group of comparable figures: the verdict, the reasons, and every figure on a timeline. */
export default async function GroupPage({ params, searchParams }: Props) {
  const [{ id }, raw, origin] = await Promise.all([params, searchParams, siteOrigin()]);
  const g = await group(id);
  if (!g) notFound();
  // A large group's figures, in time order, a page at a time: the whole analysis is already read.
  const sampled = g.figureTotal > TIMELINE_FIGURES;
  const pages = Math.ceil(g.figureTotal / TABLE_PAGE);
  const pageNumber = Math.min(pages, Math.max(1, Number.parseInt(typeof raw.page === "string" ? raw.page : "1", 10) || 1));
  const rows = sampled
    ? groupPoints(g.id, g.analysis)
        .sort((a, b) => (a.period.start ?? "9999").localeCompare(b.period.start ?? "9999") || Number(a.id.replace("d", "")) - Number(b.id.replace("d", "")))
        .slice((pageNumber - 1) * TABLE_PAGE, pageNumber * TABLE_PAGE)
    : [];
  return (
    <>
      <PageHeader
        crumbs={[
          { href: `/topics/${g.metric.topic.slug}`, label: g.metric.topic.name },
          { href: `/metrics/${g.metric.slug}`, label: g.metric.name },
        ]}
        eyebrow="Comparable figures"
        title={`${g.metric.name} in ${g.place.name}`}
      >
        <p>Every figure of this metric for this place, or for places inside it, over overlapping periods.</p>
      </PageHeader>
      <AgreementGroupCard group={g} headingLevel={2} />
      {sampled && (
        <section aria-labelledby="every-figure" className="mt-8">
          <h2 id="every-figure" className="mb-3 text-xl font-semibold text-stone-900">
            Every figure, earliest first
          </h2>
          <p className="figures mb-3 text-sm text-stone-600">
            {(pageNumber - 1) * TABLE_PAGE + 1}–{(pageNumber - 1) * TABLE_PAGE + rows.length} of {g.figureTotal}
          </p>
          <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
            <ClaimsTimelineTable title={`${g.metric.name} in ${g.place.name}, figures ${(pageNumber - 1) * TABLE_PAGE + 1} to ${(pageNumber - 1) * TABLE_PAGE + rows.length}`} unit={g.metric.unit} points={rows} />
          </div>
          <nav aria-label="Pages of figures" className="mt-4 flex justify-between text-sm">
            {pageNumber > 1 ? (
              <Link href={`/groups/${g.id}?page=${pageNumber - 1}`} className="text-indigo-800 hover:underline">
                ← Earlier figures
              </Link>
            ) : (
              <span />
            )}
            {pageNumber < pages && (
              <Link href={`/groups/${g.id}?page=${pageNumber + 1}`} className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-indigo-800 hover:bg-stone-50">
                Later figures →
              </Link>
            )}
          </nav>
        </section>
      )}
      <p className="mt-4 text-sm">
        <Link href={`/metrics/${g.metric.slug}`} className="text-indigo-800 hover:underline">
          All figures for {g.metric.name}
        </Link>
      </p>
      <div className="mt-8 max-w-2xl">
        <CiteBox
          what="group"
          permalink={`${origin}/groups/${g.id}`}
          citations={groupCitations(
            { id: g.id, metric: g.metric.name, place: g.place.name, verdict: g.verdict, figures: g.figureTotal, analysedAt: g.computedAt },
            `${origin}/groups/${g.id}`,
            new Date().toISOString().slice(0, 10),
          )}
        >
          The verdict is recomputed when figures are added or edited; the citation names when this analysis was made. The address stays this group&apos;s, and leads to the group that holds
          most of its figures if groups later merge or split.
        </CiteBox>
      </div>
    </>
  );
}
