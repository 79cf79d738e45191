import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { RevokeTokenForm, TokenForm } from "@/components/auth/token-form";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { editorOrRedirect } from "@/lib/auth/page-guard";
import { hasRole } from "@/lib/auth/roles";
import { shownPrefix } from "@/lib/auth/token-secret";
import { listApiTokens, type ApiTokenRow } from "@/lib/data/api-tokens";
import { createTokenAction, revokeTokenAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "API tokens", robots: { index: false } };

const when = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });

function Time({ at }: { at: Date | null }) {
  return at ? <time dateTime={at.toISOString()}>{when.format(at)}</time> : <span className="text-stone-500">—</span>;
}

function state(row: ApiTokenRow, now: Date): { label: string; tone: "neutral" | "ok" } {
  if (row.revokedAt) return { label: "revoked", tone: "neutral" };
  if (row.expiresAt && row.expiresAt <= now) return { label: "expired", tone: "neutral" };
  return { label: "active", tone: "ok" };
}

export default async function TokensPage({ searchParams }: { searchParams: Promise<{ all?: string | string[] }> }) {
  const user = await editorOrRedirect("/account/tokens");
  const isAdmin = hasRole(user, "admin");
  const everyone = isAdmin && (await searchParams).all === "1";
  const rows = await listApiTokens(everyone ? null : user.id);
  const now = new Date();
  return (
    <>
      <PageHeader eyebrow="Account" title="API tokens">
        <p>
          A token lets a script use the <Link href="/api-docs" className="text-indigo-800 hover:underline">JSON API</Link> as you: send it as <code>Authorization: Bearer fl_…</code>. A read token reads; a write token also makes every change the forms can, each revision in your name. The secret is shown once; only its hash is kept.
        </p>
      </PageHeader>
      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <section aria-labelledby="token-list-heading">
          <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="token-list-heading" className="text-lg font-semibold text-stone-900">
              {everyone ? "Everyone's tokens" : "Your tokens"}
            </h2>
            {isAdmin && (
              <Link href={everyone ? "/account/tokens" : "/account/tokens?all=1"} className="text-sm text-indigo-800 hover:underline">
                {everyone ? "Show only yours" : "Show everyone's"}
              </Link>
            )}
          </div>
          {rows.length === 0 ? (
            <EmptyState title="No tokens yet.">Create one with the form.</EmptyState>
          ) : (
            <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm">
              <table className="stacked-table min-w-full text-left text-sm">
                <thead className="border-b border-stone-200 bg-stone-50 text-xs uppercase tracking-wide text-stone-600">
                  <tr>
                    <th scope="col" className="px-4 py-2 font-semibold">Name</th>
                    {everyone && <th scope="col" className="px-4 py-2 font-semibold">Owner</th>}
                    <th scope="col" className="px-4 py-2 font-semibold">Scope</th>
                    <th scope="col" className="px-4 py-2 font-semibold">Created</th>
                    <th scope="col" className="px-4 py-2 font-semibold">Last used</th>
                    <th scope="col" className="px-4 py-2 font-semibold">Expires</th>
                    <th scope="col" className="px-4 py-2 font-semibold">State</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-stone-100">
                  {rows.map((row) => {
                    const s = state(row, now);
                    return (
                      <tr key={row.id} data-token={row.publicId}>
                        <td data-label="Name" className="px-4 py-2">
                          <span className="font-medium text-stone-900">{row.name}</span>
                          <code className="block font-mono text-xs text-stone-600">{shownPrefix(row.publicId)}</code>
                        </td>
                        {everyone && <td data-label="Owner" className="px-4 py-2 text-stone-700">{row.owner.email}</td>}
                        <td data-label="Scope" className="px-4 py-2">{row.scope}</td>
                        <td data-label="Created" className="px-4 py-2 whitespace-nowrap text-stone-700"><Time at={row.createdAt} /></td>
                        <td data-label="Last used" className="px-4 py-2 whitespace-nowrap text-stone-700"><Time at={row.lastUsedAt} /></td>
                        <td data-label="Expires" className="px-4 py-2 whitespace-nowrap text-stone-700">{row.expiresAt ? <Time at={row.expiresAt} /> : "never"}</td>
                        <td data-label="State" className="px-4 py-2">
                          <div className="flex flex-wrap items-center gap-2">
                            <Badge tone={s.tone}>{s.label}</Badge>
                            {row.revokedAt ? <span className="text-xs text-stone-600"><Time at={row.revokedAt} /></span> : <RevokeTokenForm action={revokeTokenAction} tokenId={row.id} name={row.name} />}
                          </div>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <section className="h-fit rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
          <TokenForm action={createTokenAction} />
        </section>
      </div>
    </>
  );
}
