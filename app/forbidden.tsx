import Link from "@/components/ui/link";

export default function Forbidden() {
  return (
    <div className="py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wider text-indigo-800">403</p>
      <h1 className="mt-2 text-2xl font-semibold text-stone-900">Not with this account</h1>
      <p className="mt-2 text-stone-700">Your account cannot open this page. Ask an admin if you need the editor or admin role.</p>
      <Link href="/" className="mt-6 inline-block rounded-md bg-indigo-900 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800">
        Back to the topics
      </Link>
    </div>
  );
}
