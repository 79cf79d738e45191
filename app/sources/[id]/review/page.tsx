import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReviewBoard } from "@/components/review/review-board";
import { sourceTitle } from "@/components/sources/source-name";
import { PageHeader } from "@/components/ui/page-header";
import { editorOrRedirect } from "@/lib/auth/page-guard";
import { parseId } from "@/lib/data/ids";
import { getSourceForReview } from "@/lib/data/sources";
import { acceptProposalAction, rejectProposalAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review proposed figures" };

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
