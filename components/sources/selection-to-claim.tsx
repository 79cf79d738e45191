"use client";

import Link from "@/components/ui/link";
import { useEffect, useState } from "react";
import { newClaimHref } from "@/lib/forms/claim-form-values";

/**
 * Highlight to claim: selecting a passage in the article offers to make a claim of it, with the
 * claim form prefilled with the passage and where it starts in the text.
 */
export function SelectionToClaim({ sourceId, containerId }: { sourceId: number; containerId: string }) {
  const [selection, setSelection] = useState<{ quote: string; start: number } | null>(null);

  useEffect(() => {
    const container = document.getElementById(containerId);
    if (!container) return;
    const onChange = () => {
      const sel = window.getSelection();
      if (!sel || sel.isCollapsed || sel.rangeCount === 0) return setSelection(null);
      const range = sel.getRangeAt(0);
      if (!container.contains(range.commonAncestorContainer)) return setSelection(null);
      // Offsets count the article's own characters: each paragraph element carries its start.
      const startOf = (node: Node, offset: number): number | null => {
        const el = (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement) as HTMLElement | null;
        const para = el?.closest<HTMLElement>("[data-offset]");
        if (!para) return null;
        const before = document.createRange();
        before.setStart(para, 0);
        before.setEnd(node, offset);
        return Number(para.dataset.offset) + before.toString().length;
      };
      const start = startOf(range.startContainer, range.startOffset);
      const quote = sel.toString();
      setSelection(start === null || quote.trim() === "" ? null : { quote, start });
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [containerId]);

  if (!selection) {
    return <p className="text-xs text-stone-600">Select a passage in the article to make a claim of it.</p>;
  }
  return (
    <Link href={newClaimHref({ sourceId: String(sourceId), quote: selection.quote, quoteStart: String(selection.start) })} className="inline-block rounded-md bg-indigo-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-800">
      Make a claim of the selected passage
    </Link>
  );
}
