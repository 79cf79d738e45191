import type { Metadata } from "next";
import { ImportForm } from "@/components/import/import-form";
import { PageHeader } from "@/components/ui/page-header";
import { editorOrRedirect } from "@/lib/auth/page-guard";
import { BODY_LIMITS } from "@/lib/http/body-limits";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Import sources and claims" };

export default async function ImportPage() {
  await editorOrRedirect("/import");
  return (
    <>
      <PageHeader crumbs={[{ href: "/sources", label: "Sources" }]} title="Import sources and claims">
        <p>
          Add many sources and claims at once from a ledger file: JSON Lines as{" "}
          <a href="/api/v1/exports/ledger.jsonl" className="text-indigo-900 underline">
            the ledger export
          </a>{" "}
          writes it. The file is imported whole or not at all: if any row is wrong, nothing is added and every bad row is listed by line and field. A source the ledger already has is refused, not merged.
        </p>
        <p className="mt-2">Files over {BODY_LIMITS.imports.label} go through the command line: <code>npm run import -- file.jsonl</code>.</p>
      </PageHeader>
      <div className="max-w-3xl rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
        <ImportForm limitLabel={BODY_LIMITS.imports.label} />
      </div>
    </>
  );
}
