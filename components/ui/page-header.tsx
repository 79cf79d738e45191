import Link from "@/components/ui/link";

export type Crumb = { href: string; label: string };

export function PageHeader({
  crumbs = [],
  eyebrow,
  title,
  children,
}: {
  crumbs?: Crumb[];
  eyebrow?: string;
  title: string;
  children?: React.ReactNode;
}) {
  return (
    <header className="mb-8">
      {crumbs.length > 0 && (
        <nav aria-label="Breadcrumb" className="mb-3 text-sm text-stone-600">
          <ol className="flex flex-wrap items-center gap-1.5">
            {crumbs.map((c) => (
              <li key={c.href} className="flex items-center gap-1.5">
                <Link href={c.href} className="hover:text-indigo-800 hover:underline">
                  {c.label}
                </Link>
                <span aria-hidden="true">/</span>
              </li>
            ))}
          </ol>
        </nav>
      )}
      {eyebrow && <p className="mb-1 text-xs font-semibold uppercase tracking-wider text-indigo-800">{eyebrow}</p>}
      <h1 className="text-2xl font-semibold tracking-tight text-stone-900 sm:text-3xl">{title}</h1>
      {children && <div className="mt-3 max-w-3xl text-stone-700">{children}</div>}
    </header>
  );
}
