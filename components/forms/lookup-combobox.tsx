"use client";

import { Combobox, ComboboxInput, ComboboxOption, ComboboxOptions } from "@headlessui/react";
import { useEffect, useRef, useState } from "react";
import type { LookupItem } from "@/lib/schemas/lookup";
import { inputClass } from "./field";

/** "a place", "an actor", "an outlet": the article a noun takes. */
export function indefiniteArticle(noun: string): "a" | "an" {
  return /^[aeiou]/i.test(noun) ? "an" : "a";
}

/** The option that opens the creator instead of choosing an existing item. */
const CREATE = "\u0000create";

/** What the picker shows while it searches and when it finds nothing. */
type Search = { status: "idle" } | { status: "searching" } | { status: "done"; items: LookupItem[] } | { status: "failed" };

/**
 * Answers of `endpoint` (GET ?q=…) for what is typed, a short pause after the last key, with any
 * earlier search abandoned. The ledger can hold far more places and actors than a page could
 * list, so the picker asks for ten at a time instead of shipping every name.
 */
function useLookup(endpoint: string, query: string): Search {
  const q = query.trim();
  const [answer, setAnswer] = useState<{ q: string; search: Search }>({ q: "", search: { status: "idle" } });
  useEffect(() => {
    if (q === "") return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`${endpoint}?${new URLSearchParams({ q, limit: "10" })}`, { signal: controller.signal });
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { items: LookupItem[] };
        setAnswer({ q, search: { status: "done", items: body.items } });
      } catch {
        if (!controller.signal.aborted) setAnswer({ q, search: { status: "failed" } });
      }
    }, 150);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [endpoint, q]);
  if (q === "") return { status: "idle" };
  return answer.q === q ? answer.search : { status: "searching" };
}

/**
 * A searchable picker (a WAI-ARIA combobox, from Headless UI): type part of a name, choose with
 * the arrow keys and Enter or with the pointer. The choice's slug is submitted as `name`.
 */
export function LookupCombobox({
  id,
  name,
  endpoint,
  value,
  onChange,
  noun,
  describedBy,
  invalid,
  submit = true,
  onCreate,
  label,
}: {
  id: string;
  name: string;
  endpoint: string;
  value: LookupItem | null;
  onChange: (item: LookupItem | null) => void;
  /** What is looked for, for the messages: "place", "actor". */
  noun: string;
  describedBy?: string;
  invalid?: boolean;
  /** False for a picker that only helps fill another field: it then submits nothing. */
  submit?: boolean;
  /** Offers to create a new one from what was typed (components/forms/creatable-lookup.tsx). */
  onCreate?: (typed: string) => void;
  /** An accessible name when no <label for> names the input. */
  label?: string;
}) {
  const [query, setQuery] = useState("");
  const search = useLookup(endpoint, query);
  const statusId = `${id}-status`;
  const input = useRef<HTMLInputElement>(null);
  const chosen = useRef(value);
  useEffect(() => {
    chosen.current = value;
  }, [value]);
  // React resets a form after its action; the text then goes back to the chosen name, not to empty.
  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const restore = () => requestAnimationFrame(() => {
      if (input.current) input.current.value = chosen.current?.name ?? "";
    });
    form.addEventListener("reset", restore);
    return () => form.removeEventListener("reset", restore);
  }, []);
  return (
    <div className="relative">
      {submit && <input type="hidden" name={name} value={value?.slug ?? ""} />}
      <Combobox
        value={value}
        onChange={(item: LookupItem | null) => {
          if (item?.slug === CREATE) onCreate?.(item.name);
          else onChange(item);
        }}
        onClose={() => setQuery("")}
        by="slug"
      >
        <ComboboxInput
          id={id}
          aria-describedby={[describedBy, statusId].filter(Boolean).join(" ")}
          aria-invalid={invalid}
          aria-label={label}
          autoComplete="off"
          className={inputClass}
          ref={input}
          displayValue={(item: LookupItem | null) => item?.name ?? ""}
          onChange={(event) => {
            setQuery(event.target.value);
            if (event.target.value === "") onChange(null);
          }}
          placeholder={`Type to find ${indefiniteArticle(noun)} ${noun}…`}
        />
        <ComboboxOptions
          anchor="bottom start"
          // Not modal: the rest of the form stays readable and scrollable while the matches show.
          modal={false}
          className="z-20 max-h-72 w-[var(--input-width)] overflow-auto rounded-md border border-stone-200 bg-white py-1 text-sm shadow-lg empty:invisible"
        >
          {search.status === "done" &&
            search.items.map((item) => (
              <ComboboxOption key={item.slug} value={item} className="cursor-pointer px-3 py-2 data-[focus]:bg-indigo-50 data-[selected]:font-medium">
                <span className="text-stone-900">{item.name}</span>
                <span className="ml-2 text-xs text-stone-600">{item.detail}</span>
              </ComboboxOption>
            ))}
          {onCreate && search.status === "done" && (
            <ComboboxOption value={{ slug: CREATE, name: query.trim(), detail: "" }} className="cursor-pointer border-t border-stone-100 px-3 py-2 text-indigo-900 data-[focus]:bg-indigo-50">
              Create “{query.trim()}” as a new {noun}…
            </ComboboxOption>
          )}
        </ComboboxOptions>
      </Combobox>
      <p id={statusId} aria-live="polite" className="mt-1 min-h-4 text-xs text-stone-600">
        {search.status === "searching" && "Searching…"}
        {search.status === "failed" && "The search did not answer; try again."}
        {search.status === "done" && search.items.length === 0 && `No ${noun} matches “${query.trim()}”.${onCreate ? " Choose “Create” to add it." : ""}`}
        {search.status === "done" && search.items.length > 0 && `${search.items.length} ${search.items.length === 1 ? "match" : "matches"}; use the arrow keys and Enter to choose.`}
      </p>
    </div>
  );
}
