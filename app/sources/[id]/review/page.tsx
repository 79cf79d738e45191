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
import { acceptProposalAction, rejectProposalAction, sameReportAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review proposed figures" };

async function KnownFiguresPanel({ sourceId }: { sourceId: number }) {
  return <KnownFigures sourceId={sourceId} figures={await knownFiguresForSource(sourceId)} sameReport={sameReportAction} />;
}

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const rawId = (await params).id;
  await editorOrRedirect(`/sources/${rawId}/review`);
  const id = parseId(rawId);
  const source = id === null ? null : await getSourceForReview(id);
  if (!source) notFound();
  const claimed = source.claimedSpans;
  return (
    <>
      <PageHeader crumbs={[{ href: "/sources", label: "Sources" }, { href: `/sources/${source.id}`, label: sourceTitle(source) }]} eyebrow="Review" title="Proposed figures">
        <p>
          Every figure the ledger found in this article. Accept the right ones, edit those it read wrong, reject the rest.
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
        accept={acceptProposalAction}
        reject={rejectProposalAction}
      />
    </>
  );
}
