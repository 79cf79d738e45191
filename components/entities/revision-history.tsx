import { useId } from "react";
import { formatDay } from "@/lib/domain/figures-format";
import type { RevisionView } from "@/lib/data/revisions";

/** An actor's, place's or source's revisions, oldest first: who changed it, when and why. */
export function RevisionHistory({ revisions, className = "mb-6 max-w-3xl" }: { revisions: RevisionView[]; className?: string }) {
  const headingId = useId();
  if (revisions.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className={`rounded-lg border border-stone-200 bg-white p-4 text-sm shadow-sm ${className}`.trim()}>
      <h2 id={headingId} className="mb-3 font-semibold text-stone-900">
        History
      </h2>
      <ol className="space-y-2">
        {revisions.map((r) => (
          <li key={r.version}>
            <span className="font-medium">Version {r.version}</span> · {r.action === "create" ? "added" : "edited"} {formatDay(r.createdAt.slice(0, 10))} by {r.author}
            {r.reason && <p className="text-stone-700">Reason: {r.reason}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
