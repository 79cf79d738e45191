import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { PageHeader } from "@/components/ui/page-header";
import { EXPIRED_MESSAGE, sessionState } from "@/lib/auth/current-user";
import { safeNextPath } from "@/lib/auth/next-path";
import { signInAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[]; reason?: string | string[] }> }) {
  const params = await searchParams;
  const next = safeNextPath(typeof params.next === "string" ? params.next : undefined);
  const { user, expired } = await sessionState();
  if (user) redirect(next);
  return (
    <div className="mx-auto max-w-sm">
      <PageHeader title="Sign in">
        <p>Reading the ledger needs no account. Editors and admins sign in here; accounts are made by an admin.</p>
      </PageHeader>
      <div className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
        <LoginForm action={signInAction} next={next} notice={expired || params.reason === "expired" ? EXPIRED_MESSAGE : null} />
      </div>
    </div>
  );
}
