import Link from "@/components/ui/link";
import { Suspense } from "react";
import { ZodError } from "zod";
import { ClaimCard } from "@/components/claims/claim-card";
import { EmptyState } from "@/components/ui/empty-state";
import type { ClaimPage, FacetValue } from "@/lib/data/claim-list";
import { claimFacets, listClaims } from "@/lib/cached-reads/reads";
import { CLAIM_PAGE_DEFAULT, CLAIM_STATUSES, filtersToSearch, VERDICTS, type ClaimFilterName, type ClaimFilters } from "@/lib/schemas/claim-filters";
import { MODALITIES, QUALIFIERS } from "@/lib/schemas/claim";

const FACET_TITLES: Array<[keyof Awaited<ReturnType<typeof claimFacets>>["facets"], string]> = [
  ["topic", "Topic"],
  ["metric", "Metric"],
  ["place", "Place"],
  ["outlet", "Outlet"],
  ["origin", "Origin"],
  ["verdict", "Group verdict"],
  ["qualifier", "Qualifier"],
  ["modality", "Modality"],
  ["status", "Status"],
];

const LABELS: Record<ClaimFilterName, string> = {
  topic: "Topic", metric: "Metric", place: "Place (and inside)", outlet: "Outlet", origin: "Origin", qualifier: "Qualifier", modality: "Modality", status: "Status",
  verdict: "Group verdict", periodFrom: "Period from", periodTo: "Period to", publishedFrom: "Published from", publishedTo: "Published to",
};

type Props = {
  /** The page's own path; filters go in its query string. */
  basePath: string;
  filters: ClaimFilters;
  /** Filters the page's path already fixes (the place of a place page): not shown as removable, not in the URL. */
  fixed?: ClaimFilterName[];
  problems?: Record<string, string>;
  cursor?: string;
  /** Other parameters of the page's address that every link and the form keep (an actor page's role). */
  keep?: Record<string, string>;
};

