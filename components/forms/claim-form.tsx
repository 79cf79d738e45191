"use client";

import { useActionState, useState } from "react";
import { CLAIM_FORM_RELATIONS, QUALIFIERS } from "@/lib/schemas/claim";
import type { LookupItem } from "@/lib/schemas/lookup";
import type { ClaimFormValues } from "@/lib/forms/claim-form-values";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { Field, FormMessage, inputClass } from "./field";
import { CreatableLookup } from "./creatable-lookup";
import { LookupCombobox } from "./lookup-combobox";

type Choices = {
  metrics: Array<{ slug: string; name: string; unit: string; topic: string }>;
  topics: Array<{ slug: string; name: string }>;
  /** The place already chosen (a prefilled or edited claim); others are searched as the editor types. */
  place: LookupItem | null;
};

/** The chain with one more actor at its end: "sdf" + "wsj" → "sdf, wsj". */
const appendToChain = (chain: string, slug: string) => [...chain.split(",").map((s) => s.trim()).filter(Boolean), slug].join(", ");

const QUALIFIER_LABELS: Record<(typeof QUALIFIERS)[number], string> = {
  exact: "exact",
  approximately: "approximately (about, around, roughly, nearly)",
  at_least: "at least",
  more_than: "more than",
  at_most: "at most (up to)",
  fewer_than: "fewer than",
  range: "range (between … and …)",
  vague: "vague amount (dozens, thousands …)",
};

/**
 * The claim form, for adding and for editing. Everything typed survives a failed submit: the
 * action answers with the values, and the inputs take them back as their defaults.
 */
