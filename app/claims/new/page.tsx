import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimForm } from "@/components/forms/claim-form";
import { sourceTitle } from "@/components/sources/source-name";
import { PageHeader } from "@/components/ui/page-header";
import { editorOrRedirect } from "@/lib/auth/page-guard";
import { parseId } from "@/lib/data/ids";
import { claimFormChoices } from "@/lib/data/taxonomy";
import { getSourceHeading } from "@/lib/data/sources";
import { claimFormValuesFromQuery } from "@/lib/forms/claim-form-values";
import { addClaimAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add a claim" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");

/** The claim form, prefilled from a passage selected in the source reader or a proposal. */
export default async function NewClaimPage({ searchParams }: Props) {
  const raw = await searchParams;
  const sourceId = parseId(one(raw.source));
  await editorOrRedirect(`/claims/new?${new URLSearchParams(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === "string")).toString()}`);
  const source = sourceId === null ? null : await getSourceHeading(sourceId);
  if (!source) notFound();
  const choices = await claimFormChoices(one(raw.place));
  const initial = { ...claimFormValuesFromQuery(raw), sourceId: String(source.id) };
  return (
    <>
      <PageHeader crumbs={[{ href: `/sources/${source.id}`, label: sourceTitle(source) }]} eyebrow="New claim" title="Add a claim">
        <p>One figure from this source, with the passage that states it.</p>
      </PageHeader>
      <div className="max-w-3xl rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
        <ClaimForm action={addClaimAction} choices={choices} initial={initial} mode="add" sourceTitle={sourceTitle(source)} />
      </div>
    </>
  );
}