/** A filtered, cursor-paged list of claims with its filters, facet counts and downloads, all in the URL. */
export async function ClaimsBrowser({ basePath, filters, fixed = [], problems = {}, cursor, keep = {} }: Props) {
  const own = Object.fromEntries(Object.entries(filters).filter(([k]) => !fixed.includes(k as ClaimFilterName))) as ClaimFilters;
  const href = (change: Partial<Record<ClaimFilterName, string | undefined>>, extra: Record<string, string> = {}) => `${basePath}${filtersToSearch({ ...own, ...change }, { ...keep, ...extra })}`;
  let page: ClaimPage;
  let cursorProblem: string | null = null;
  try {
    page = await listClaims(filters, { cursor, limit: CLAIM_PAGE_DEFAULT });
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    cursorProblem = error.issues[0]?.message ?? "That page could not be read.";
    page = await listClaims(filters, { limit: CLAIM_PAGE_DEFAULT });
  }
  const messages = { ...problems, ...(cursorProblem ? { cursor: cursorProblem } : {}) };
  const exportQuery = filtersToSearch(filters);

  return (
    <div className="grid gap-8 lg:grid-cols-[16rem_1fr]">
      {/* On a phone the claims come first and the long filter column after them, one tap away. */}
      <aside id="filters" aria-label="Filters" className="order-last scroll-mt-4 space-y-6 text-sm lg:order-none">
        <FilterForm basePath={basePath} own={own} fixed={fixed} keep={keep} />
        <Suspense fallback={<p className="text-stone-500">Counting…</p>}>
          <Facets filters={filters} fixed={fixed} href={href} />
        </Suspense>
      </aside>
      <section aria-label="Claims" className="min-w-0">
        <a href="#filters" className="mb-3 inline-block text-sm text-indigo-800 underline lg:hidden">
          Filter these claims
        </a>
        {Object.keys(messages).length > 0 && (
          <div role="alert" className="mb-4 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
            <p className="font-medium">Some filters in the address could not be applied:</p>
            <ul className="mt-1 list-disc pl-5">
              {Object.entries(messages).map(([field, message]) => (
                <li key={field}>
                  {LABELS[field as ClaimFilterName] ?? field}: {message}
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="mb-4 flex flex-wrap items-center gap-2">
          {(Object.keys(own) as ClaimFilterName[]).map((name) => (
            <Link
              key={name}
              href={href({ [name]: undefined })}
              className="rounded-full border border-indigo-200 bg-indigo-50 px-3 py-1 text-sm text-indigo-900 hover:bg-indigo-100"
              aria-label={`Remove filter ${LABELS[name]}: ${own[name]}`}
            >
              {LABELS[name]}: <strong>{own[name]}</strong> <span aria-hidden="true">×</span>
            </Link>
          ))}
          <span className="ml-auto flex gap-3 text-sm">
            <span className="text-stone-600">Download this view:</span>
            <a href={`/api/v1/exports/claims.csv${exportQuery}`} className="text-indigo-800 underline" download>
              CSV
            </a>
            <a href={`/api/v1/exports/claims.jsonl${exportQuery}`} className="text-indigo-800 underline" download>
              JSON Lines
            </a>
            <a href={`/feeds/claims.atom${exportQuery}`} className="text-indigo-800 underline" type="application/atom+xml">
              Atom feed
            </a>
          </span>
        </div>
        {page.rows.length === 0 ? (
          <EmptyState title="No claims match these filters" actions={[{ href: `${basePath}${filtersToSearch({}, keep)}`, label: "Remove every filter" }]}>
            Remove a filter above, or widen the dates, to see more claims.
          </EmptyState>
        ) : (
          <ul className="space-y-3">
            {page.rows.map((c) => (
              <li key={c.id}>
                <ClaimCard claim={c} />
              </li>
            ))}
          </ul>
        )}
        <nav aria-label="Pages" className="mt-6 flex justify-between text-sm">
          {cursor ? (
            <Link href={href({})} className="text-indigo-800 hover:underline">
              ← Newest
            </Link>
          ) : (
            <span />
          )}
          {page.next && (
            <Link href={href({}, { cursor: page.next })} className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-indigo-800 hover:bg-stone-50">
              Older →
            </Link>
          )}
        </nav>
      </section>
    </div>
  );
}

const SLUG_FILTERS: ClaimFilterName[] = ["topic", "metric", "place", "outlet", "origin"];

function FilterForm({ basePath, own, fixed, keep }: { basePath: string; own: ClaimFilters; fixed: ClaimFilterName[]; keep: Record<string, string> }) {
  const select = (name: "qualifier" | "modality" | "status" | "verdict", options: readonly string[]) =>
    fixed.includes(name) ? null : (
      <label className="block">
        <span className="font-medium text-stone-800">{LABELS[name]}</span>
        <select name={name} defaultValue={own[name] ?? ""} className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-2 py-1.5">
          <option value="">Any</option>
          {options.map((o) => (
            <option key={o} value={o}>
              {o.replaceAll("_", " ")}
            </option>
          ))}
        </select>
      </label>
    );
  const day = (name: "periodFrom" | "periodTo" | "publishedFrom" | "publishedTo") => (
    <label className="block">
      <span className="font-medium text-stone-800">{LABELS[name]}</span>
      <input type="date" name={name} defaultValue={own[name] ?? ""} className="mt-1 block w-full rounded-md border border-stone-300 px-2 py-1.5" />
    </label>
  );
  return (
    <form action={basePath} method="get" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      {Object.entries(keep).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {SLUG_FILTERS.filter((n) => own[n] && !fixed.includes(n)).map((n) => (
        <input key={n} type="hidden" name={n} value={own[n]} />
      ))}
      <fieldset className="grid grid-cols-2 gap-2">
        <legend className="mb-1 font-semibold text-stone-900">Reference period</legend>
        {day("periodFrom")}
        {day("periodTo")}
      </fieldset>
      <fieldset className="grid grid-cols-2 gap-2">
        <legend className="mb-1 font-semibold text-stone-900">Publication date</legend>
        {day("publishedFrom")}
        {day("publishedTo")}
      </fieldset>
      {select("qualifier", QUALIFIERS)}
      {select("modality", MODALITIES)}
      {select("status", CLAIM_STATUSES)}
      {select("verdict", VERDICTS)}
      <button type="submit" className="w-full rounded-md bg-indigo-900 px-3 py-1.5 font-medium text-white hover:bg-indigo-800">
        Apply filters
      </button>
    </form>
  );
}

async function Facets({ filters, fixed, href }: { filters: ClaimFilters; fixed: ClaimFilterName[]; href: (change: Partial<Record<ClaimFilterName, string>>) => string }) {
  const { total, totalCapped, sampled, facets } = await claimFacets(filters);
  const number = new Intl.NumberFormat("en-US");
  return (
    <div className="space-y-5">
      <p className="figures text-stone-700">
        <strong>
          {totalCapped ? "More than " : ""}
          {number.format(total)}
        </strong>{" "}
        {total === 1 ? "claim" : "claims"}
      </p>
      {sampled && <p className="text-xs text-stone-600">Counts below are of the newest {number.format(sampled)} of them.</p>}
      {FACET_TITLES.filter(([name]) => !fixed.includes(name) && facets[name].length > 0).map(([name, title]) => (
        <section key={name} aria-label={`${title} counts`}>
          <h3 className="mb-1 font-semibold text-stone-900">{title}</h3>
          <ul className="space-y-0.5">
            {facets[name].map((v: FacetValue) => (
              <li key={v.value} className="flex justify-between gap-2">
                {filters[name] === v.value ? (
                  <span className="font-medium text-stone-900">{v.label}</span>
                ) : (
                  <Link href={href({ [name]: v.value })} className="truncate text-indigo-800 hover:underline">
                    {v.label}
                  </Link>
                )}
                <span className="figures text-stone-600">{number.format(v.count)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
