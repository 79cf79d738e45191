/**
 * What a plan or forecast says about the present. "Reduce troops to fewer than 1,000" is no
 * observation of troops, but it does say the level was at least 1,000 when it was announced: a
 * plan to reduce to a level already reached would not be announced. That implied level is a
 * derived, observed figure, and is compared like any other.
 */
import { figureWords } from "./figure-words";
import type { AnalysisClaim, Interval } from "./types";

const modalityOf = (c: AnalysisClaim) => c.modality ?? "observed";

/**
 * The level before a change to `target`: above the whole target for a reduction, below it for an
 * increase. Null when the target leaves that side unbounded ("reduce to more than 500" says
 * nothing of the level before).
 */
export function levelBeforeChange(target: Interval, change: "down" | "up", nonNegative: boolean): Interval | null {
  if (change === "down") {
    if (target.high === null) return null;
    return { low: target.high, lowOpen: !target.highOpen, high: null, highOpen: false };
  }
  if (target.low === null) return null;
  if (nonNegative && target.low <= 0) return null;
  return { low: nonNegative ? 0 : null, lowOpen: false, high: target.low, highOpen: !target.lowOpen };
}

/**
 * The derived figures the group's plans and forecasts imply: one per figure with a `change`, an
 * observed level at the place on the day the plan was reported (id "p<claim id>").
 */
export function impliedLevels(
  claims: readonly AnalysisClaim[],
  intervalOf: (c: AnalysisClaim) => Interval | null,
  nonNegative: boolean,
): AnalysisClaim[] {
  const out: AnalysisClaim[] = [];
  for (const c of claims) {
    if (modalityOf(c) === "observed" || !c.change || c.derivedFrom !== null) continue;
    const target = intervalOf(c);
    const interval = target === null ? null : levelBeforeChange(target, c.change, nonNegative);
    if (interval === null) continue;
    const day = c.reportedOn ?? null;
    const verb = c.change === "down" ? "reduce" : "raise";
    const kind = modalityOf(c) === "planned" ? "plan" : "forecast";
    out.push({
      id: `p${c.id}`,
      derivedFrom: Number(c.id),
      metricId: c.metricId,
      placeId: c.placeId,
      placeName: c.placeName,
      placeAncestors: c.placeAncestors,
      period: day === null ? { start: null, end: null, certainty: "open" } : { start: day, end: day, certainty: "stated" },
      value: { qualifier: c.change === "down" ? "at_least" : "at_most", low: null, best: null, high: null, vagueTerm: null },
      interval,
      derivedBy: `${kind} to ${verb} it to ${figureWords(c, target)}`,
      origin: c.origin,
      reportedOn: c.reportedOn ?? null,
      label: `the level when the ${kind} was reported`,
      modality: "observed",
      cumulative: c.cumulative ?? false,
    });
  }
  return out;
}
