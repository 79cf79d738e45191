"use client";

import Link from "@/components/ui/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ReviewResult } from "@/lib/forms/form-state";
import type { ClaimFormValues } from "@/lib/forms/claim-form-values";
import type { ReviewTally } from "@/lib/schemas/claim-input";
import { highlightSegments, paragraphs } from "@/lib/domain/highlight";
import type { KnownFigureMatch, KnownFigureView } from "@/lib/extraction/known-figures";
import type { KnownFiguresQuery } from "@/lib/schemas/known-figures";
import { extractionChunks } from "./extraction-chunks";
import { KnownFigures } from "./known-figures";
import { ProposalEditor, type MetricChoice, type TopicChoice } from "./proposal-editor";
import { claimFromReview, draftFromProposal, placeToCreate, type ResolvedChain, type ReviewDraft, type ReviewProposal } from "./review-draft";

export type { ReviewProposal } from "./review-draft";

type Decision =
  | { state: "pending" }
  | { state: "saving" }
  | { state: "accepted"; claimId: number; edited: boolean }
  | { state: "rejected" }
  | { state: "error"; message: string; fields: Record<string, string> };

const keyOf = (p: ReviewProposal) => `${p.start}-${p.end}`;
const open = (d: Decision | undefined) => !d || d.state === "pending" || d.state === "error";

/**
 * The review screen: the article's proposed figures, each accepted as it stands, corrected in
 * place and accepted, or rejected, without leaving the page. Keyboard first: J/K (or arrows) move,
 * A accepts and moves on, E opens the correction, R rejects, X marks, Shift+A accepts the marked
 * ones (or, with none marked, every one left). The tally is kept with the source.
 */
