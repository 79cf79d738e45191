"use client";

import { useState } from "react";
import { THEME_CHOICES, themeAttribute, themeCookie, type ThemeChoice } from "./theme-choice";

const LABELS: Record<ThemeChoice, string> = { system: "Auto", light: "Light", dark: "Dark" };
const TITLES: Record<ThemeChoice, string> = {
  system: "Follow the system's light or dark setting",
  light: "Always light",
  dark: "Always dark",
};

/** Three buttons: follow the system, light, dark. The choice applies at once and is remembered. */
export function ThemeSwitch({ initial }: { initial: ThemeChoice }) {
  const [choice, setChoice] = useState(initial);
  function choose(next: ThemeChoice) {
    setChoice(next);
    const attribute = themeAttribute(next);
    if (attribute) document.documentElement.dataset.theme = attribute;
    else delete document.documentElement.dataset.theme;
    document.cookie = themeCookie(next);
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
