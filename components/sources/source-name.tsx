import { formatDay } from "@/lib/domain/figures-format";

export function sourceTitle(source: { title: string | null; id: number }): string {
  return source.title ?? `Untitled article #${source.id}`;
}

/** "Outlet · 13 Aug 2024", with the unknowns said plainly. */
export function SourceByline({ outlet, publishedAt }: { outlet: string | null; publishedAt: string | null }) {
  return (
    <span className="text-stone-600">
      {outlet ?? <span className="italic">Outlet not stated</span>} · {publishedAt ? formatDay(publishedAt) : <span className="italic">Undated</span>}
    </span>
  );
}
