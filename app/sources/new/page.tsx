import type { Metadata } from "next";
import { SourceForm } from "@/components/forms/source-form";
import { PageHeader } from "@/components/ui/page-header";
import { editorOrRedirect } from "@/lib/auth/page-guard";
import { addSourceAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add a source" };

export default async function NewSourcePage() {
  await editorOrRedirect("/sources/new");
  return (
    <>
      <PageHeader crumbs={[{ href: "/sources", label: "Sources" }]} title="Add a source">
        <p>Paste an article or upload it. When it is saved, the ledger proposes every figure in it for you to confirm.</p>
      </PageHeader>
      <div className="max-w-3xl rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
        <SourceForm action={addSourceAction} />
      </div>
    </>
  );
}
