import Link from "@/components/ui/link";
import { AgreementGroupCard } from "@/components/agreement/group-card";
import { listGroupsOfFilters } from "@/lib/cached-reads/reads";
import type { ClaimFilters } from "@/lib/schemas/claim-filters";

/** The groups of comparable figures a view's claims belong to, with their verdicts, the most severe first. */
export async function GroupsOfView({ filters, title }: { filters: ClaimFilters; title: string }) {
  const groups = await listGroupsOfFilters(filters, 6);
  if (groups.rows.length === 0) return null;
  return (
    <section aria-labelledby="view-groups" className="mb-10">
      <h2 id="view-groups" className="mb-3 text-lg font-semibold text-stone-900">
        {title}
      </h2>
      <ol className="space-y-6">
        {groups.rows.map((g) => (
          <li key={g.id}>
            <AgreementGroupCard group={g} headingLevel={3} />
            <p className="mt-1 text-sm">
              <Link href={`/groups/${g.id}`} className="text-indigo-800 hover:underline">
                Open this group
              </Link>
            </p>
          </li>
        ))}
      </ol>
      {groups.next && <p className="mt-2 text-sm text-stone-600">The six most severe groups are shown; the list below has every figure.</p>}
    </section>
  );
}
