/** The header's search box: a plain GET form, so it works before any script loads. */
export function SearchBox({ defaultValue = "" }: { defaultValue?: string }) {
  return (
    <form action="/search" method="get" role="search" className="flex min-w-0 flex-1 basis-full sm:basis-auto sm:max-w-xs">
      <label htmlFor="site-search" className="sr-only">
        Search the ledger
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={10_000}
        placeholder="Search figures, sources, places…"
        className="w-full min-w-0 rounded-l-md border border-stone-300 px-3 py-1.5 text-sm focus:border-indigo-700 focus:outline-none focus:ring-1 focus:ring-indigo-700"
      />
      <button type="submit" className="rounded-r-md border border-l-0 border-indigo-900 bg-indigo-900 px-3 text-sm font-medium text-white hover:bg-indigo-800">
        Search
      </button>
    </form>
  );
}
