import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ClaimsBrowser } from "@/components/claims/claims-browser";
import { PageHeader } from "@/components/ui/page-header";
import { filtersFromParams, filtersToSearch, withoutEmptyParams } from "@/lib/schemas/claim-filters";
import { feedAlternates } from "@/components/feeds/feed-link";
import { siteOrigin } from "@/lib/site-origin";

export const dynamic = "force-dynamic";
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { filters } = filtersFromParams(await searchParams);
  return { title: "All claims", alternates: feedAlternates(await siteOrigin(), `/feeds/claims.atom${filtersToSearch(filters)}`, "New figures in this view") };
}

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
