import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { KnownFigures } from "@/components/review/known-figures";
import { ReviewBoard } from "@/components/review/review-board";
import { sourceTitle } from "@/components/sources/source-name";
import { PageHeader } from "@/components/ui/page-header";
import { editorOrRedirect } from "@/lib/auth/page-guard";
import { parseId } from "@/lib/data/ids";
import { knownFiguresForSource } from "@/lib/data/known-figures";
import { getSourceForReview } from "@/lib/data/sources";
import { claimFormChoices } from "@/lib/data/taxonomy";
import { acceptProposalAction, attributionActorsAction, recordProposedAction, rejectProposalAction, sameReportAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review proposed figures" };

async function KnownFiguresPanel({ sourceId }: { sourceId: number }) {
  return <KnownFigures sourceId={sourceId} figures={await knownFiguresForSource(sourceId)} sameReport={sameReportAction} />;
}

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
      {/* Streamed: reading the article for figures the ledger holds must not hold up the board. */}
      <Suspense fallback={null}>
        <KnownFiguresPanel sourceId={source.id} />
      </Suspense>
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
      />
    </>
  );
}
