import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ClaimsBrowser } from "@/components/claims/claims-browser";
import { PageHeader } from "@/components/ui/page-header";
import { filtersFromParams, withoutEmptyParams } from "@/lib/schemas/claim-filters";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "All claims" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ClaimsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const clean = withoutEmptyParams("/claims", raw);
  if (clean) redirect(clean);
  const { filters, problems } = filtersFromParams(raw);
  const cursor = typeof raw.cursor === "string" ? raw.cursor : undefined;
  return (
    <>
      <PageHeader title="All claims">
        <p>Every figure in the ledger, newest added first. Narrow it with the filters; the address keeps them, so a view can be shared or bookmarked.</p>
      </PageHeader>
      <ClaimsBrowser basePath="/claims" filters={filters} problems={problems} cursor={cursor} />
    </>
  );
}
