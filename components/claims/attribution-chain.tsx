import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";

export type ChainLink = { slug: string; name: string; kind: string; affiliation: string | null };

const KIND_LABEL: Record<string, string> = {
  news_outlet: "outlet",
  government: "government",
  military: "military",
  armed_group: "armed group",
  research: "research",
  international: "international",
  person: "person",
  unnamed: "unnamed",
  ngo: "NGO",
};

/** Origin first, then each relay, then the publishing source. */
export function AttributionChain({ chain, publisher }: { chain: ChainLink[]; publisher: string }) {
  return (
    <ol aria-label="Attribution chain, from origin to publisher" className="flex flex-wrap items-center gap-2 text-sm">
      {chain.map((link, i) => (
        <li key={`${link.slug}-${i}`} className="flex items-center gap-2">
          <span className="rounded-md border border-stone-300 bg-white px-2.5 py-1.5">
            <Link href={`/actors/${link.slug}`} className="font-medium text-stone-900 underline decoration-stone-400 hover:decoration-stone-900">
              {link.name}
            </Link>
            {link.affiliation && <span className="text-stone-600"> ({link.affiliation})</span>}{" "}
            <Badge tone={i === 0 ? "accent" : "neutral"}>{i === 0 ? "origin" : KIND_LABEL[link.kind] ?? link.kind}</Badge>
          </span>
          <span aria-hidden="true" className="text-stone-500">
            →
          </span>
        </li>
      ))}
      <li className="rounded-md border border-stone-300 bg-stone-100 px-2.5 py-1.5">
        <span className="font-medium text-stone-900">{publisher}</span>{" "}
        <Badge tone={chain.length === 0 ? "accent" : "neutral"}>{chain.length === 0 ? "origin and publisher" : "publisher"}</Badge>
      </li>
    </ol>
  );
}
