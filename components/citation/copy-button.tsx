"use client";

import { useState } from "react";

/** Copies the value of the field with `targetId`; says so, or says to copy by hand when the browser refuses. */
export function CopyButton({ targetId, label }: { targetId: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    const field = document.getElementById(targetId) as HTMLInputElement | HTMLTextAreaElement | null;
    if (!field) return;
    try {
      await navigator.clipboard.writeText(field.value);
      setState("copied");
    } catch {
      // No clipboard permission (an insecure origin, a denied prompt): select it for the reader to copy.
      field.select();
      setState("failed");
    }
  }
  return (
    <button type="button" onClick={copy} aria-label={label} className="rounded-md border border-stone-300 bg-white px-2 py-0.5 text-xs font-medium text-indigo-800 hover:bg-stone-50">
      <span aria-live="polite">{state === "copied" ? "Copied" : state === "failed" ? "Selected: press Ctrl+C" : "Copy"}</span>
    </button>
  );
}
