import type { Metadata } from "next";

/**
 * A page's Atom feed as `<link rel="alternate" type="application/atom+xml">` in its head, so that
 * feed readers find it from the page's address. Absolute, from the site's origin: a relative one
 * would be resolved against a guessed host.
 */
export function feedAlternates(origin: string, feedPath: string, title: string): Metadata["alternates"] {
  return { types: { "application/atom+xml": [{ url: `${origin}${feedPath}`, title }] } };
}

/** The same feed as a visible link. */
export function FeedLink({ href, children = "Atom feed" }: { href: string; children?: React.ReactNode }) {
  return (
    <a href={href} type="application/atom+xml" className="text-indigo-800 underline">
      {children}
    </a>
  );
}