export function ReviewBoard({
  sourceId,
  text,
  publishedOn,
  claimedSpans,
  rejectedSpans,
  initialTally,
  metrics,
  topics,
  accept,
  reject,
  recordProposed,
  attributionActors,
  knownFigures,
  sameReport,
}: {
  sourceId: number;
  text: string;
  publishedOn: string | null;
  claimedSpans: Array<{ start: number; end: number }>;
  /** Proposals rejected on an earlier visit. */
  rejectedSpans: Array<{ start: number; end: number }>;
  initialTally: ReviewTally;
  metrics: MetricChoice[];
  topics: TopicChoice[];
  accept: (values: ClaimFormValues, review: { edited: boolean; attributionPhrase: string | null }) => Promise<ReviewResult>;
  reject: (proposal: { sourceId: number; start: number; end: number; surface: string }) => Promise<ReviewResult>;
  recordProposed: (sourceId: number, proposed: number) => Promise<ReviewResult>;
  /** Each name of a proposal's chain, origin first, with the actor the ledger knows by it. */
  attributionActors: (names: string[]) => Promise<ResolvedChain>;
  /** Which proposals the ledger already holds from other sources; asked once the article is read. */
  knownFigures: (query: KnownFiguresQuery) => Promise<{ ok: true; figures: KnownFigureMatch[] } | { ok: false; message: string }>;
  sameReport: (formData: FormData) => Promise<void>;
}) {
  const chunks = useMemo(() => extractionChunks(text), [text]);
  const metricNames = useMemo(() => new Map(metrics.map((m) => [m.slug, m.name])), [metrics]);
  const [proposals, setProposals] = useState<ReviewProposal[]>([]);
  const [done, setDone] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [tally, setTally] = useState(initialTally);
  const [decisions, setDecisions] = useState<Record<string, Decision>>(() =>
    Object.fromEntries(rejectedSpans.map((r) => [`${r.start}-${r.end}`, { state: "rejected" } as Decision])),
  );
  const [drafts, setDrafts] = useState<Record<string, ReviewDraft>>({});
  const [editing, setEditing] = useState<string | null>(null);
  const [marked, setMarked] = useState<Set<string>>(new Set());
  const [current, setCurrent] = useState(0);
  const [known, setKnown] = useState<KnownFigureView[]>([]);
  const [knownFailure, setKnownFailure] = useState<string | null>(null);
  const defaultTopic = topics[0]?.slug ?? "";
  const listRef = useRef<HTMLOListElement>(null);

  // The actions and the claimed spans come from the server page and change identity when it
  // refreshes after a decision: the article is read once per visit all the same.
  const latest = useRef({ claimedSpans, recordProposed, knownFigures });
  useEffect(() => {
    latest.current = { claimedSpans, recordProposed, knownFigures };
  });

  useEffect(() => {
    let cancelled = false;
    const { claimedSpans, recordProposed, knownFigures } = latest.current;
    (async () => {
      let found = 0;
      const all: ReviewProposal[] = [];
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
        const body = (await response.json()) as { proposals: ReviewProposal[] };
        found += body.proposals.length;
        const shifted = body.proposals
          .map((p) => ({ ...p, start: p.start + chunk.offset, end: p.end + chunk.offset, quoteStart: p.quoteStart + chunk.offset, quoteEnd: p.quoteEnd + chunk.offset }))
          .filter((p) => !claimedSpans.some((c) => p.start < c.end && c.start < p.end));
        all.push(...shifted);
        // The first part replaces whatever an earlier reading of the article left.
        setProposals((prev) => (i === 0 ? shifted : [...prev, ...shifted]));
        setDone(i + 1);
      }
      // Every figure found counts as proposed, those already claimed included, so the tally reads the same on every visit.
      const result = await recordProposed(sourceId, found);
      if (!cancelled && result.ok) setTally(result.tally);
      // The figures the ledger already holds, matched against these proposals: the article is read once.
      const figures = all.map((p) => ({ start: p.start, end: p.end, metric: p.metric.slug, low: p.low, best: p.best, high: p.high, period: { start: p.period.start, end: p.period.end }, place: p.place?.slug ?? null }));
      const matched = figures.length > 0 ? await knownFigures({ sourceId, figures }) : null;
      if (cancelled || !matched) return;
      if (!matched.ok) setKnownFailure(matched.message);
      else setKnown(matched.figures.flatMap(({ start, end, ...m }) => all.filter((p) => p.start === start && p.end === end).map((proposal) => ({ ...m, proposal }))));
    })().catch(() => setFailure("The extraction could not be reached. Reload the page to try again."));
    return () => {
      cancelled = true;
    };
  }, [chunks, publishedOn, sourceId]);

  /** The next proposal still open after `index`, else the current one. */
  const nextOpen = useCallback(
    (index: number, decided: Record<string, Decision>) => {
      for (let i = index + 1; i < proposals.length; i += 1) if (open(decided[keyOf(proposals[i]!)])) return i;
      return index;
    },
    [proposals],
  );

  const decide = useCallback(
    async (index: number, action: "accept" | "reject"): Promise<boolean> => {
      const p = proposals[index];
      if (!p || !open(decisions[keyOf(p)])) return false;
      const key = keyOf(p);
      setDecisions((d) => ({ ...d, [key]: { state: "saving" } }));
      const draft = drafts[key] ?? null;
      const result =
        action === "reject"
          ? await reject({ sourceId, start: p.start, end: p.end, surface: p.surface })
          : await accept(claimFromReview(sourceId, p, draft), { edited: draft !== null, attributionPhrase: p.attribution });
      if (result.ok) setTally(result.tally);
      const decision: Decision = !result.ok
        ? { state: "error", message: result.message, fields: result.fields }
        : action === "reject"
          ? { state: "rejected" }
          : { state: "accepted", claimId: result.claimId!, edited: draft !== null };
      setDecisions((d) => ({ ...d, [key]: decision }));
      if (result.ok) {
        if (editing === key) setEditing(null);
        setMarked((m) => {
          const next = new Set(m);
          next.delete(key);
          return next;
        });
      } else if (action === "accept" && Object.keys(result.fields).length > 0) {
        // A field the ledger refused opens the correction on it.
        openEditor(index);
      }
      return result.ok;
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [accept, reject, proposals, sourceId, drafts, decisions, editing],
  );

  async function openEditor(index: number) {
    const p = proposals[index];
    if (!p) return;
    const key = keyOf(p);
    setCurrent(index);
    setEditing(key);
    if (drafts[key]) return;
    setDrafts((d) => ({ ...d, [key]: draftFromProposal(p, [], defaultTopic) }));
    const names = p.attributionChain.length > 0 ? p.attributionChain : p.attribution ? [p.attribution] : [];
    const chain = names.length > 0 ? await attributionActors(names).catch((): ResolvedChain => []) : [];
    const resolved = draftFromProposal(p, chain, defaultTopic);
    // Only into a chain the editor has not touched meanwhile.
    setDrafts((d) =>
      d[key] && d[key].attribution.length === 0 && d[key].actorsToCreate.length === 0
        ? { ...d, [key]: { ...d[key], attribution: resolved.attribution, actorsToCreate: resolved.actorsToCreate } }
        : d,
    );
  }

  /** Moves on at once, so keys can follow each other without waiting; a refusal brings the editor back. */
  async function decideAndMove(index: number, action: "accept" | "reject") {
    if (!proposals[index] || !open(decisions[keyOf(proposals[index])])) return;
    setCurrent(nextOpen(index, decisions));
    if (!(await decide(index, action))) setCurrent(index);
  }
  const acceptAndMove = (index: number) => decideAndMove(index, "accept");
  const rejectAndMove = (index: number) => decideAndMove(index, "reject");

  /** Accepts the marked proposals, or every one still open when none is marked, one after another. */
  async function acceptBatch() {
    const targets = proposals
      .map((p, i) => [p, i] as const)
      .filter(([p]) => open(decisions[keyOf(p)]) && (marked.size === 0 || marked.has(keyOf(p))))
      .map(([, i]) => i);
    for (const i of targets) await decide(i, "accept");
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && (["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) || target.isContentEditable)) return;
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      const key = event.key.toLowerCase();
      const p = proposals[current];
      if (key === "j" || key === "arrowdown") setCurrent((c) => Math.min(c + 1, proposals.length - 1));
      else if (key === "k" || key === "arrowup") setCurrent((c) => Math.max(c - 1, 0));
      else if (key === "a" && event.shiftKey) void acceptBatch();
      else if (key === "a") void acceptAndMove(current);
      else if (key === "r") void rejectAndMove(current);
      else if (key === "e") void openEditor(current);
      else if (key === "x" && p && open(decisions[keyOf(p)])) {
        setMarked((m) => {
          const next = new Set(m);
          if (next.has(keyOf(p))) next.delete(keyOf(p));
          else next.add(keyOf(p));
          return next;
        });
      } else if (key === "escape" && editing) setEditing(null);
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  useEffect(() => {
    listRef.current?.querySelector<HTMLElement>(`[data-index="${current}"]`)?.scrollIntoView({ block: "nearest" });
  }, [current]);

  const segments = useMemo(
    () => paragraphs(highlightSegments(text, proposals.map((p, i) => ({ id: String(i), quote: { start: p.start, end: p.end }, surface: null }))).segments, text),
    [text, proposals],
  );
  const left = proposals.filter((p) => open(decisions[keyOf(p)])).length;
  const reading = !failure && done < chunks.length;

  return (
    <>
    {knownFailure && (
      <p role="alert" className="mb-4 text-sm text-red-800">
        Could not check which figures the ledger already holds: {knownFailure}
      </p>
    )}
    <KnownFigures sourceId={sourceId} figures={known} sameReport={sameReport} />
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_30rem]">
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
          ) : (
            <>
              {reading && (
                <p>
                  Reading the article for figures: part {done + 1} of {chunks.length}…
                  <progress className="ml-3 align-middle" max={chunks.length} value={done} aria-label="Extraction progress" />
                </p>
              )}
              <p>
                {tally.proposed} {tally.proposed === 1 ? "figure" : "figures"} proposed · {tally.accepted} accepted · {tally.edited} edited · {tally.rejected} rejected
                {!reading && <> · {left} left</>}
              </p>
            </>
          )}
        </div>
        <p className="text-xs text-stone-600">
          Keys: <kbd className="rounded border px-1">J</kbd>/<kbd className="rounded border px-1">K</kbd> move, <kbd className="rounded border px-1">A</kbd> accept,{" "}
          <kbd className="rounded border px-1">E</kbd> correct, <kbd className="rounded border px-1">R</kbd> reject, <kbd className="rounded border px-1">X</kbd> mark,{" "}
          <kbd className="rounded border px-1">Shift</kbd>+<kbd className="rounded border px-1">A</kbd> accept the marked (or all left).
        </p>
        {!reading && left > 0 && (
          <button type="button" onClick={() => void acceptBatch()} className="rounded-md border border-indigo-300 bg-white px-3 py-1.5 text-xs font-medium text-indigo-900 hover:bg-indigo-50">
            {marked.size > 0 ? `Accept the ${marked.size} marked` : `Accept all ${left} left`}
          </button>
        )}
        {!failure && !reading && proposals.length === 0 && (
          <p className="rounded-md border border-dashed border-stone-300 bg-white px-4 py-6 text-center text-sm text-stone-700">
            Nothing left to review: every figure found in this article is already a claim. To add one by hand, select its passage on the source page.
          </p>
        )}
        <ol ref={listRef} aria-label="Proposed figures" className="space-y-2">
          {proposals.map((p, i) => {
            const key = keyOf(p);
            const d = decisions[key] ?? { state: "pending" };
            const draft = drafts[key];
            const shown = draft ?? draftFromProposal(p, [], defaultTopic);
            const placeNew = shown.place === null ? placeToCreate(p) : null;
            const active = i === current;
            return (
              <li
                key={key}
                data-index={i}
                aria-current={active ? "true" : undefined}
                onClick={() => setCurrent(i)}
                className={`rounded-lg border bg-white p-3 text-sm shadow-sm ${active ? "border-indigo-600 ring-2 ring-indigo-200" : "border-stone-200"} ${d.state === "rejected" ? "opacity-60" : ""}`}
              >
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <p>
                    {marked.has(key) && <span className="mr-1 rounded bg-indigo-100 px-1 text-xs text-indigo-900">marked</span>}
                    <span className="figures font-semibold text-stone-900">“{p.surface}”</span>{" "}
                    <span className="text-stone-700">{shown.qualifier.replace("_", " ")}</span>
                  </p>
                  <span className="text-xs font-medium text-stone-600">
                    {d.state === "accepted" ? (
                      <Link href={`/claims/${d.claimId}`} className="text-emerald-800 underline">
                        {d.edited ? "corrected and accepted" : "accepted"} as claim #{d.claimId}
                      </Link>
                    ) : d.state === "rejected" ? (
                      "rejected"
                    ) : d.state === "saving" ? (
                      "saving…"
                    ) : draft ? (
                      "corrected, not saved yet"
                    ) : null}
                  </span>
                </div>
                <p className="mt-1 font-serif text-stone-800">
                  {p.quote.slice(0, p.start - p.quoteStart)}
                  <mark className="rounded-sm bg-amber-200 px-0.5">{p.surface}</mark>
                  {p.quote.slice(p.end - p.quoteStart)}
                </p>
                <p className="mt-1 text-xs text-stone-600">
                  Metric:{" "}
                  {shown.newMetric ? (
                    <>new: {shown.newMetric.name || <em>unnamed</em>}{!draft && " (to create)"}</>
                  ) : shown.metric ? (
                    (metricNames.get(shown.metric) ?? shown.metric)
                  ) : (
                    <em>none matched (“{p.metric.noun}”)</em>
                  )}{" "}
                  · Place: {shown.place?.name ?? (placeNew ? <>{placeNew.name} (new {placeNew.kind}, to create)</> : <em>none found</em>)} · Modality: {shown.modality} · Period:{" "}
                  {shown.periodStart || shown.periodEnd ? `${shown.periodStart || "…"} – ${shown.periodEnd || "…"}` : <em>unknown</em>}
                  {draft ? (
                    <> · Attributed to: {draft.attribution.length > 0 ? draft.attribution.map((a) => a.name).join(" → ") : <em>the source</em>}</>
                  ) : (
                    (p.attributionChain.length > 0 || p.attribution) && <> · Attributed to: {p.attributionChain.length > 0 ? p.attributionChain.join(" → ") : p.attribution}</>
                  )}
                </p>
                {d.state === "error" && (
                  <p role="alert" className="mt-1 text-sm text-red-800">
                    {[d.message, ...Object.values(d.fields)].join(" ")}
                  </p>
                )}
                {open(d) && editing === key && draft && (
                  <ProposalEditor
                    idPrefix={`review-${key}`}
                    proposal={p}
                    draft={draft}
                    onChange={(next) => setDrafts((all) => ({ ...all, [key]: next }))}
                    metrics={metrics}
                    topics={topics}
                    errors={d.state === "error" ? d.fields : {}}
                    pending={false}
                    onAccept={() => void acceptAndMove(i)}
                    onClose={() => setEditing(null)}
                  />
                )}
                {open(d) && editing !== key && (
                  <div className="mt-2 flex gap-2">
                    <button type="button" onClick={() => void acceptAndMove(i)} className="rounded-md bg-indigo-900 px-2.5 py-1 text-xs font-medium text-white hover:bg-indigo-800">
                      Accept
                    </button>
                    <button type="button" onClick={() => void openEditor(i)} className="rounded-md border border-stone-300 px-2.5 py-1 text-xs font-medium text-stone-900 hover:bg-stone-50">
                      Correct
                    </button>
                    <button type="button" onClick={() => void rejectAndMove(i)} className="rounded-md border border-stone-300 px-2.5 py-1 text-xs font-medium text-stone-900 hover:bg-stone-50">
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
    </>
  );
}
