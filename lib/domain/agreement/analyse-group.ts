/**
 * The agreement analysis of one group: the figures for one metric at places nested in one another.
 * It decides which figures can be compared, which agree and which conflict, gives the verdict, and
 * says why in plain words. Pure and deterministic: the same claims in any order give the same result.
 */
import {
  claimInterval,
  formatInterval,
  formatNumber,
  formatRatio,
  intervalGap,
  isBelow,
  type IntervalOptions,
} from "./claim-interval";
import { UnionFind } from "@/lib/domain/union-find";
import { comparePeriods, describePeriod } from "./periods";
import type { AnalysisClaim, AnalysisMetric, AnalysisPeriod, ConflictPair, GroupAnalysis, Interval, Verdict } from "./types";

/**
 * Severity stands in for an infinite gap ratio (a figure of 0 against a positive one) with this
 * finite number, so that it can be stored in a Float column and sorted.
 */
export const SEVERITY_CAP = 1e9;

/** How many conflicts, agreements or series entries an explanation spells out before summing up. */
const LISTED = 3;
const SERIES_LISTED = 8;

type Figure = {
  claim: AnalysisClaim;
  /** Position in the canonical (id) order. */
  index: number;
  interval: Interval | null;
  ancestors: ReadonlySet<number>;
  periodOpen: boolean;
};

type KnownFigure = Figure & { interval: Interval };
const hasInterval = (f: Figure): f is KnownFigure => f.interval !== null;