export function ClaimForm({
  action,
  choices,
  initial,
  mode,
  sourceTitle,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  choices: Choices;
  initial: ClaimFormValues;
  mode: "add" | "edit";
  sourceTitle: string;
}) {
  const [state, submit, pending] = useActionState(action, { ...IDLE, values: Object.fromEntries(Object.entries(initial).filter((e): e is [string, string] => e[1] !== undefined)) });
  const v = state.values;
  const [place, setPlace] = useState<LookupItem | null>(choices.place);
  const [attribution, setAttribution] = useState(initial.attribution ?? "");
  const topics = [...new Set(choices.metrics.map((m) => m.topic))];
  return (
    <form action={submit} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="sourceId" value={v.sourceId ?? ""} />
      <input type="hidden" name="quoteStart" value={v.quoteStart ?? ""} />
      {v.claimId && <input type="hidden" name="claimId" value={v.claimId} />}
      {v.expectedVersion && <input type="hidden" name="expectedVersion" value={v.expectedVersion} />}
      {v.returnTo && <input type="hidden" name="returnTo" value={v.returnTo} />}
      <p className="text-sm text-stone-700">
        Source: <span className="font-medium text-stone-900">{sourceTitle}</span>
        {state.fields.sourceId && <span className="ml-2 text-red-700">{state.fields.sourceId}</span>}
      </p>

      <Field name="quote" label="Quote" error={state.fields.quote} hint="The exact passage from the source that states the figure.">
        {(p) => <textarea {...p} rows={3} defaultValue={v.quote} className={`${inputClass} font-serif`} />}
      </Field>
      <Field name="surface" label="The figure as written" error={state.fields.surface} hint="As it appears in the quote, hedge words included: “at least a dozen”.">
        {(p) => <input {...p} type="text" defaultValue={v.surface} className={inputClass} />}
      </Field>

      <div className="grid gap-5 sm:grid-cols-2">
        <Field name="metric" label="Metric" error={state.fields.metric}>
          {(p) => (
            <select {...p} key={String(v.metric ?? "")} defaultValue={v.metric ?? ""} className={inputClass}>
              <option value="">Choose what is counted…</option>
              {topics.map((topic) => (
                <optgroup key={topic} label={topic}>
                  {choices.metrics
                    .filter((m) => m.topic === topic)
                    .map((m) => (
                      <option key={m.slug} value={m.slug}>
                        {m.name} ({m.unit})
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <Field name="place" label="Place" error={state.fields.place} hint="Type part of its name: a country, province, city or site; create it if the ledger lacks it.">
          {(p) => <CreatableLookup id={p.id} name="place" endpoint="/api/v1/places" value={place} onChange={setPlace} noun="place" create="place" describedBy={p["aria-describedby"]} invalid={p["aria-invalid"]} />}
        </Field>
      </div>

      <details className="rounded-md border border-stone-200 p-4" open={Boolean(v.newMetricName)}>
        <summary className="cursor-pointer text-sm font-medium text-stone-900">…or count something the ledger has no metric for</summary>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <Field name="newMetricName" label="New metric" error={state.fields["newMetric.name"]} hint="What is counted, e.g. “Civilians killed”. Leave the metric list empty.">
            {(p) => <input {...p} type="text" defaultValue={v.newMetricName} className={inputClass} />}
          </Field>
          <Field name="newMetricUnit" label="Unit" error={state.fields["newMetric.unit"]}>
            {(p) => <input {...p} type="text" defaultValue={v.newMetricUnit} placeholder="people" className={inputClass} />}
          </Field>
          <Field name="newMetricTopic" label="Topic" error={state.fields["newMetric.topic"]}>
            {(p) => (
              <select {...p} key={String(v.newMetricTopic ?? "")} defaultValue={v.newMetricTopic ?? ""} className={inputClass}>
                <option value="">Choose a topic…</option>
                {choices.topics.map((t) => (
                  <option key={t.slug} value={t.slug}>
                    {t.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="newMetricKind" label="Kind" error={state.fields["newMetric.kind"]}>
            {(p) => (
              <select {...p} key={String(v.newMetricKind ?? "flow")} defaultValue={v.newMetricKind ?? "flow"} className={inputClass}>
                <option value="flow">a count of events over a period (attacks, deaths)</option>
                <option value="stock">a level at a point in time (fighters, troops)</option>
              </select>
            )}
          </Field>
        </div>
      </details>

      <fieldset className="space-y-4 rounded-md border border-stone-200 p-4">
        <legend className="px-1 text-sm font-medium text-stone-900">Value as stated</legend>
        <Field name="qualifier" label="Qualifier" error={state.fields.qualifier}>
          {(p) => (
            <select {...p} key={String(v.qualifier ?? "exact")} defaultValue={v.qualifier ?? "exact"} className={inputClass}>
              {QUALIFIERS.map((q) => (
                <option key={q} value={q}>
                  {QUALIFIER_LABELS[q]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field name="low" label="Low" error={state.fields.low} hint="At least / range start.">
            {(p) => <input {...p} type="text" inputMode="decimal" defaultValue={v.low} className={`${inputClass} figures`} />}
          </Field>
          <Field name="best" label="Best" error={state.fields.best} hint="The figure itself.">
            {(p) => <input {...p} type="text" inputMode="decimal" defaultValue={v.best} className={`${inputClass} figures`} />}
          </Field>
          <Field name="high" label="High" error={state.fields.high} hint="At most / range end.">
            {(p) => <input {...p} type="text" inputMode="decimal" defaultValue={v.high} className={`${inputClass} figures`} />}
          </Field>
        </div>
        <Field name="vagueTerm" label="Vague term" error={state.fields.vagueTerm} hint="For vague amounts only: dozens, hundreds, thousands …">
          {(p) => <input {...p} type="text" defaultValue={v.vagueTerm} className={inputClass} />}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="modality" label="Modality" error={state.fields.modality} hint="Planned: a target or announced plan (“plans to”, “aims to”). Projected: a forecast (“expected to”).">
            {(p) => (
              <select {...p} key={String(v.modality ?? "observed")} defaultValue={v.modality || "observed"} className={inputClass}>
                <option value="observed">Observed</option>
                <option value="planned">Planned</option>
                <option value="projected">Projected</option>
              </select>
            )}
          </Field>
          <Field name="change" label="The plan moves the level" error={state.fields.change} hint="“Reduce to fewer than 1,000” is down: it says the level was at least 1,000 before.">
            {(p) => (
              <select {...p} key={String(v.change ?? "")} defaultValue={v.change ?? ""} className={inputClass}>
                <option value="">Not said</option>
                <option value="down">Down (reduce to)</option>
                <option value="up">Up (raise to)</option>
              </select>
            )}
          </Field>
        </div>
        <label className="flex items-center gap-2 text-sm text-stone-800">
          <input type="checkbox" name="cumulative" defaultChecked={v.cumulative === "on" || v.cumulative === "true"} className="h-4 w-4 rounded border-stone-400" />
          A running total (“since 2014”, “in total”)
        </label>
        {state.fields.cumulative && <p className="text-sm text-red-700">{state.fields.cumulative}</p>}
      </fieldset>

      <fieldset className="space-y-4 rounded-md border border-stone-200 p-4">
        <legend className="px-1 text-sm font-medium text-stone-900">Reference period (what the figure describes, not when it was published)</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field name="periodStart" label="From" error={state.fields.periodStart}>
            {(p) => <input {...p} type="date" defaultValue={v.periodStart} className={inputClass} />}
          </Field>
          <Field name="periodEnd" label="To" error={state.fields.periodEnd}>
            {(p) => <input {...p} type="date" defaultValue={v.periodEnd} className={inputClass} />}
          </Field>
          <Field name="periodLabel" label="Period as written" error={state.fields.periodLabel}>
            {(p) => <input {...p} type="text" defaultValue={v.periodLabel} placeholder="this year" className={inputClass} />}
          </Field>
        </div>
      </fieldset>

      <Field
        name="attribution"
        label="Attribution chain"
        error={state.fields.attribution}
        hint="Who asserted it, origin first, then each relay before the publishing outlet, comma-separated: sdf, wall-street-journal. Empty: the source itself."
      >
        {(p) => <input {...p} type="text" value={attribution} onChange={(e) => setAttribution(e.target.value)} className={inputClass} />}
      </Field>
      <Field name="attributionFinder" label="Add an actor to the chain" hint="Find an outlet, ministry, armed group or person by name; it is added at the end of the chain.">
        {(p) => (
          <CreatableLookup
            id={p.id}
            name={p.name}
            endpoint="/api/v1/actors"
            value={null}
            onChange={(actor) => actor && setAttribution((chain) => appendToChain(chain, actor.slug))}
            noun="actor"
            create="actor"
            describedBy={p["aria-describedby"]}
            submit={false}
          />
        )}
      </Field>
      {mode === "add" && <RelationFields values={v} errors={state.fields} metrics={choices.metrics} />}
      <Field name="note" label="Note" error={state.fields.note}>
        {(p) => <textarea {...p} rows={2} defaultValue={v.note} className={inputClass} />}
      </Field>
      {mode === "edit" && (
        <Field name="reason" label="Reason for this edit" error={state.fields.reason} hint="Kept in the claim's history with your name.">
          {(p) => <input {...p} type="text" defaultValue={v.reason} className={inputClass} required />}
        </Field>
      )}
      <button type="submit" disabled={pending} className="rounded-md bg-indigo-900 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800 disabled:opacity-60">
        {pending ? "Saving…" : mode === "add" ? "Add the claim" : "Save a new version"}
      </button>
    </form>
  );
}

const RELATION_LABELS = {
  multiple_of: "a multiple of (double, three times …)",
  fraction_of: "a fraction of (half, a third …)",
  updates: "an update of an earlier claim",
} as const;

/**
 * How the figure relates to another, as seeded claims do: "more than double" last year's figure
 * is a multiple of 2, hedged "more than", of a claim the ledger has (by its number) or of a
 * baseline the article only implies (what it measures, where and when).
 */
function RelationFields({ values: v, errors, metrics }: { values: Record<string, string>; errors: Record<string, string>; metrics: Choices["metrics"] }) {
  const [kind, setKind] = useState(v.relationKind ?? "");
  const [baselinePlace, setBaselinePlace] = useState<LookupItem | null>(null);
  const error = (field: string) => errors[`relation.${field}`];
  return (
    <fieldset className="space-y-4 rounded-md border border-stone-200 p-4">
      <legend className="px-1 text-sm font-medium text-stone-900">Relation to another figure (optional)</legend>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field name="relationKind" label="This figure is" error={error("kind")}>
          {(p) => (
            <select {...p} value={kind} onChange={(e) => setKind(e.target.value)} className={inputClass}>
              <option value="">not related to another figure</option>
              {CLAIM_FORM_RELATIONS.map((k) => (
                <option key={k} value={k}>
                  {RELATION_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {kind !== "" && kind !== "updates" && (
          <Field name="relationComparator" label="Hedge" error={error("comparator")} hint="“More than double” is more than, factor 2.">
            {(p) => (
              <select {...p} key={v.relationComparator ?? ""} defaultValue={v.relationComparator ?? ""} className={inputClass}>
                <option value="">exactly</option>
                {QUALIFIERS.filter((q) => q !== "exact" && q !== "range" && q !== "vague").map((q) => (
                  <option key={q} value={q}>
                    {QUALIFIER_LABELS[q]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {kind !== "" && kind !== "updates" && (
          <Field name="relationFactor" label="Factor" error={error("factor")} hint="2 for double, 0.5 for half.">
            {(p) => <input {...p} type="text" inputMode="decimal" defaultValue={v.relationFactor} className={inputClass} />}
          </Field>
        )}
      </div>
      {kind !== "" && (
        <Field name="relationTarget" label="Of claim number" error={error("target")} hint={kind === "updates" ? "The claim this one updates." : "When the ledger has the figure it relates to; else describe the baseline below."}>
          {(p) => <input {...p} type="text" inputMode="numeric" defaultValue={v.relationTarget} className={inputClass} />}
        </Field>
      )}
      {kind !== "" && kind !== "updates" && (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="relationBaselineDescription" label="…or the baseline the article implies" error={error("baseline.description")} hint="What it is: “ISIS attacks in Syria in 2023”.">
            {(p) => <input {...p} type="text" defaultValue={v.relationBaselineDescription} className={inputClass} />}
          </Field>
          <Field name="relationBaselineMetric" label="Baseline metric" error={error("baseline.metric")}>
            {(p) => (
              <select {...p} key={v.relationBaselineMetric ?? ""} defaultValue={v.relationBaselineMetric ?? ""} className={inputClass}>
                <option value="">the same as this figure’s…</option>
                {metrics.map((m) => (
                  <option key={m.slug} value={m.slug}>
                    {m.name} ({m.unit})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="relationBaselinePlace" label="Baseline place" error={error("baseline.place")}>
            {(p) => (
              <LookupCombobox
                id={p.id}
                name="relationBaselinePlace"
                endpoint="/api/v1/places"
                value={baselinePlace}
                onChange={setBaselinePlace}
                noun="place"
                describedBy={p["aria-describedby"]}
                invalid={p["aria-invalid"]}
              />
            )}
          </Field>
          <div className="grid grid-cols-2 gap-4">
            <Field name="relationBaselinePeriodStart" label="Baseline from" error={error("baseline.periodStart")}>
              {(p) => <input {...p} type="date" defaultValue={v.relationBaselinePeriodStart} className={inputClass} />}
            </Field>
            <Field name="relationBaselinePeriodEnd" label="Baseline to" error={error("baseline.periodEnd")}>
              {(p) => <input {...p} type="date" defaultValue={v.relationBaselinePeriodEnd} className={inputClass} />}
            </Field>
          </div>
        </div>
      )}
    </fieldset>
  );
}

