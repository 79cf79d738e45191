const TONES = {
  neutral: "bg-stone-100 text-stone-800 ring-stone-300",
  accent: "bg-indigo-50 text-indigo-900 ring-indigo-200",
  warn: "bg-amber-50 text-amber-900 ring-amber-300",
  danger: "bg-red-50 text-red-900 ring-red-200",
  ok: "bg-emerald-50 text-emerald-900 ring-emerald-200",
} as const;

export function Badge({ tone = "neutral", children, title }: { tone?: keyof typeof TONES; children: React.ReactNode; title?: string }) {
  return (
    <span title={title} className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[tone]}`}>
      {children}
    </span>
  );
}
