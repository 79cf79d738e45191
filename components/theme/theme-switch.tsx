"use client";

import { useState } from "react";
import { THEME_CHOICES, themeAttribute, themeCookie, type ThemeChoice } from "./theme-choice";

const LABELS: Record<ThemeChoice, string> = { system: "Auto", light: "Light", dark: "Dark" };
const TITLES: Record<ThemeChoice, string> = {
  system: "Follow the system's light or dark setting",
  light: "Always light",
  dark: "Always dark",
};

/** Applies a choice to the page at once and remembers it for the next request. */
function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  const attribute = themeAttribute(choice);
  if (attribute) root.setAttribute("data-theme", attribute);
  else root.removeAttribute("data-theme");
  document.cookie = themeCookie(choice);
}

/** Three buttons: follow the system, light, dark. The choice applies at once and is remembered. */
export function ThemeSwitch({ initial }: { initial: ThemeChoice }) {
  const [choice, setChoice] = useState(initial);
  function choose(next: ThemeChoice) {
    setChoice(next);
    applyTheme(next);
  }
  return (
    <div role="group" aria-label="Theme" className="inline-flex rounded-md border border-stone-300 bg-white p-0.5 text-xs font-medium">
      {THEME_CHOICES.map((c) => (
        <button
          key={c}
          type="button"
          aria-pressed={choice === c}
          title={TITLES[c]}
          onClick={() => choose(c)}
          className={`rounded px-2 py-1 ${choice === c ? "bg-indigo-900 text-white" : "text-stone-700 hover:bg-stone-100"}`}
        >
          {LABELS[c]}
        </button>
      ))}
    </div>
  );
}
