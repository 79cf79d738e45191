/** Placeholder blocks shown while a page's data loads. */
export function Skeleton({ lines = 6, title = true }: { lines?: number; title?: boolean }) {
  return (
    <div role="status" aria-live="polite" className="animate-pulse">
      <span className="sr-only">Loading…</span>
      {title && <div className="mb-6 h-8 w-2/3 rounded bg-stone-200" />}
      <div className="space-y-3">
        {Array.from({ length: lines }, (_, i) => (
          <div key={i} className="h-4 rounded bg-stone-200" style={{ width: `${90 - ((i * 13) % 35)}%` }} />
        ))}
      </div>
    </div>
  );
}
