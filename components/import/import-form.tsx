"use client";

import Link from "@/components/ui/link";
import { useState } from "react";

type Problem = { line: number; field: string | null; message: string };
type Summary = { sources: number; claims: number; relations: number; groups: number; keptIds: boolean; seconds: number; firstClaimId: number | null };
type State =
  | { kind: "idle" }
  | { kind: "running"; label: string; percent: number | null }
  | { kind: "imported"; summary: Summary }
  | { kind: "refused"; error: string; problems: Problem[] }
  | { kind: "failed"; error: string };

// How much of the bar each step of the write fills, in order.
const STEPS = [
  ["checks", "Checking the file against the ledger", 5],
  ["sources", "Writing sources", 15],
  ["claims", "Writing claims", 35],
  ["revisions", "Writing revisions", 25],
  ["agreement", "Recomputing agreement", 20],
] as const;

function progressOf(phase: string, done: number, total: number): { label: string; percent: number } {
  let before = 0;
  for (const [name, label, weight] of STEPS) {
    if (name === phase) {
      const part = total > 0 ? done / total : 1;
      const counted = name === "sources" || name === "claims" ? ` ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}` : "";
      return { label: `${label}${counted}…`, percent: Math.round(before + weight * part) };
    }
    before += weight;
  }
  return { label: "Importing…", percent: before };
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** Uploads a ledger file to POST /api/v1/imports and follows its streamed progress to the summary or the report. */
export function ImportForm({ limitLabel }: { limitLabel: string }) {
  const [state, setState] = useState<State>({ kind: "idle" });

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) {
      setState({ kind: "failed", error: "Choose a ledger file (.jsonl) first." });
      return;
    }
    setState({ kind: "running", label: "Uploading and reading the file…", percent: null });
    try {
      const response = await fetch("/api/v1/imports", { method: "POST", body: file, headers: { "content-type": "application/x-ndjson", accept: "application/x-ndjson" } });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => ({}))) as { error?: string; problems?: Problem[] };
        if (body.problems) setState({ kind: "refused", error: body.error ?? "The file was refused.", problems: body.problems });
        else setState({ kind: "failed", error: body.error ?? `The import failed (${response.status}); nothing was imported.` });
        return;
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffered = "";
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffered += value;
        const lines = buffered.split("\n");
        buffered = lines.pop() ?? "";
        for (const line of lines) {
          if (!line.trim()) continue;
          const message = JSON.parse(line) as { phase?: string; done?: number; total?: number; result?: string; imported?: Summary; error?: string; problems?: Problem[] };
          if (message.phase) setState({ kind: "running", ...progressOf(message.phase, message.done ?? 0, message.total ?? 0) });
          else if (message.result === "imported" && message.imported) setState({ kind: "imported", summary: message.imported });
          else if (message.result === "refused") setState({ kind: "refused", error: message.error ?? "The file was refused.", problems: message.problems ?? [] });
          else if (message.result) setState({ kind: "failed", error: message.error ?? "The import failed; nothing was imported." });
        }
      }
    } catch {
      setState({ kind: "failed", error: "The connection was lost. Nothing is imported unless the summary says so; reload the sources to check." });
    }
  }

  const running = state.kind === "running";
  return (
    <div className="space-y-5">
      <form onSubmit={submit} className="space-y-4">
        <div>
          <label htmlFor="import-file" className="block text-sm font-medium text-stone-800">
            Ledger file
          </label>
          <input id="import-file" name="file" type="file" accept=".jsonl,.ndjson,application/x-ndjson" disabled={running} className="mt-1 block w-full text-sm" />
          <p className="mt-1 text-sm text-stone-600">JSON Lines as the ledger export writes it, at most {limitLabel}.</p>
        </div>
        <button type="submit" disabled={running} className="rounded-md bg-indigo-900 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800 disabled:opacity-60">
          {running ? "Importing…" : "Import"}
        </button>
      </form>

      {(state.kind === "running" || state.kind === "imported") && (
        <div role="status" aria-live="polite" className="space-y-2">
          <progress
            aria-label="Import progress"
            max={100}
            value={state.kind === "imported" ? 100 : (state.percent ?? undefined)}
            className="h-3 w-full overflow-hidden rounded [&::-webkit-progress-bar]:bg-stone-200 [&::-webkit-progress-value]:bg-indigo-800"
          />
          <p className="text-sm text-stone-700">{state.kind === "imported" ? "Done." : state.label}</p>
        </div>
      )}

      {state.kind === "imported" && (
        <div className="rounded-md border border-emerald-300 bg-emerald-50 p-4 text-sm text-emerald-950">
          <p className="font-medium">
            Imported {plural(state.summary.sources, "source", "sources")} and {plural(state.summary.claims, "claim", "claims")}
            {state.summary.relations > 0 ? ` with ${plural(state.summary.relations, "relation", "relations")}` : ""}; {plural(state.summary.groups, "agreement group", "agreement groups")} recomputed.
          </p>
          {state.summary.firstClaimId !== null && (
            <p className="mt-2">
              <Link href={`/claims/${state.summary.firstClaimId}`} className="font-medium text-indigo-900 underline">
                Open the first imported claim
              </Link>
            </p>
          )}
        </div>
      )}

      {state.kind === "refused" && (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-950">
          <p className="font-medium">{state.error}</p>
          <p className="mt-1">Fix these rows and import the file again:</p>
          <table className="mt-3 w-full text-left">
            <thead>
              <tr>
                <th scope="col" className="pr-4 font-medium">Line</th>
                <th scope="col" className="pr-4 font-medium">Field</th>
                <th scope="col" className="font-medium">Problem</th>
              </tr>
            </thead>
            <tbody>
              {state.problems.map((p, i) => (
                <tr key={i} className="border-t border-red-200 align-top">
                  <td className="py-1 pr-4 tabular-nums">{p.line === 0 ? "whole file" : p.line}</td>
                  <td className="py-1 pr-4 font-mono">{p.field ?? "—"}</td>
                  <td className="py-1">{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {state.kind === "failed" && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-950">
          {state.error}
        </p>
      )}
    </div>
  );
}
