import { formatDay } from "@/lib/domain/figures-format";

export type SourceForTitle = {
  title: string | null;
  outlet?: string | { name: string } | null;
  publishedAt?: string | Date | null;
  /** The start of the text: a stored excerpt, or the text itself. */
  excerpt?: string | null;
  text?: string;
};

const FIRST_WORDS = 8;

/**
 * What a reader calls a source: its title; failing that, its outlet and date ("Shafaq News,
 * 13 Aug 2024"); failing that, its first words. Never a database number.
 */
export function sourceTitle(source: SourceForTitle): string {
  const title = source.title?.trim();
  if (title) return title;
  const outlet = (typeof source.outlet === "string" ? source.outlet : source.outlet?.name)?.trim();
  const day = source.publishedAt instanceof Date ? source.publishedAt.toISOString().slice(0, 10) : (source.publishedAt ?? null);
  if (outlet) return `${outlet}, ${day ? formatDay(day) : "undated"}`;
  const words = (source.excerpt ?? source.text?.slice(0, 400))?.trim().split(/\s+/).filter(Boolean) ?? [];
  if (words.length > 0) {
    const start = words.slice(0, FIRST_WORDS).join(" ").replace(/[.,;:!?]+$/, "");
    return `“${start}${words.length > FIRST_WORDS ? "…" : ""}”`;
  }
  return day ? `An untitled article of ${formatDay(day)}` : "An untitled, undated article";
}

/** "Outlet · 13 Aug 2024", with the unknowns said plainly. */
export function SourceByline({ outlet, publishedAt }: { outlet: string | null; publishedAt: string | null }) {
  return (
    <span className="text-stone-600">
      {outlet ?? <span className="italic">Outlet not stated</span>} · {publishedAt ? formatDay(publishedAt) : <span className="italic">Undated</span>}
    </span>
  );
}
