"use client";

import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { AcceptResult } from "@/lib/forms/form-state";
import { highlightSegments, paragraphs } from "@/lib/domain/highlight";
import type { Proposal } from "@/lib/extraction/extract-figures";
import { newClaimHref, proposalFormValues, type ClaimFormValues } from "@/lib/forms/claim-form-values";
import { extractionChunks } from "./extraction-chunks";

type Decision = { state: "pending" } | { state: "saving" } | { state: "accepted"; claimId: number } | { state: "rejected" } | { state: "error"; message: string };

function describe(p: Proposal): string {
  const value =
    p.qualifier === "vague"
      ? (p.vagueTerm ?? p.surface)
      : p.qualifier === "range"
        ? `${p.low}–${p.high}`
        : (p.best ?? p.low ?? p.high ?? p.surface);
  return `${p.qualifier.replace("_", " ")} ${value} ${p.metric.noun}`.trim();
}

/**
 * The review screen: the article's proposed figures, each accepted, edited or rejected, by mouse or
 * keyboard (J/K or the arrow keys to move, A accept, E edit, R reject).
 */
export function ReviewBoard({
  sourceId,
  text,
  publishedOn,
  claimedSpans,
  rejectedSpans,
  accept,
  reject,
}: {
  sourceId: number;
  text: string;
  publishedOn: string | null;
  claimedSpans: Array<{ start: number; end: number }>;
  /** Proposals rejected on an earlier visit. */
  rejectedSpans: Array<{ start: number; end: number }>;
  accept: (values: ClaimFormValues, attribution: string | null) => Promise<AcceptResult>;
  reject: (proposal: { sourceId: number; start: number; end: number; surface: string }) => Promise<AcceptResult | { ok: true }>;
}) {
  const chunks = useMemo(() => extractionChunks(text), [text]);
  const [proposals, setProposals] = useState<Proposal[]>([]);
  const [done, setDone] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [decisions, setDecisions] = useState<Record<string, Decision>>(() =>
    Object.fromEntries(rejectedSpans.map((r) => [`${r.start}-${r.end}`, { state: "rejected" } as Decision])),
  );
  const [current, setCurrent] = useState(0);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      for (const [i, chunk] of chunks.entries()) {
        const response = await fetch("/api/v1/extract", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ text: chunk.text, publishedOn }),
        });
        if (cancelled) return;
        if (!response.ok) {
          const body = (await response.json().catch(() => ({}))) as { error?: string };
          setFailure(body.error ?? `Extraction failed (${response.status}).`);
          return;
        }
        const body = (await response.json()) as { proposals: Proposal[] };
        const shifted = body.proposals
          .map((p) => ({ ...p, start: p.start + chunk.offset, end: p.end + chunk.offset, quoteStart: p.quoteStart + chunk.offset }))
          .filter((p) => !claimedSpans.some((c) => p.start < c.end && c.start < p.end));
        setProposals((prev) => [...prev, ...shifted]);
        setDone(i + 1);
      }
    })().catch(() => setFailure("The extraction could not be reached. Reload the page to try again."));
    return () => {
      cancelled = true;
    };
  }, [chunks, publishedOn, claimedSpans]);

  const keyOf = (p: Proposal) => `${p.start}-${p.end}`;
  const decide = useCallback(
    async (index: number, action: "accept" | "reject") => {
      const p = proposals[index];
      if (!p) return;
      const key = keyOf(p);
      if (action === "reject") {
        setDecisions((d) => ({ ...d, [key]: { state: "saving" } }));
        const result = await reject({ sourceId, start: p.start, end: p.end, surface: p.surface });
        setDecisions((d) => ({ ...d, [key]: result.ok ? { state: "rejected" } : { state: "error", message: result.message } }));
        return;
      }
      setDecisions((d) => ({ ...d, [key]: { state: "saving" } }));
      const result = await accept(proposalFormValues(sourceId, p), p.attribution);
      setDecisions((d) => ({
        ...d,
        [key]: result.ok
          ? { state: "accepted", claimId: result.claimId }
          : { state: "error", message: [result.message, ...Object.values(result.fields)].join(" ") + " Press E to edit it." },
      }));
    },
    [accept, reject, proposals, sourceId],
  );

  const editHref = (p: Proposal) => newClaimHref({ ...proposalFormValues(sourceId, p), returnTo: `/sources/${sourceId}/review` });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) return;
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === "j" || key === "arrowdown") setCurrent((c) => Math.min(c + 1, proposals.length - 1));
      else if (key === "k" || key === "arrowup") setCurrent((c) => Math.max(c - 1, 0));
      else if (key === "a") void decide(current, "accept");
      else if (key === "r") void decide(current, "reject");
      else if (key === "e" && proposals[current]) window.location.assign(editHref(proposals[current]!));
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  useEffect(() => {
    listRef.current?.querySelector<HTMLElement>(`[data-index="${current}"]`)?.scrollIntoView({ block: "nearest" });
  }, [current]);

  const counts = Object.values(decisions).reduce(
    (n, d) => ({ ...n, [d.state]: (n[d.state] ?? 0) + 1 }),
    {} as Record<string, number>,
  );

  const segments = useMemo(
    () => paragraphs(highlightSegments(text, proposals.map((p, i) => ({ id: String(i), quote: { start: p.start, end: p.end }, surface: null }))).segments, text),
    [text, proposals],
  );

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_26rem]">
    <article aria-label="Article with the proposed figures highlighted" className="order-2 space-y-3 rounded-lg border border-stone-200 bg-white p-5 font-serif leading-relaxed text-stone-900 shadow-sm lg:order-1">
      {segments
        .filter((para) => para.some((s) => s.text.trim() !== ""))
        .map((para) => (
          <p key={para[0]!.start} className="whitespace-pre-wrap">
            {para.map((s) => {
              const index = s.quoteIds[0] === undefined ? null : Number(s.quoteIds[0]);
              if (index === null) return <span key={s.start}>{s.text}</span>;
              const d = decisions[keyOf(proposals[index]!)]?.state ?? "pending";
              const tone = d === "accepted" ? "bg-emerald-200" : d === "rejected" ? "bg-stone-200 line-through" : "bg-amber-200";
              return (
                <mark
                  key={s.start}
                  onClick={() => setCurrent(index)}
                  className={`cursor-pointer rounded-sm px-0.5 text-stone-950 ${tone} ${index === current ? "outline outline-2 outline-indigo-700" : ""}`}
                >
                  {s.text}
                </mark>
              );
            })}
          </p>
        ))}
    </article>
    <div className="order-1 space-y-4 lg:order-2 lg:sticky lg:top-4 lg:max-h-[90vh] lg:overflow-y-auto">
      <div role="status" aria-live="polite" className="rounded-md border border-stone-200 bg-white px-4 py-3 text-sm">
        {failure ? (
          <span className="text-red-800">{failure}</span>
        ) : done < chunks.length ? (
          <>
            <span>
              Reading the article for figures: part {done + 1} of {chunks.length}…
            </span>
            <progress className="ml-3 align-middle" max={chunks.length} value={done} aria-label="Extraction progress" />
          </>
        ) : (
          <span>
            {proposals.length} figures proposed · {counts.accepted ?? 0} accepted · {counts.rejected ?? 0} rejected ·{" "}
            {proposals.length - (counts.accepted ?? 0) - (counts.rejected ?? 0)} left
          </span>
        )}
      </div>
      <p className="text-xs text-stone-600">
        Keys: <kbd className="rounded border px-1">J</kbd>/<kbd className="rounded border px-1">K</kbd> move, <kbd className="rounded border px-1">A</kbd> accept,{" "}
        <kbd className="rounded border px-1">E</kbd> edit, <kbd className="rounded border px-1">R</kbd> reject.
      </p>
      {!failure && done === chunks.length && proposals.length === 0 && (
        <p className="rounded-md border border-dashed border-stone-300 bg-white px-4 py-6 text-center text-sm text-stone-700">
          Nothing left to review: every figure found in this article is already a claim. To add one by hand, select its passage on the source page.
        </p>
      )}
      <ol ref={listRef} aria-label="Proposed figures" className="space-y-2">
        {proposals.map((p, i) => {
          const d = decisions[keyOf(p)] ?? { state: "pending" };
          const active = i === current;
          return (
            <li
              key={keyOf(p)}
              data-index={i}
              aria-current={active ? "true" : undefined}
              onClick={() => setCurrent(i)}
              className={`rounded-lg border bg-white p-3 text-sm shadow-sm ${active ? "border-indigo-600 ring-2 ring-indigo-200" : "border-stone-200"} ${d.state === "rejected" ? "opacity-60" : ""}`}
            >
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p>
                  <span className="figures font-semibold text-stone-900">“{p.surface}”</span>{" "}
                  <span className="text-stone-700">{describe(p)}</span>
                </p>
                <span className="text-xs font-medium text-stone-600">
                  {d.state === "accepted" ? (
                    <Link href={`/claims/${d.claimId}`} className="text-emerald-800 underline">
                      accepted as claim #{d.claimId}
                    </Link>
                  ) : d.state === "rejected" ? (
                    "rejected"
                  ) : d.state === "saving" ? (
                    "saving…"
                  ) : null}
                </span>
              </div>
              <p className="mt-1 font-serif text-stone-800">
                {p.quote.slice(0, p.start - p.quoteStart)}
                <mark className="rounded-sm bg-amber-200 px-0.5">{p.surface}</mark>
                {p.quote.slice(p.end - p.quoteStart)}
              </p>
              <p className="mt-1 text-xs text-stone-600">
                Metric: {p.metric.slug ?? <em>none matched (“{p.metric.noun}”)</em>} · Place: {p.place?.name ?? <em>none found</em>} · Period:{" "}
                {p.period.start || p.period.end ? `${p.period.start ?? "…"} – ${p.period.end ?? "…"}` : <em>unknown</em>}
                {p.attribution && <> · Attributed to: {p.attribution}</>}
              </p>
              {d.state === "error" && (
                <p role="alert" className="mt-1 text-sm text-red-800">
                  {d.message}
                </p>
              )}
              {(d.state === "pending" || d.state === "error") && (
                <div className="mt-2 flex gap-2">
                  <button type="button" onClick={() => void decide(i, "accept")} className="rounded-md bg-indigo-900 px-2.5 py-1 text-xs font-medium text-white hover:bg-indigo-800">
                    Accept
                  </button>
                  <Link href={editHref(p)} className="rounded-md border border-stone-300 px-2.5 py-1 text-xs font-medium text-stone-900 hover:bg-stone-50">
                    Edit
                  </Link>
                  <button type="button" onClick={() => void decide(i, "reject")} className="rounded-md border border-stone-300 px-2.5 py-1 text-xs font-medium text-stone-900 hover:bg-stone-50">
                    Reject
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </div>
    </div>
  );
}
