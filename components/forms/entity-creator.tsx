"use client";

import { useId, useRef, useState } from "react";
import { ACTOR_KINDS, ACTOR_KIND_LABELS, PLACE_KINDS, PLACE_KIND_LABELS } from "@/lib/schemas/entities";
import type { LookupItem } from "@/lib/schemas/lookup";
import { inputClass } from "./field";
import { LookupCombobox } from "./lookup-combobox";

export type CreatableKind = "outlet" | "actor" | "place";

const ENDPOINT: Record<CreatableKind, string> = { outlet: "/api/v1/outlets", actor: "/api/v1/actors", place: "/api/v1/places" };

type Answer = { item?: LookupItem; error?: string; fields?: Record<string, string>; detail?: { existing?: LookupItem } };

/**
 * A new outlet, actor or place, made where the editor needs it: inside another form, so it is a
 * group of fields (not a nested form) that posts to the JSON API and hands the new item back.
 * Its inputs have no `name`: nothing of it is submitted with the surrounding form.
 */
export function EntityCreator({
  kind,
  initialName,
  initialPlaceKind = "province",
  initialParent = null,
  onCreated,
  onCancel,
}: {
  kind: CreatableKind;
  initialName: string;
  /** Prefilled from what the extractor proposed: the kind of place and the place it lies in. */
  initialPlaceKind?: string;
  initialParent?: LookupItem | null;
  onCreated: (item: LookupItem) => void;
  onCancel: () => void;
}) {
  const base = useId();
  const [name, setName] = useState(initialName);
  const [aliases, setAliases] = useState("");
  const [actorKind, setActorKind] = useState<string>("");
  const [placeKind, setPlaceKind] = useState<string>(initialPlaceKind);
  const [parent, setParent] = useState<LookupItem | null>(initialParent);
  const [affiliation, setAffiliation] = useState<LookupItem | null>(null);
  const [wikidataId, setWikidataId] = useState("");
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [pending, setPending] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  const noun = kind === "place" ? "place" : kind === "outlet" ? "outlet" : "actor";

  async function create() {
    setPending(true);
    const body =
      kind === "place"
        ? { name, aliases, kind: placeKind, parent: parent?.slug ?? null, wikidataId }
        : kind === "outlet"
          ? { name, aliases, wikidataId }
          : { name, aliases, kind: actorKind, affiliation: affiliation?.slug ?? null, wikidataId };
    try {
      const response = await fetch(ENDPOINT[kind], { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const json = (await response.json().catch(() => ({ error: `The ledger answered ${response.status}.` }))) as Answer;
      if (response.ok && json.item) onCreated(json.item);
      else setAnswer(json);
    } catch {
      setAnswer({ error: "The ledger could not be reached; nothing was created. Try again." });
    } finally {
      setPending(false);
    }
  }

  // Enter creates instead of submitting the surrounding form; Escape gives up.
  const onKeyDown = (event: React.KeyboardEvent) => {
    const target = event.target as HTMLElement;
    // A picker inside keeps its own Enter and Escape (choose, close the list).
    if (target.getAttribute("role") === "combobox" || target.tagName === "BUTTON") return;
    if (event.key === "Enter") {
      event.preventDefault();
      void create();
    } else if (event.key === "Escape") {
      event.preventDefault();
      onCancel();
    }
  };

  const field = (suffix: string) => `${base}-${suffix}`;
  const error = (key: string) =>
    answer?.fields?.[key] ? (
      <p id={field(`${key}-error`)} className="text-sm text-red-700">
        {answer.fields[key]}
      </p>
    ) : null;

  return (
    <div role="group" aria-label={`New ${noun}`} onKeyDown={onKeyDown} className="mt-2 space-y-3 rounded-md border border-indigo-200 bg-indigo-50/40 p-3 text-sm">
      <p className="font-medium text-stone-900">New {noun}</p>
      {answer?.error && (
        <div role="alert" className="text-sm text-red-800">
          {answer.error}
          {answer.detail?.existing && (
            <button type="button" onClick={() => onCreated(answer.detail!.existing!)} className="ml-2 underline">
              Use “{answer.detail.existing.name}”
            </button>
          )}
        </div>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={field("name")} className="block text-xs font-medium text-stone-900">
            Name of the new {noun}
          </label>
          <input id={field("name")} ref={nameInput} value={name} onChange={(e) => setName(e.target.value)} aria-invalid={Boolean(answer?.fields?.name)} className={inputClass} autoFocus />
          {error("name")}
        </div>
        <div className="space-y-1">
          <label htmlFor={field("aliases")} className="block text-xs font-medium text-stone-900">
            Other names (comma-separated)
          </label>
          <input id={field("aliases")} value={aliases} onChange={(e) => setAliases(e.target.value)} aria-invalid={Boolean(answer?.fields?.aliases)} className={inputClass} />
          {error("aliases")}
        </div>
        {kind === "actor" && (
          <div className="space-y-1">
            <label htmlFor={field("kind")} className="block text-xs font-medium text-stone-900">
              Kind of actor
            </label>
            <select id={field("kind")} value={actorKind} onChange={(e) => setActorKind(e.target.value)} aria-invalid={Boolean(answer?.fields?.kind)} className={inputClass}>
              <option value="">Choose…</option>
              {ACTOR_KINDS.map((k) => (
                <option key={k} value={k}>
                  {ACTOR_KIND_LABELS[k]}
                </option>
              ))}
            </select>
            {error("kind")}
          </div>
        )}
        {kind === "actor" && (
          <div className="space-y-1">
            <label htmlFor={field("affiliation")} className="block text-xs font-medium text-stone-900">
              Speaks for or belongs to (optional)
            </label>
            <LookupCombobox id={field("affiliation")} name="" submit={false} endpoint="/api/v1/actors" value={affiliation} onChange={setAffiliation} noun="actor" invalid={Boolean(answer?.fields?.affiliation)} />
            {error("affiliation")}
          </div>
        )}
        {kind === "place" && (
          <div className="space-y-1">
            <label htmlFor={field("kind")} className="block text-xs font-medium text-stone-900">
              Kind of place
            </label>
            <select id={field("kind")} value={placeKind} onChange={(e) => setPlaceKind(e.target.value)} className={inputClass}>
              {PLACE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {PLACE_KIND_LABELS[k]}
                </option>
              ))}
            </select>
            {error("kind")}
          </div>
        )}
        {kind === "place" && (
          <div className="space-y-1">
            <label htmlFor={field("parent")} className="block text-xs font-medium text-stone-900">
              Lies inside
            </label>
            <LookupCombobox id={field("parent")} name="" submit={false} endpoint="/api/v1/places" value={parent} onChange={setParent} noun="place" invalid={Boolean(answer?.fields?.parent)} />
            {error("parent")}
          </div>
        )}
        <div className="space-y-1">
          <label htmlFor={field("wikidata")} className="block text-xs font-medium text-stone-900">
            Wikidata id (optional)
          </label>
          <input id={field("wikidata")} value={wikidataId} onChange={(e) => setWikidataId(e.target.value)} placeholder="Q1123" aria-invalid={Boolean(answer?.fields?.wikidataId)} className={inputClass} />
          {error("wikidataId")}
        </div>
      </div>
      <div className="flex gap-2">
        <button type="button" onClick={() => void create()} disabled={pending} className="rounded-md bg-indigo-900 px-3 py-1.5 text-xs font-medium text-white hover:bg-indigo-800 disabled:opacity-60">
          {pending ? "Creating…" : `Create the ${noun}`}
        </button>
        <button type="button" onClick={onCancel} className="rounded-md border border-stone-300 px-3 py-1.5 text-xs font-medium text-stone-900 hover:bg-stone-50">
          Cancel
        </button>
      </div>
    </div>
  );
}
