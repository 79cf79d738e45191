import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AgreementGroupCard } from "@/components/agreement/group-card";
import { PageHeader } from "@/components/ui/page-header";
import { getGroup } from "@/lib/data/agreement";
import { parseId } from "@/lib/data/ids";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function group(rawId: string) {
  const id = parseId(rawId);
  return id === null ? null : getGroup(id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const g = await group((await params).id);
  return { title: g ? `${g.metric.name} in ${g.place.name}` : "Group not found" };
}

/** One group of comparable figures: the verdict, the reasons, and every figure on a timeline. */
export default async function GroupPage({ params }: Props) {
  const g = await group((await params).id);
  if (!g) notFound();
  return (
    <>
      <PageHeader
        crumbs={[
          { href: `/topics/${g.metric.topic.slug}`, label: g.metric.topic.name },
          { href: `/metrics/${g.metric.slug}`, label: g.metric.name },
        ]}
        eyebrow="Comparable figures"
        title={`${g.metric.name} in ${g.place.name}`}
      >
        <p>Every figure of this metric for this place, or for places inside it, over overlapping periods.</p>
      </PageHeader>
      <AgreementGroupCard group={g} headingLevel={2} variant="full" onItsOwnPage />
      <p className="mt-4 text-sm">
        <Link href={`/metrics/${g.metric.slug}`} className="text-indigo-800 hover:underline">
          All figures for {g.metric.name}
        </Link>
      </p>
    </>
  );
}
