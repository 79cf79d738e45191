import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimForm } from "@/components/forms/claim-form";
import { sourceTitle } from "@/components/sources/source-name";
import { PageHeader } from "@/components/ui/page-header";
import { editorOrRedirect } from "@/lib/auth/page-guard";
import { parseId } from "@/lib/data/ids";
import { claimFormChoices } from "@/lib/data/taxonomy";
import { db } from "@/lib/db/client";
import { createClaimAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add a claim" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");

/** The claim form, prefilled from a passage selected in the source reader or a proposal. */
export default async function NewClaimPage({ searchParams }: Props) {
  const raw = await searchParams;
  const sourceId = parseId(one(raw.source));
  await editorOrRedirect(`/claims/new?${new URLSearchParams(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === "string")).toString()}`);
  const source = sourceId === null ? null : await db().source.findUnique({ where: { id: sourceId }, select: { id: true, title: true } });
  if (!source) notFound();
  const choices = await claimFormChoices(one(raw.place));
  const initial = {
    sourceId: String(source.id),
    quote: one(raw.quote),
    quoteStart: one(raw.start),
    surface: one(raw.surface),
    qualifier: one(raw.qualifier) || "exact",
    low: one(raw.low),
    best: one(raw.best),
    high: one(raw.high),
    vagueTerm: one(raw.vagueTerm),
    metric: one(raw.metric),
    place: one(raw.place),
    periodStart: one(raw.periodStart),
    periodEnd: one(raw.periodEnd),
    periodLabel: one(raw.periodLabel),
    modality: one(raw.modality) || "observed",
    change: one(raw.change),
    cumulative: one(raw.cumulative),
    attribution: one(raw.attribution),
    returnTo: one(raw.returnTo),
  };
  return (
    <>
      <PageHeader crumbs={[{ href: `/sources/${source.id}`, label: sourceTitle(source) }]} eyebrow="New claim" title="Add a claim">
        <p>One figure from this source, with the passage that states it.</p>
      </PageHeader>
      <div className="max-w-3xl rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
        <ClaimForm action={createClaimAction} choices={choices} initial={initial} mode="add" sourceTitle={sourceTitle(source)} />
      </div>
    </>
  );
}
