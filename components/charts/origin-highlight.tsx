"use client";

import { useCallback, useRef, useState } from "react";

/**
 * Picks out one origin's figures in a server-rendered chart: pointing at (or focusing) an element
 * with `data-origin-letter` marks every element of that origin `data-lit` and dims the rest
 * (globals.css); pressing an origin's key button keeps it picked until pressed again. The chart
 * itself stays server-rendered: this only toggles attributes.
 */
export function OriginHighlight({ children }: { children: React.ReactNode }) {
  const root = useRef<HTMLDivElement>(null);
  const [pinned, setPinned] = useState<string | null>(null);

  const show = useCallback((letter: string | null) => {
    const el = root.current;
    if (!el) return;
    if (letter === null) delete el.dataset.highlight;
    else el.dataset.highlight = letter;
    for (const node of el.querySelectorAll<HTMLElement | SVGElement>("[data-origin-letter]")) {
      const on = letter !== null && node.dataset.originLetter === letter;
      if (on) node.dataset.lit = "";
      else delete node.dataset.lit;
    }
  }, []);

  const letterOf = (target: EventTarget | null) =>
    target instanceof Element ? (target.closest<HTMLElement | SVGElement>("[data-origin-letter]")?.dataset.originLetter ?? null) : null;

  return (
    <div
      ref={root}
      className="origin-highlight"
      onPointerOver={(e) => show(letterOf(e.target) ?? pinned)}
      onPointerLeave={() => show(pinned)}
      onFocus={(e) => show(letterOf(e.target) ?? pinned)}
      onBlur={() => show(pinned)}
      onClick={(e) => {
        const button = e.target instanceof Element ? e.target.closest<HTMLButtonElement>("button[data-origin-letter]") : null;
        if (!button) return;
        const letter = button.dataset.originLetter ?? null;
        const next = pinned === letter ? null : letter;
        setPinned(next);
        for (const b of root.current?.querySelectorAll<HTMLButtonElement>("button[data-origin-letter]") ?? []) {
          b.setAttribute("aria-pressed", String(b.dataset.originLetter === next));
        }
        show(next);
      }}
    >
      {children}
    </div>
  );
}
