import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { forbidden, redirect } from "next/navigation";
import { CreateUserForm } from "@/components/auth/create-user-form";
import { RoleForm } from "@/components/auth/role-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { sessionState } from "@/lib/auth/current-user";
import { loginPath } from "@/lib/auth/next-path";
import { hasRole } from "@/lib/auth/roles";
import { liveSessionsOf, type UserSessionList } from "@/lib/data/sessions";
import { listUsers } from "@/lib/data/users";
import { createUserAction, revokeSessionsAction, setRoleAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Users", robots: { index: false } };

const created = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ cursor?: string | string[] }> }) {
  const { user, expired } = await sessionState();
  if (!user) redirect(loginPath("/admin/users", expired ? "expired" : undefined));
  // A real 403 (app/forbidden.tsx); the actions check the role again on every submit.
  if (!hasRole(user, "admin")) forbidden();

  const { cursor } = await searchParams;
  const page = await listUsers(typeof cursor === "string" ? cursor : null);
  const sessions = await liveSessionsOf(page.rows.map((row) => row.id));
  return (
    <>
      <PageHeader eyebrow="Admin" title="Users">
        <p>Everyone who can sign in. Editors add and edit claims; admins also manage users. There is no public sign-up.</p>
      </PageHeader>
      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <section aria-labelledby="user-list-heading">
          <h2 id="user-list-heading" className="sr-only">
            User list
          </h2>
          {page.rows.length === 0 ? (
            <EmptyState title="No users on this page" actions={[{ href: "/admin/users", label: "Back to the first page" }]}>
              The address asks for a page past the last user. Everyone who can sign in is listed from the first page.
            </EmptyState>
          ) : (
            <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm">
              <table className="stacked-table min-w-full text-left text-sm">
                <thead className="border-b border-stone-200 bg-stone-50 text-xs uppercase tracking-wide text-stone-600">
                  <tr>
                    <th scope="col" className="px-4 py-2 font-semibold">
                      Email
                    </th>
                    <th scope="col" className="px-4 py-2 font-semibold">
                      Name
                    </th>
                    <th scope="col" className="px-4 py-2 font-semibold">
                      Role
                    </th>
                    <th scope="col" className="px-4 py-2 font-semibold">
                      Created
                    </th>
                    <th scope="col" className="px-4 py-2 font-semibold">
                      Sessions
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-stone-100">
                  {page.rows.map((row) => (
                    <tr key={row.id}>
                      <td data-label="Email" className="px-4 py-2 font-medium text-stone-900">{row.email}</td>
                      <td data-label="Name" className="px-4 py-2 text-stone-700">{row.name}</td>
                      <td data-label="Role" className="px-4 py-2">
                        <RoleForm action={setRoleAction} userId={row.id} email={row.email} role={row.role} />
                      </td>
                      <td data-label="Created" className="px-4 py-2 whitespace-nowrap text-stone-700">
                        <time dateTime={row.createdAt.toISOString()}>{created.format(row.createdAt)}</time>
                      </td>
                      <td className="px-4 py-2 align-top">
                        <UserSessions userId={row.id} email={row.email} sessions={sessions.get(row.id)} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <nav aria-label="User pages" className="mt-4 flex gap-4 text-sm">
            {cursor && (
              <Link href="/admin/users" className="text-indigo-800 hover:underline">
                First page
              </Link>
            )}
            {page.next && (
              <Link href={`/admin/users?cursor=${encodeURIComponent(page.next)}`} className="text-indigo-800 hover:underline">
                Next page
              </Link>
            )}
          </nav>
        </section>
        <section className="h-fit rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
          <CreateUserForm action={createUserAction} />
        </section>
      </div>
    </>
  );
}

const lastUsed = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });

/** A user's live sessions, each with a button that ends it, and one that ends them all. */
function UserSessions({ userId, email, sessions }: { userId: string; email: string; sessions: UserSessionList | undefined }) {
  if (!sessions) return <span className="text-stone-600">None</span>;
  const { rows, total } = sessions;
  return (
    <details>
      <summary className="cursor-pointer text-indigo-800">
        {total} active<span className="sr-only"> for {email}</span>
      </summary>
      <ul className="mt-2 space-y-2" aria-label={`Sessions of ${email}`}>
        {rows.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center gap-2 text-xs text-stone-700">
            <span>
              Last used <time dateTime={s.lastUsedAt.toISOString()}>{lastUsed.format(s.lastUsedAt)}</time>
              {s.ipAddress ? ` from ${s.ipAddress}` : ""}
              {s.userAgent ? ` · ${s.userAgent.slice(0, 60)}` : ""}
            </span>
            <form action={revokeSessionsAction}>
              <input type="hidden" name="userId" value={userId} />
              <input type="hidden" name="sessionId" value={s.id} />
              <button type="submit" className="rounded border border-stone-300 px-2 py-0.5 hover:bg-stone-100">
                End this session
              </button>
            </form>
          </li>
        ))}
      </ul>
      {total > rows.length && <p className="mt-1 text-xs text-stone-600">and {total - rows.length} more</p>}
      <form action={revokeSessionsAction} className="mt-2">
        <input type="hidden" name="userId" value={userId} />
        <button type="submit" className="rounded border border-red-300 px-2 py-0.5 text-xs text-red-800 hover:bg-red-50">
          Sign {email} out everywhere
        </button>
      </form>
    </details>
  );
}
