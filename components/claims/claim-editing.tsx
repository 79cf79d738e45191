import Link from "next/link";
import { ClaimStatusForm } from "@/components/forms/claim-status-form";
import type { FormState } from "@/lib/forms/form-state";

type Props = {
  claimId: number;
  version: number;
  status: "active" | "retracted" | "deprecated";
  setStatus: (state: FormState, data: FormData) => Promise<FormState>;
};

/**
 * The claim page's editing panel. The page imports it with `next/dynamic` and renders it only for
 * editors, so the form's client code is not among a reader's first-load scripts.
 */
export function ClaimEditing({ claimId, version, status, setStatus }: Props) {
  return (
    <section aria-labelledby="editing-heading" className="space-y-3 rounded-lg border border-indigo-200 bg-indigo-50 p-4">
      <h2 id="editing-heading" className="font-semibold text-stone-900">
        Editing
      </h2>
      <Link href={`/claims/${claimId}/edit`} className="inline-block font-medium text-indigo-900 underline">
        Edit this claim
      </Link>
      <ClaimStatusForm action={setStatus} claimId={claimId} version={version} status={status} />
    </section>
  );
}
