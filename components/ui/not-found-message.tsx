import Link from "@/components/ui/link";

export function NotFoundMessage({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wider text-indigo-800">404</p>
      <h1 className="mt-2 text-2xl font-semibold text-stone-900">{title}</h1>
      <p className="mt-2 text-stone-700">{children}</p>
      <Link href="/" className="mt-6 inline-block rounded-md bg-indigo-900 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800">
        Back to the topics
      </Link>
    </div>
  );
}
