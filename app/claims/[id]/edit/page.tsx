import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimForm } from "@/components/forms/claim-form";
import { sourceTitle } from "@/components/sources/source-name";
import { PageHeader } from "@/components/ui/page-header";
import { editorOrRedirect } from "@/lib/auth/page-guard";
import { parseId } from "@/lib/data/ids";
import { claimFormChoices } from "@/lib/data/taxonomy";
import { getClaimForEdit } from "@/lib/data/claims";
import { editClaimAction } from "../../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit a claim" };

export default async function EditClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const rawId = (await params).id;
  await editorOrRedirect(`/claims/${rawId}/edit`);
  const id = parseId(rawId);
  const claim = id === null ? null : await getClaimForEdit(id);
  if (!claim) notFound();
  return (
    <>
      <PageHeader crumbs={[{ href: `/claims/${claim.id}`, label: `Claim #${claim.id}` }]} eyebrow={`Version ${claim.version + 1}`} title="Edit a claim">
        <p>An edit adds a new version with your reason; the previous one stays in the history.</p>
      </PageHeader>
      <div className="max-w-3xl rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
        <ClaimForm action={editClaimAction} choices={await claimFormChoices(claim.values.place)} initial={claim.values} mode="edit" sourceTitle={sourceTitle(claim.source)} />
      </div>
    </>
  );
}
