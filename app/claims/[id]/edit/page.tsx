import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimForm } from "@/components/forms/claim-form";
import { sourceTitle } from "@/components/sources/source-name";
import { PageHeader } from "@/components/ui/page-header";
import { editorOrRedirect } from "@/lib/auth/page-guard";
import { parseId } from "@/lib/data/ids";
import { claimFormChoices } from "@/lib/data/taxonomy";
import { db } from "@/lib/db/client";
import { dateToDay } from "@/lib/ledger/dates";
import { editClaimAction } from "../../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit a claim" };

export default async function EditClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const rawId = (await params).id;
  await editorOrRedirect(`/claims/${rawId}/edit`);
  const id = parseId(rawId);
  const claim =
    id === null
      ? null
      : await db().claim.findUnique({
          where: { id },
          include: { metric: { select: { slug: true } }, place: { select: { slug: true } }, source: { select: { id: true, title: true } }, attributions: { orderBy: { position: "asc" }, include: { actor: { select: { slug: true } } } } },
        });
  if (!claim) notFound();
  const text = (d: { toString(): string } | null) => (d === null ? "" : d.toString());
  const initial = {
    claimId: String(claim.id),
    expectedVersion: String(claim.version),
    sourceId: String(claim.sourceId),
    quote: claim.quoteExact,
    quoteStart: String(claim.quoteStart),
    surface: claim.surface,
    qualifier: claim.qualifier,
    low: claim.qualifier === "exact" ? "" : text(claim.valueLow),
    best: text(claim.valueBest),
    high: claim.qualifier === "exact" ? "" : text(claim.valueHigh),
    vagueTerm: claim.vagueTerm ?? "",
    metric: claim.metric.slug,
    place: claim.place.slug,
    periodStart: dateToDay(claim.periodStart) ?? "",
    periodEnd: dateToDay(claim.periodEnd) ?? "",
    periodLabel: claim.periodLabel,
    modality: claim.modality,
    change: claim.change ?? "",
    cumulative: claim.cumulative ? "on" : "",
    attribution: claim.attributions.map((a) => a.actor.slug).join(", "),
    note: claim.note,
  };
  return (
    <>
      <PageHeader crumbs={[{ href: `/claims/${claim.id}`, label: `Claim #${claim.id}` }]} eyebrow={`Version ${claim.version + 1}`} title="Edit a claim">
        <p>An edit adds a new version with your reason; the previous one stays in the history.</p>
      </PageHeader>
      <div className="max-w-3xl rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
        <ClaimForm action={editClaimAction} choices={await claimFormChoices(claim.place.slug)} initial={initial} mode="edit" sourceTitle={sourceTitle(claim.source)} />
      </div>
    </>
  );
}