/** Ids in a stable, natural order: "2" before "10", "d2" before "d10", numbers before "d…". */
function compareIds(a: string, b: string): number {
  const ma = /^(\D*)(\d+)$/.exec(a);
  const mb = /^(\D*)(\d+)$/.exec(b);
  if (ma && mb && ma[1] === mb[1]) {
    const diff = Number(ma[2]) - Number(mb[2]);
    if (diff !== 0) return diff;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

type PlaceRelation = "same" | "a-inside-b" | "b-inside-a" | "apart";

function placeRelation(a: Figure, b: Figure): PlaceRelation {
  if (a.claim.placeId === b.claim.placeId) return "same";
  if (a.ancestors.has(b.claim.placeId)) return "a-inside-b";
  if (b.ancestors.has(a.claim.placeId)) return "b-inside-a";
  return "apart";
}

/** A derived figure and the claim it comes from are two sides of one statement, never compared. */
function isDerivationLink(a: AnalysisClaim, b: AnalysisClaim): boolean {
  return (a.derivedFrom !== null && String(a.derivedFrom) === b.id) || (b.derivedFrom !== null && String(b.derivedFrom) === a.id);
}

const isOpen = (p: AnalysisPeriod) => p.certainty !== "stated" || p.start === null || p.end === null;

/**
 * Independent origins among some figures. Named origins count once each; unnamed ones
 * ("reportedly") may repeat any of them, so they count only when nothing named is there, and then
 * as one: an unnamed actor is neither one origin with another nor independent of it.
 */
function independentOrigins(figures: readonly Figure[]): { count: number; labels: string[] } {
  const named = new Map<string, string>();
  let unnamedLabel: string | null = null;
  for (const f of figures) {
    if (f.claim.origin.named) named.set(f.claim.origin.key, f.claim.origin.label);
    else unnamedLabel ??= f.claim.origin.label;
  }
  if (named.size > 0) {
    const keys = [...named.keys()].sort();
    return { count: keys.length, labels: keys.map((k) => named.get(k)!) };
  }
  return unnamedLabel === null ? { count: 0, labels: [] } : { count: 1, labels: [unnamedLabel] };
}

/** The day a figure sits at on a timeline: its end, else its one known bound; null sorts last. */
const timeKey = (p: AnalysisPeriod) => p.end ?? p.start;

function compareInTime(a: Figure, b: Figure): number {
  const ka = timeKey(a.claim.period);
  const kb = timeKey(b.claim.period);
  if (ka !== kb) {
    if (ka === null) return 1;
    if (kb === null) return -1;
    return ka < kb ? -1 : 1;
  }
  const sa = a.claim.period.start ?? "";
  const sb = b.claim.period.start ?? "";
  if (sa !== sb) return sa < sb ? -1 : 1;
  return a.index - b.index;
}

const scale = (i: Interval, by: number): Interval => ({
  ...i,
  low: i.low === null ? null : i.low * by,
  high: i.high === null ? null : i.high * by,
});

/** Collects the pairwise comparisons of a group. O(n²) in the figures with a known interval. */
function compareFigures(figures: readonly Figure[], metric: AnalysisMetric) {
  const additive = metric.additive ?? true;
  const conflicts: ConflictPair[] = [];
  const agreements: Array<{ a: string; b: string }> = [];
  const partWholeFits: Array<{ part: string; whole: string }> = [];
  // Which figures agree with, or fit, some other: flags rather than pair lists, to spare memory.
  const agreesWithSome = new Uint8Array(figures.length);
  const fitsWithSome = new Uint8Array(figures.length);
  const conflictsWithSome = new Uint8Array(figures.length);
  const compared = new UnionFind(figures.length); // every comparable pair: the timeline's clusters
  const agreeing = new UnionFind(figures.length); // agreements only: who confirms whom
  const fitting = new UnionFind(figures.length);
  let undatedStockPairs = 0;

  const known = figures.filter(hasInterval);
  for (let x = 0; x < known.length; x++) {
    const a = known[x]!;
    const i = a.index;
    for (let y = x + 1; y < known.length; y++) {
      const b = known[y]!;
      const j = b.index;
      const places = placeRelation(a, b);
      if (places === "apart" || (places !== "same" && !additive)) continue;
      if (isDerivationLink(a.claim, b.claim)) continue;
      const periods = comparePeriods(a.claim.period, b.claim.period);
      if (periods === "disjoint") continue;
      // A level can change: an undated stock figure and a dated one form a series, not a conflict.
      // A tally of events whose time is unknown may count the same events, so flows are compared.
      if (periods === "uncertain" && metric.kind === "stock") {
        undatedStockPairs++;
        continue;
      }
      compared.union(i, j);
      const periodUncertain = a.periodOpen || b.periodOpen;

      if (places === "same") {
        const gap = intervalGap(a.interval, b.interval);
        if (gap) {
          conflicts.push({ a: a.claim.id, b: b.claim.id, gapRatio: gap.ratio, gap: gap.gap, periodUncertain });
          conflictsWithSome[i] = conflictsWithSome[j] = 1;
        } else {
          agreements.push({ a: a.claim.id, b: b.claim.id });
          agreesWithSome[i] = agreesWithSome[j] = 1;
          agreeing.union(i, j);
        }
        continue;
      }
      // Nested places: the part may be below the whole, never above it.
      const part = places === "a-inside-b" ? a : b;
      const whole = places === "a-inside-b" ? b : a;
      const gap = isBelow(whole.interval, part.interval) ? intervalGap(whole.interval, part.interval) : null;
      if (gap) {
        const partWhole = { part: part.claim.id, whole: whole.claim.id };
        conflicts.push({ a: a.claim.id, b: b.claim.id, gapRatio: gap.ratio, gap: gap.gap, periodUncertain, partWhole });
        conflictsWithSome[i] = conflictsWithSome[j] = 1;
      } else {
        partWholeFits.push({ part: part.claim.id, whole: whole.claim.id });
        fitsWithSome[i] = fitsWithSome[j] = 1;
        fitting.union(i, j);
      }
    }
  }
  // Pairs were found in canonical order, and the sort is stable: ties keep that order.
  conflicts.sort((x, y) => (x.gapRatio === y.gapRatio ? 0 : x.gapRatio < y.gapRatio ? 1 : -1));
  return {
    conflicts,
    conflictsWithSome,
    agreements,
    partWholeFits,
    agreesWithSome,
    fitsWithSome,
    compared,
    agreeing,
    fitting,
    undatedStockPairs,
  };
}

/** The flagged figures, grouped by the sets' roots, each group in canonical order. */
function groupsOf(flagged: Uint8Array, sets: UnionFind, figures: readonly Figure[]): Figure[][] {
  const groups = new Map<number, Figure[]>();
  for (const f of figures) {
    if (!flagged[f.index]) continue;
    const root = sets.find(f.index);
    const group = groups.get(root);
    if (group) group.push(f);
    else groups.set(root, [f]);
  }
  return [...groups.values()];
}

/** The group with the most independent origins (ties: the larger, then the earlier group). */
function bestGroup(groups: Figure[][]): { figures: Figure[]; origins: ReturnType<typeof independentOrigins> } | null {
  let best: { figures: Figure[]; origins: ReturnType<typeof independentOrigins> } | null = null;
  for (const figures of groups) {
    const origins = independentOrigins(figures);
    if (
      best === null ||
      origins.count > best.origins.count ||
      (origins.count === best.origins.count && figures.length > best.figures.length) ||
      (origins.count === best.origins.count && figures.length === best.figures.length && figures[0]!.index < best.figures[0]!.index)
    ) {
      best = { figures, origins };
    }
  }
  return best;
}

function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** Words for the explanation, closed over the metric's unit. */
function explainer(metric: AnalysisMetric) {
  const isShare = metric.unit === "share";
  const withUnit = (i: Interval) => (isShare ? `${formatInterval(scale(i, 100))}%` : `${formatInterval(i)} ${metric.unit}`.trim());

  const isDerived = (f: Figure) => f.claim.derivedFrom !== null;
  /** A figure named for a sentence: its label, period and interval. Derived figures say so. */
  const mention = (f: Figure) => {
    const period = describePeriod(f.claim.period);
    const value = f.interval === null ? "no numeric reading" : withUnit(f.interval);
    if (!isDerived(f)) return `${f.claim.label} (${period}; ${value})`;
    const by = f.claim.derivedBy ? `“${f.claim.derivedBy}” in ` : "";
    return `${f.claim.label} (${period}; derived ${value}, implied by ${by}claim #${f.claim.derivedFrom})`;
  };
  const short = (f: Figure) =>
    `${f.interval === null ? "?" : withUnit(f.interval)} (${describePeriod(f.claim.period)}${isDerived(f) ? ", derived" : ""})`;
  return { mention, short, isDerived };
}

function conflictSentences(pair: ConflictPair, byId: ReadonlyMap<string, Figure>, words: ReturnType<typeof explainer>): string[] {
  const a = byId.get(pair.a)!;
  const b = byId.get(pair.b)!;
  const sentences: string[] = [];
  const [lower, higher] = isBelow(a.interval!, b.interval!) ? [a, b] : [b, a];
  const size =
    pair.gapRatio === Infinity
      ? `${formatNumber(higher.interval!.low!)} against at most 0`
      : `${formatNumber(higher.interval!.low!)} is ${formatRatio(pair.gapRatio)}× ${formatNumber(lower.interval!.high!)}`;
  if (pair.partWhole) {
    const part = byId.get(pair.partWhole.part)!;
    const whole = byId.get(pair.partWhole.whole)!;
    sentences.push(
      `${words.mention(part)} is for ${part.claim.placeName}, which lies inside ${whole.claim.placeName}, yet it exceeds ${words.mention(whole)}: ${size}.`,
    );
  } else {
    sentences.push(`${words.mention(a)} against ${words.mention(b)}: the intervals do not overlap, ${size}.`);
  }
  sentences.push(
    a.claim.origin.key === b.claim.origin.key
      ? `Both trace back to ${a.claim.origin.label}, which contradicts itself.`
      : `Origins differ: ${a.claim.origin.label} vs ${b.claim.origin.label}.`,
  );
  if (pair.periodUncertain) {
    const openA = isOpen(a.claim.period);
    const openB = isOpen(b.claim.period);
    const which = openA && openB ? "Both are undated" : openA ? "The first is undated" : "The second is undated";
    sentences.push(`${which}, so they may describe different events.`);
  }
  return sentences;
}

/**
 * The agreement analysis of one group of claims (one metric, places nested in one another).
 *
 * - Each claim becomes an interval (`claim.interval` if given, else `claimInterval`).
 * - Two claims are compared when their places are the same or nested, and their periods overlap,
 *   or are uncertain for a flow (a tally whose time is unknown may count the same events). Stock
 *   figures with uncertain periods are not compared: a level changes over time. Claims without an
 *   interval, and a derived figure with the claim it comes from, are never compared.
 * - Same place: disjoint intervals conflict, overlapping ones agree. Nested places of an additive
 *   metric: the part conflicts only when it exceeds the whole, and otherwise fits (consistent,
 *   but no confirmation). Nested places of a non-additive metric are not compared.
 * - Verdict: conflicting (severity = largest gap ratio, capped at SEVERITY_CAP); corroborated when
 *   some agreeing figures have ≥ 2 independent named origins; consistent when figures agree or fit
 *   but from one origin; trend when ≥ 2 figures could not be compared (different times); single
 *   for one usable figure; unknown when no figure has a numeric reading.
 *
 * Claim ids must be unique.
 */
export function analyseGroup(claims: readonly AnalysisClaim[], metric: AnalysisMetric): GroupAnalysis {
  const options: IntervalOptions = { tolerance: metric.tolerance, nonNegative: metric.nonNegative };
  const ordered = [...claims].sort((x, y) => compareIds(x.id, y.id));
  const figures: Figure[] = ordered.map((claim, index) => ({
    claim,
    index,
    interval: claim.interval ?? claimInterval(claim.value, options),
    ancestors: new Set(claim.placeAncestors),
    periodOpen: isOpen(claim.period),
  }));
  const byId = new Map(figures.map((f) => [f.claim.id, f]));
  if (byId.size !== figures.length) throw new RangeError("analyseGroup: claim ids must be unique.");

  const { conflicts, conflictsWithSome, agreements, partWholeFits, agreesWithSome, fitsWithSome, compared, agreeing, fitting, undatedStockPairs } =
    compareFigures(figures, metric);

  const known = figures.filter((f) => f.interval !== null);
  const unknown = figures.filter((f) => f.interval === null);
  const words = explainer(metric);
  const explanation: string[] = [];
  let verdict: Verdict;
  let severity = 0;
  let originCount: number;

  if (conflicts.length > 0) {
    verdict = "conflicting";
    severity = Math.min(conflicts[0]!.gapRatio, SEVERITY_CAP);
    const inConflict = figures.filter((f) => conflictsWithSome[f.index]);
    originCount = independentOrigins(inConflict).count;
    explanation.push(`Conflicting: ${plural(conflicts.length, "pair", "pairs")} of comparable figures cannot both be right.`);
    for (const pair of conflicts.slice(0, LISTED)) explanation.push(...conflictSentences(pair, byId, words));
    if (conflicts.length > LISTED) explanation.push(`${plural(conflicts.length - LISTED, "more conflicting pair is", "more conflicting pairs are")} not listed here.`);
    if (agreements.length > 0) explanation.push(`${plural(agreements.length, "other pair agrees", "other pairs agree")}.`);
  } else if (agreements.length > 0) {
    const best = bestGroup(groupsOf(agreesWithSome, agreeing, figures))!;
    originCount = best.origins.count;
    const listed = best.figures.slice(0, LISTED + 2).map(words.mention);
    const more = best.figures.length > listed.length ? ` (and ${plural(best.figures.length - listed.length, "more", "more")})` : "";
    if (originCount >= 2) {
      verdict = "corroborated";
      explanation.push(
        `Corroborated: ${joinWords(listed)}${more} agree, from ${formatNumber(originCount)} independent origins: ${joinWords(best.origins.labels)}.`,
      );
    } else {
      verdict = "consistent";
      const all = best.figures.length === 2 ? "both" : "all";
      const named = best.figures.filter((f) => f.claim.origin.named).length;
      const origin =
        named === best.figures.length
          ? `${all} trace back to ${best.origins.labels[0]}, so they count once`
          : named > 0
            ? `${best.origins.labels[0]} is the only named origin among them, and unnamed sources may repeat it, so they count once`
            : `no named origin stands behind them (${best.origins.labels[0]}), so they count once at most`;
      explanation.push(`Consistent from one origin: ${joinWords(listed)}${more} agree, but ${origin}.`);
    }
  } else if (partWholeFits.length > 0) {
    verdict = "consistent";
    originCount = bestGroup(groupsOf(fitsWithSome, fitting, figures))!.origins.count;
    explanation.push("Consistent: the figures are for places inside one another, and no part exceeds its whole.");
    for (const fit of partWholeFits.slice(0, LISTED)) {
      const part = byId.get(fit.part)!;
      const whole = byId.get(fit.whole)!;
      explanation.push(`${words.mention(part)} is for ${part.claim.placeName}, inside ${whole.claim.placeName}, and does not exceed ${words.mention(whole)}.`);
    }
    explanation.push("A part below its whole contradicts nothing, but it confirms nothing either.");
  } else if (known.length >= 2) {
    verdict = "trend";
    originCount = independentOrigins(known).count;
    const inTime = [...known].sort(compareInTime);
    const shown = inTime.slice(0, SERIES_LISTED).map(words.short);
    const rest = inTime.length > SERIES_LISTED ? ` → … (${plural(inTime.length - SERIES_LISTED, "more figure", "more figures")})` : "";
    explanation.push(`Trend: the figures describe different times and form a series: ${shown.join(" → ")}${rest}.`);
  } else if (known.length === 1) {
    verdict = "single";
    originCount = independentOrigins(known).count;
    explanation.push(`Single source: only ${words.mention(known[0]!)} gives a usable figure, so nothing could confirm or contradict it.`);
  } else {
    verdict = "unknown";
    originCount = 0;
    explanation.push("Unknown: no figure here has a numeric reading, so none could be compared.");
  }

  if (undatedStockPairs > 0) {
    explanation.push(
      `${plural(undatedStockPairs, "pair was", "pairs were")} not compared: a period is undated, and “${metric.name}” is a level that changes over time, so the figures may describe different times.`,
    );
  }
  for (const f of unknown.slice(0, LISTED)) {
    const term = f.claim.value.vagueTerm;
    explanation.push(
      term === null
        ? `${f.claim.label} has no usable value, so it is not compared.`
        : `${f.claim.label}: “${term}” has no numeric reading in the vague-amount table, so it is not compared.`,
    );
  }
  if (unknown.length > LISTED) explanation.push(`${plural(unknown.length - LISTED, "more figure has", "more figures have")} no numeric reading.`);

  return {
    verdict,
    severity,
    originCount,
    intervals: Object.fromEntries(figures.map((f) => [f.claim.id, f.interval])),
    conflicts,
    agreements,
    partWholeFits,
    series: seriesOf(figures, compared),
    explanation,
  };
}

/** Figures in time order; figures compared with one another share a cluster, numbered in time order. */
function seriesOf(figures: readonly Figure[], compared: UnionFind): GroupAnalysis["series"] {
  const clusterOfRoot = new Map<number, number>();
  return [...figures].sort(compareInTime).map((f) => {
    const root = compared.find(f.index);
    let cluster = clusterOfRoot.get(root);
    if (cluster === undefined) {
      cluster = clusterOfRoot.size;
      clusterOfRoot.set(root, cluster);
    }
    return { id: f.claim.id, cluster };
  });
}
