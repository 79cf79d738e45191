import Link from "@/components/ui/link";
import { highlightSegments, paragraphs, type Segment } from "@/lib/domain/highlight";
import { ClaimFocus } from "./claim-focus";

export type ReaderClaim = {
  id: number;
  label: string;
  quoteSpan: { start: number; end: number };
  surfaceSpan: { start: number; end: number } | null;
};

/**
 * The article as plain text, never as markup, with each claim's quote highlighted and its figure
 * linked to the claim. `#claim-N` lands on the start of claim N's quote.
 */
export function ArticleReader({ text, claims }: { text: string; claims: ReaderClaim[] }) {
  const { segments } = highlightSegments(
    text,
    claims.map((c) => ({ id: String(c.id), quote: c.quoteSpan, surface: c.surfaceSpan })),
  );
  const byId = new Map(claims.map((c) => [String(c.id), c]));
  const quoteStarts = new Map<number, string[]>();
  for (const c of claims) {
    const list = quoteStarts.get(c.quoteSpan.start) ?? [];
    list.push(String(c.id));
    quoteStarts.set(c.quoteSpan.start, list);
  }

  const renderSegment = (s: Segment) => {
    const anchors = (quoteStarts.get(s.start) ?? []).map((id) => (
      <span key={`a-${id}`} id={`claim-${id}`} className="scroll-mt-24" />
    ));
    if (s.quoteIds.length === 0) return [...anchors, <span key={s.start}>{s.text}</span>];
    const surfaceClaim = s.surfaceIds[0] ? byId.get(s.surfaceIds[0]) : undefined;
    const title = s.quoteIds.map((id) => byId.get(id)?.label).filter(Boolean).join("; ");
    return [
      ...anchors,
      <mark key={s.start} data-claims={s.quoteIds.join(" ")} title={title} className="rounded-sm bg-amber-100 text-inherit">
        {surfaceClaim ? (
          <Link
            href={`/claims/${surfaceClaim.id}`}
            className="rounded-sm bg-amber-300 px-0.5 font-semibold text-stone-950 underline decoration-amber-700 decoration-2 hover:bg-amber-400"
            aria-label={`${s.text}: ${surfaceClaim.label}`}
          >
            {s.text}
          </Link>
        ) : (
          s.text
        )}
      </mark>,
    ];
  };

  return (
    <div className="article-reader space-y-4 font-serif text-[1.05rem] leading-relaxed text-stone-900">
      {paragraphs(segments, text)
        .filter((p) => p.some((s) => s.text.trim() !== ""))
        .map((p) => (
          <p key={p[0]!.start} data-offset={p[0]!.start} className="whitespace-pre-wrap">
            {p.flatMap(renderSegment)}
          </p>
        ))}
      <ClaimFocus />
    </div>
  );
}
