import type { Metadata, Viewport } from "next";
import Link from "@/components/ui/link";
import { cookies } from "next/headers";
import { Suspense } from "react";
import { UserMenu } from "@/components/auth/user-menu";
import { parseThemeChoice, THEME_COOKIE, themeAttribute } from "@/components/theme/theme-choice";
import { ThemeSwitch } from "@/components/theme/theme-switch";
import { SearchBox } from "@/components/search/search-box";
import { signOutAction } from "./login/actions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Figure Ledger", template: "%s · Figure Ledger" },
  description: "Every numeric claim in the news, with its source, its quote and who asserted it, and where sources agree or conflict.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The theme is in the first byte of HTML (no script before paint): see components/theme.
  const theme = parseThemeChoice((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" data-theme={themeAttribute(theme)}>
      <body className="min-h-screen font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        <header className="border-b border-stone-200 bg-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3 sm:px-6">
            <Link href="/" className="flex items-baseline gap-2 text-lg font-semibold tracking-tight text-stone-900 no-underline">
              <span aria-hidden="true" className="figures rounded bg-indigo-900 px-1.5 py-0.5 text-sm text-white">
                №
              </span>
              Figure Ledger
            </Link>
            <nav aria-label="Main" className="flex gap-5 text-sm font-medium text-stone-700">
              <Link href="/" className="hover:text-indigo-800 hover:underline">
                Topics
              </Link>
              <Link href="/sources" className="hover:text-indigo-800 hover:underline">
                Sources
              </Link>
              <Link href="/conflicts" className="hover:text-indigo-800 hover:underline">
                Conflicts
              </Link>
              <Link href="/claims" className="hover:text-indigo-800 hover:underline">
                All claims
              </Link>
            </nav>
            <SearchBox />
            <div className="ml-auto flex flex-wrap items-center gap-3">
              <ThemeSwitch initial={theme} />
              <Suspense fallback={null}>
                <UserMenu signOut={signOutAction} />
              </Suspense>
            </div>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
          {children}
        </main>
        <footer className="mx-auto max-w-6xl px-4 pb-10 pt-4 text-xs text-stone-600 sm:px-6">
          Figures are shown as their sources state them. Nothing in the ledger is deleted: every change is a revision.{" "}
          <Link href="/how-to-read" className="underline hover:text-indigo-800">
            How to read the ledger
          </Link>
          {" · "}
          <Link href="/api-docs" className="underline hover:text-indigo-800">
            Read API
          </Link>
        </footer>
      </body>
    </html>
  );
}
