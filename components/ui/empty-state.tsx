import Link from "@/components/ui/link";

export type EmptyStateAction = { href: string; label: string };

/** An empty list: what it is waiting for, and where to start filling it. */
export function EmptyState({ title, children, actions = [] }: { title: string; children?: React.ReactNode; actions?: EmptyStateAction[] }) {
  return (
    <div className="rounded-lg border border-dashed border-stone-300 bg-white px-6 py-10 text-center">
      <p className="font-medium text-stone-900">{title}</p>
      {children && <div className="mx-auto mt-1 max-w-xl text-sm text-stone-700">{children}</div>}
      {actions.length > 0 && (
        <p className="mt-4 flex flex-wrap justify-center gap-3 text-sm">
          {actions.map((a) => (
            <Link key={a.href} href={a.href} className="rounded-md border border-stone-300 bg-white px-3 py-1.5 font-medium text-indigo-800 hover:bg-stone-50">
              {a.label}
            </Link>
          ))}
        </p>
      )}
    </div>
  );
}
