"use client";

import { useEffect, useRef } from "react";
import { inputClass } from "@/components/forms/field";
import { CreatableLookup } from "@/components/forms/creatable-lookup";
import { QUALIFIERS } from "@/lib/schemas/claim";
import type { LookupItem } from "@/lib/schemas/lookup";
import type { ReviewDraft } from "./review-draft";

export type MetricChoice = { slug: string; name: string; unit: string; topic: string };
export type TopicChoice = { slug: string; name: string };

const NEW_METRIC = "__new";
const small = `${inputClass} py-1.5`;

function Labelled({ id, label, error, children }: { id: string; label: string; error?: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-stone-900">
        {label}
      </label>
      {children}
      {error && (
        <p id={`${id}-error`} className="text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * Every field of a proposal, corrected in place: metric (by name, or a new one), place, value and
 * qualifier, period, and the attribution chain by actor name, creating what the ledger lacks.
 * Ctrl+Enter accepts with the changes; Escape closes, keeping them.
 */
export function ProposalEditor({
  idPrefix,
  draft,
  onChange,
  metrics,
  topics,
  errors,
  pending,
  onAccept,
  onClose,
}: {
  idPrefix: string;
  draft: ReviewDraft;
  onChange: (draft: ReviewDraft) => void;
  metrics: MetricChoice[];
  topics: TopicChoice[];
  errors: Record<string, string>;
  pending: boolean;
  onAccept: () => void;
  onClose: () => void;
}) {
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  const id = (field: string) => `${idPrefix}-${field}`;
  const set = (patch: Partial<ReviewDraft>) => onChange({ ...draft, ...patch });
  const topicNames = [...new Set(metrics.map((m) => m.topic))];
  const text = (field: "low" | "best" | "high" | "vagueTerm" | "periodStart" | "periodEnd" | "periodLabel", label: string, type = "text") => (
    <Labelled id={id(field)} label={label} error={errors[field]}>
      <input id={id(field)} type={type} value={draft[field]} onChange={(e) => set({ [field]: e.target.value })} aria-invalid={Boolean(errors[field])} className={small} />
    </Labelled>
  );

  return (
    <div
      role="group"
      aria-label="Correct this figure"
      className="mt-3 space-y-3 border-t border-stone-200 pt-3"
      onKeyDown={(event) => {
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          onAccept();
        } else if (event.key === "Escape" && (event.target as HTMLElement).getAttribute("role") !== "combobox") {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <Labelled id={id("metric")} label="Metric" error={errors.metric}>
          <select
            id={id("metric")}
            ref={first}
            value={draft.newMetric ? NEW_METRIC : draft.metric}
            onChange={(e) =>
              e.target.value === NEW_METRIC
                ? set({ metric: "", newMetric: draft.newMetric ?? { name: "", unit: "", topic: topics[0]?.slug ?? "", kind: "flow" } })
                : set({ metric: e.target.value, newMetric: null })
            }
            aria-invalid={Boolean(errors.metric)}
            className={small}
          >
            <option value="">Choose what is counted…</option>
            {topicNames.map((topic) => (
              <optgroup key={topic} label={topic}>
                {metrics
                  .filter((m) => m.topic === topic)
                  .map((m) => (
                    <option key={m.slug} value={m.slug}>
                      {m.name} ({m.unit})
                    </option>
                  ))}
              </optgroup>
            ))}
            <option value={NEW_METRIC}>A new metric…</option>
          </select>
        </Labelled>
        <Labelled id={id("place")} label="Place" error={errors.place}>
          <CreatableLookup id={id("place")} name="" submit={false} endpoint="/api/v1/places" value={draft.place} onChange={(place) => set({ place })} noun="place" create="place" invalid={Boolean(errors.place)} />
        </Labelled>
      </div>
      {draft.newMetric && (
        <div className="grid gap-3 rounded-md border border-stone-200 p-3 sm:grid-cols-2">
          <Labelled id={id("newMetricName")} label="New metric's name" error={errors["newMetric.name"]}>
            <input id={id("newMetricName")} value={draft.newMetric.name} onChange={(e) => set({ newMetric: { ...draft.newMetric!, name: e.target.value } })} className={small} />
          </Labelled>
          <Labelled id={id("newMetricUnit")} label="Unit" error={errors["newMetric.unit"]}>
            <input id={id("newMetricUnit")} value={draft.newMetric.unit} placeholder="people" onChange={(e) => set({ newMetric: { ...draft.newMetric!, unit: e.target.value } })} className={small} />
          </Labelled>
          <Labelled id={id("newMetricTopic")} label="Topic" error={errors["newMetric.topic"]}>
            <select id={id("newMetricTopic")} value={draft.newMetric.topic} onChange={(e) => set({ newMetric: { ...draft.newMetric!, topic: e.target.value } })} className={small}>
              {topics.map((t) => (
                <option key={t.slug} value={t.slug}>
                  {t.name}
                </option>
              ))}
            </select>
          </Labelled>
          <Labelled id={id("newMetricKind")} label="Kind">
            <select id={id("newMetricKind")} value={draft.newMetric.kind} onChange={(e) => set({ newMetric: { ...draft.newMetric!, kind: e.target.value === "stock" ? "stock" : "flow" } })} className={small}>
              <option value="flow">a count of events over a period</option>
              <option value="stock">a level at a point in time</option>
            </select>
          </Labelled>
        </div>
      )}
      <div className="grid gap-3 sm:grid-cols-4">
        <Labelled id={id("qualifier")} label="Qualifier" error={errors.qualifier}>
          <select id={id("qualifier")} value={draft.qualifier} onChange={(e) => set({ qualifier: e.target.value })} className={small}>
            {QUALIFIERS.map((q) => (
              <option key={q} value={q}>
                {q.replace("_", " ")}
              </option>
            ))}
          </select>
        </Labelled>
        {text("low", "Low")}
        {text("best", "Best")}
        {text("high", "High")}
      </div>
      {draft.qualifier === "vague" && text("vagueTerm", "Vague term")}
      <div className="grid gap-3 sm:grid-cols-3">
        {text("periodStart", "Period from", "date")}
        {text("periodEnd", "Period to", "date")}
        {text("periodLabel", "Period as written")}
      </div>
      {/* The claim's modality (stated, estimated, claimed …) is corrected here once the claim model has it. */}
      <fieldset className="space-y-2">
        <legend className="text-xs font-medium text-stone-900">Attribution chain, origin first</legend>
        {draft.attribution.length === 0 ? (
          <p className="text-xs text-stone-600">Empty: the source itself is the origin.</p>
        ) : (
          <ol aria-label="Attribution chain" className="flex flex-wrap items-center gap-1 text-xs">
            {draft.attribution.map((a, i) => (
              <li key={`${a.slug}-${i}`} className="flex items-center gap-1 rounded-full border border-stone-300 bg-stone-50 py-0.5 pl-2 pr-1">
                {i > 0 && <span aria-hidden>→</span>}
                {a.name}
                <button
                  type="button"
                  aria-label={`Remove ${a.name} from the chain`}
                  onClick={() => set({ attribution: draft.attribution.filter((_, j) => j !== i) })}
                  className="rounded-full px-1 text-stone-600 hover:bg-stone-200"
                >
                  ×
                </button>
              </li>
            ))}
          </ol>
        )}
        {errors.attribution && <p className="text-xs text-red-700">{errors.attribution}</p>}
        <CreatableLookup
          id={id("attribution")}
          name=""
          submit={false}
          endpoint="/api/v1/actors"
          value={null}
          onChange={(actor: LookupItem | null) => actor && set({ attribution: [...draft.attribution, actor] })}
          noun="actor"
          create="actor"
          label="Add an actor to the chain"
        />
      </fieldset>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" onClick={onAccept} disabled={pending} className="rounded-md bg-indigo-900 px-2.5 py-1 text-xs font-medium text-white hover:bg-indigo-800 disabled:opacity-60">
          Accept with changes
        </button>
        <button type="button" onClick={onClose} className="rounded-md border border-stone-300 px-2.5 py-1 text-xs font-medium text-stone-900 hover:bg-stone-50">
          Close
        </button>
        <span className="text-xs text-stone-600">
          <kbd className="rounded border px-1">Ctrl</kbd>+<kbd className="rounded border px-1">Enter</kbd> accepts, <kbd className="rounded border px-1">Esc</kbd> closes and keeps the changes.
        </span>
      </div>
    </div>
  );
}
