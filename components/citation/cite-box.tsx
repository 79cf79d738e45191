import type { ReactNode } from "react";
import type { CitationFormats } from "@/lib/domain/citation";
import { CopyButton } from "./copy-button";

type Props = {
  /** What is cited, for the heading: "claim", "group", "source". */
  what: string;
  /** The address that keeps showing what was read. */
  permalink: string;
  citations: CitationFormats;
  /** Which revision the citation names, in a sentence. */
  children: ReactNode;
};

/** The "cite" box of a claim, group or source: its permalink and a citation in each format, each copyable. */
export function CiteBox({ what, permalink, citations, children }: Props) {
  const id = (field: string) => `cite-${what}-${field}`;
  const field = "w-full rounded-md border border-stone-300 p-2 font-mono text-xs text-stone-800";
  const row = (label: string, name: string, control: ReactNode) => (
    <div className="mt-3">
      <div className="mb-1 flex items-center justify-between gap-2">
        <label htmlFor={id(name)} className="text-xs font-medium text-stone-700">
          {label}
        </label>
        <CopyButton targetId={id(name)} label={`Copy ${label.toLowerCase()}`} />
      </div>
      {control}
    </div>
  );
  return (
    <section aria-labelledby={id("heading")} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <h2 id={id("heading")} className="font-semibold text-stone-900">
        Cite this {what}
      </h2>
      {row("Permalink", "permalink", <input id={id("permalink")} readOnly value={permalink} className={field} />)}
      {row("Citation", "text", <textarea id={id("text")} readOnly rows={5} value={citations.text} className={field} />)}
      {row("BibTeX", "bibtex", <textarea id={id("bibtex")} readOnly rows={7} value={citations.bibtex} className={field} />)}
      <p className="mt-2 text-xs text-stone-600">{children}</p>
    </section>
  );
}
