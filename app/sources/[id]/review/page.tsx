import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReviewBoard } from "@/components/review/review-board";
import { sourceTitle } from "@/components/sources/source-name";
import { PageHeader } from "@/components/ui/page-header";
import { editorOrRedirect } from "@/lib/auth/page-guard";
import { parseId } from "@/lib/data/ids";
import { getSourceForReview } from "@/lib/data/sources";
import { claimFormChoices } from "@/lib/data/taxonomy";
import { acceptProposalAction, attributionActorsAction, knownFiguresAction, recordProposedAction, rejectProposalAction, sameReportAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review proposed figures" };

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const rawId = (await params).id;
  await editorOrRedirect(`/sources/${rawId}/review`);
  const id = parseId(rawId);
  const [source, choices] = await Promise.all([id === null ? null : getSourceForReview(id), claimFormChoices("")]);
  if (!source) notFound();
  const claimed = source.claimedSpans;
  return (
    <>
      <PageHeader crumbs={[{ href: "/sources", label: "Sources" }, { href: `/sources/${source.id}`, label: sourceTitle(source) }]} eyebrow="Review" title="Proposed figures">
        <p>
          Every figure the ledger found in this article. Accept the right ones, correct those it read wrong in place, reject the rest.
          Figures already claimed are left out ({claimed.length}).
        </p>
      </PageHeader>
      <ReviewBoard
        sourceId={source.id}
        text={source.text}
        publishedOn={source.publishedAt}
        claimedSpans={claimed}
        rejectedSpans={source.rejectedSpans}
        initialTally={source.tally}
        metrics={choices.metrics}
        topics={choices.topics}
        accept={acceptProposalAction}
        reject={rejectProposalAction}
        recordProposed={recordProposedAction}
        attributionActors={attributionActorsAction}
        knownFigures={knownFiguresAction}
        sameReport={sameReportAction}
      />
    </>
  );
}
