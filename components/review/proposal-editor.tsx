"use client";

import { useEffect, useRef, useState } from "react";
import { inputClass } from "@/components/forms/field";
import { CreatableLookup } from "@/components/forms/creatable-lookup";
import { EntityCreator } from "@/components/forms/entity-creator";
import { MODALITIES, QUALIFIERS } from "@/lib/schemas/claim";
import { PLACE_KINDS } from "@/lib/schemas/entities";
import type { LookupItem } from "@/lib/schemas/lookup";
import { placeToCreate, type ReviewDraft, type ReviewProposal } from "./review-draft";

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

const MODALITY_LABELS: Record<(typeof MODALITIES)[number], string> = {
  observed: "observed: it was so",
  planned: "planned: a target or announced plan",
  projected: "projected: a forecast",
};

const smallButton = "rounded-md border border-indigo-300 bg-white px-2 py-0.5 text-xs font-medium text-indigo-900 hover:bg-indigo-50";

/**
 * Every field of a proposal, corrected in place: metric (by name, or a new one), place, value and
 * qualifier, modality, period, and the attribution chain by actor name. What the extractor named
 * but the ledger lacks (a province, an actor) is offered with a prefilled "Create".
 * Ctrl+Enter accepts with the changes; Escape closes, keeping them.
 */
export function ProposalEditor({
  idPrefix,
  proposal,
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
  proposal: ReviewProposal;
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
  const [creatingPlace, setCreatingPlace] = useState(false);
  const [creatingActor, setCreatingActor] = useState<string | null>(null);
  const newPlace = placeToCreate(proposal);
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
        // A creator inside has answered the key already (Escape closes it, not the editor).
        if (event.defaultPrevented) return;
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
          {newPlace && draft.place === null && !creatingPlace && (
            <p className="text-xs text-stone-700">
              The article names “{newPlace.mention}”: {newPlace.name}, a {newPlace.kind}
              {newPlace.parentNames.length > 0 && <> in {newPlace.parentNames.join(" › ")}</>}, not in the ledger yet.{" "}
              <button type="button" onClick={() => setCreatingPlace(true)} className={smallButton}>
                Create “{newPlace.name}”
              </button>
            </p>
          )}
        </Labelled>
      </div>
      {newPlace && creatingPlace && (
        <EntityCreator
          kind="place"
          initialName={newPlace.name}
          initialPlaceKind={(PLACE_KINDS as readonly string[]).includes(newPlace.kind) ? newPlace.kind : "city"}
          initialParent={newPlace.parent}
          onCreated={(place) => {
            setCreatingPlace(false);
            set({ place });
          }}
          onCancel={() => setCreatingPlace(false)}
        />
      )}
      {proposal.metric.slug === null && (
        <p className="text-xs text-stone-700">
          No metric in the ledger fits “{proposal.metric.noun || proposal.surface}”
          {proposal.metric.proposedName ? <>; a new one is proposed: “{proposal.metric.proposedName}”. Check its unit and topic below.</> : "; choose one or name a new one."}
        </p>
      )}
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
      <Labelled id={id("modality")} label="Modality" error={errors.modality}>
        <select id={id("modality")} value={draft.modality} onChange={(e) => set({ modality: e.target.value })} className={small}>
          {MODALITIES.map((m) => (
            <option key={m} value={m}>
              {MODALITY_LABELS[m]}
            </option>
          ))}
        </select>
      </Labelled>
      <div className="grid gap-3 sm:grid-cols-3">
        {text("periodStart", "Period from", "date")}
        {text("periodEnd", "Period to", "date")}
        {text("periodLabel", "Period as written")}
      </div>
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
        {draft.actorsToCreate.map((a) => (
          <p key={`${a.position}-${a.name}`} className="text-xs text-stone-700">
            The article names “{a.name}”, not in the ledger yet.{" "}
            <button type="button" onClick={() => setCreatingActor(a.name)} className={smallButton}>
              Create “{a.name}”
            </button>
          </p>
        ))}
        {creatingActor !== null && (
          <EntityCreator
            kind="actor"
            initialName={creatingActor}
            onCreated={(actor) => {
              const pending = draft.actorsToCreate.find((a) => a.name === creatingActor);
              const at = Math.min(pending?.position ?? draft.attribution.length, draft.attribution.length);
              setCreatingActor(null);
              set({
                attribution: [...draft.attribution.slice(0, at), actor, ...draft.attribution.slice(at)],
                actorsToCreate: draft.actorsToCreate.filter((a) => a !== pending),
              });
            }}
            onCancel={() => setCreatingActor(null)}
          />
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
