/**
 * The agreement analysis of one group: the figures for one metric at places nested in one another.
 * It decides which figures can be compared, which agree and which conflict, gives the verdict, and
 * says why in plain words. Pure and deterministic: the same claims in any order give the same result.
 */
import {
  claimInterval,
  formatNumber,
  formatRatio,
  intervalGap,
  intervalsOverlap,
  isBelow,
  type IntervalOptions,
} from "./claim-interval";
import { UnionFind } from "@/lib/domain/union-find";
import { figureWords, intervalWords, representativeValue } from "./figure-words";
import { describePeriod } from "./periods";
import { impliedLevels } from "./plans";
import { findRevisions } from "./revisions";
import { bestKnownTime, compareTimes, countPeriodRelation, daysBetween, levelTimeRelation } from "./time";
import type { AnalysisClaim, AnalysisMetric, AnalysisPeriod, ConflictPair, GroupAnalysis, Interval, SeriesDirection, Verdict } from "./types";

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

const DEFAULT_WINDOW_DAYS = 31;
const modalityOf = (c: AnalysisClaim) => c.modality ?? "observed";

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

function compareInTime(a: Figure, b: Figure): number {
  return compareTimes(a.claim, b.claim) || a.index - b.index;
}

const scale = (i: Interval, by: number): Interval => ({
  ...i,
  low: i.low === null ? null : i.low * by,
  high: i.high === null ? null : i.high * by,
});

const sameInterval = (a: Interval, b: Interval) =>
  a.low === b.low && a.high === b.high && a.lowOpen === b.lowOpen && a.highOpen === b.highOpen;

/** Within this many days, two identical levels from different origins are one figure repeated. */
const REPEAT_SPAN_DAYS = 366;

/**
 * How a pair of figures is compared, from their places and times, by the metric's kind:
 * - "equal": the same thing, so disjoint intervals conflict;
 * - "part-whole": the first must not exceed the second (an inner place, or a sub-period of a count);
 * - "partial" / "crossed": not comparable, and said so; "skip": different times or places;
 * - "undated-level": levels whose times are not known, never compared (but identical ones repeat).
 */
type PairReading =
  | { kind: "equal" }
  | { kind: "part-whole"; part: KnownFigure; whole: KnownFigure; byPlace: boolean; byPeriod: boolean }
  | { kind: "partial" }
  | { kind: "crossed" }
  | { kind: "skip" }
  | { kind: "undated-level" }
  | { kind: "level-later" };

function readPair(a: KnownFigure, b: KnownFigure, metric: AnalysisMetric): PairReading {
  const additive = metric.additive ?? true;
  const places = placeRelation(a, b);
  if (places === "apart" || (places !== "same" && !additive)) return { kind: "skip" };
  if (isDerivationLink(a.claim, b.claim)) return { kind: "skip" };
  // Running totals and counts over a period are different kinds of figure.
  if ((a.claim.cumulative ?? false) !== (b.claim.cumulative ?? false)) return { kind: "skip" };
  const placePart = places === "a-inside-b" ? "a" : places === "b-inside-a" ? "b" : null;

  if (metric.kind === "stock" && !a.claim.cumulative) {
    const time = levelTimeRelation(a.claim.period, b.claim.period, metric.windowDays ?? DEFAULT_WINDOW_DAYS);
    if (time === "uncertain") return { kind: "undated-level" };
    if (time === "different") return { kind: "level-later" };
    if (placePart === null) return { kind: "equal" };
    return placePart === "a" ? { kind: "part-whole", part: a, whole: b, byPlace: true, byPeriod: false } : { kind: "part-whole", part: b, whole: a, byPlace: true, byPeriod: false };
  }

  // Counts over a period, and running totals.
  const periods = countPeriodRelation(a.claim.period, b.claim.period, a.claim.cumulative ?? false);
  if (periods === "disjoint") return { kind: "skip" };
  if (periods === "partial") return { kind: "partial" };
  // A tally whose time is unknown may count the same events: compared as if for the same period.
  const periodPart = periods === "a-in-b" ? "a" : periods === "b-in-a" ? "b" : null;
  if (placePart === null && periodPart === null) return { kind: "equal" };
  if (placePart !== null && periodPart !== null && placePart !== periodPart) return { kind: "crossed" };
  const partIsA = (placePart ?? periodPart) === "a";
  return {
    kind: "part-whole",
    part: partIsA ? a : b,
    whole: partIsA ? b : a,
    byPlace: placePart !== null,
    byPeriod: periodPart !== null,
  };
}

/** Collects the pairwise comparisons of a group. O(n²) in the figures with a known interval. */
function compareFigures(figures: readonly Figure[], metric: AnalysisMetric, size: number) {
  const conflicts: ConflictPair[] = [];
  const agreements: Array<{ a: string; b: string }> = [];
  const partWholeFits: Array<{ part: string; whole: string }> = [];
  const periodFits: Array<{ part: string; whole: string }> = [];
  const notComparable: NonNullable<GroupAnalysis["notComparable"]> = [];
  // Which figures agree with, or fit, some other: flags rather than pair lists, to spare memory.
  const agreesWithSome = new Uint8Array(size);
  const fitsWithSome = new Uint8Array(size);
  const conflictsWithSome = new Uint8Array(size);
  const compared = new UnionFind(size); // every comparable pair: the timeline's clusters
  const agreeing = new UnionFind(size); // agreements only: who confirms whom
  const fitting = new UnionFind(size);
  let undatedStockPairs = 0;

  const known = figures.filter(hasInterval);
  for (let x = 0; x < known.length; x++) {
    const a = known[x]!;
    const i = a.index;
    for (let y = x + 1; y < known.length; y++) {
      const b = known[y]!;
      const j = b.index;
      const reading = readPair(a, b, metric);
      if (reading.kind === "skip") continue;
      if (reading.kind === "partial" || reading.kind === "crossed") {
        notComparable.push({ a: a.claim.id, b: b.claim.id, why: reading.kind === "partial" ? "partial-overlap" : "crossed-nesting" });
        continue;
      }
      if (reading.kind === "undated-level" || reading.kind === "level-later") {
        // Identical levels from different origins, close in time, are one figure repeated: they agree.
        const repeat =
          placeRelation(a, b) === "same" &&
          a.claim.origin.key !== b.claim.origin.key &&
          sameInterval(a.interval, b.interval) &&
          withinRepeatSpan(a.claim, b.claim);
        if (repeat) {
          agreements.push({ a: a.claim.id, b: b.claim.id });
          agreesWithSome[i] = agreesWithSome[j] = 1;
          agreeing.union(i, j);
          compared.union(i, j);
        } else if (reading.kind === "undated-level") undatedStockPairs++;
        continue;
      }
      compared.union(i, j);
      const periodUncertain = a.periodOpen || b.periodOpen;

      if (reading.kind === "equal") {
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
      // The part (inner place, sub-period) may be below the whole, never above it.
      const { part, whole } = reading;
      const gap = isBelow(whole.interval, part.interval) ? intervalGap(whole.interval, part.interval) : null;
      if (gap) {
        const partWhole = { part: part.claim.id, whole: whole.claim.id };
        conflicts.push({ a: a.claim.id, b: b.claim.id, gapRatio: gap.ratio, gap: gap.gap, periodUncertain, partWhole });
        conflictsWithSome[i] = conflictsWithSome[j] = 1;
      } else {
        (reading.byPlace ? partWholeFits : periodFits).push({ part: part.claim.id, whole: whole.claim.id });
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
    periodFits,
    notComparable,
    agreesWithSome,
    fitsWithSome,
    compared,
    agreeing,
    fitting,
    undatedStockPairs,
  };
}

function withinRepeatSpan(a: AnalysisClaim, b: AnalysisClaim): boolean {
  const ta = bestKnownTime(a.period);
  const tb = bestKnownTime(b.period);
  if (ta.undated || tb.undated || ta.day === null || tb.day === null) return true;
  return Math.abs(daysBetween(ta.day, tb.day)) <= REPEAT_SPAN_DAYS;
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
  const withUnit = (words: string) => (isShare ? `${words}%` : `${words} ${metric.unit}`.trim());
  const inWords = (f: Figure) =>
    isShare ? withUnit(f.interval === null ? "no numeric reading" : intervalWords(scale(f.interval, 100))) : withUnit(figureWords(f.claim, f.interval));

  const isDerived = (f: Figure) => f.claim.derivedFrom !== null;
  /** A figure named for a sentence: its label, period and value in words. Derived figures say so. */
  const mention = (f: Figure) => {
    const period = describePeriod(f.claim.period);
    const term = f.claim.value.qualifier === "vague" ? f.claim.value.vagueTerm : null;
    const value =
      term !== null && f.interval !== null && !isShare
        ? `“${term}” read as ${withUnit(intervalWords(f.interval))}`
        : f.interval === null && f.claim.value.vagueTerm === null
          ? "no numeric reading"
          : inWords(f);
    const kind = modalityOf(f.claim) === "observed" ? "" : `${modalityOf(f.claim)}: `;
    const total = f.claim.cumulative ? "running total, " : "";
    if (!isDerived(f)) return `${f.claim.label} (${period}; ${total}${kind}${value})`;
    const by = f.claim.derivedBy ? `“${f.claim.derivedBy}” in ` : "";
    return `${f.claim.label} (${period}; derived ${value}, implied by ${by}claim #${f.claim.derivedFrom})`;
  };
  /** A figure in a series: "about 2,500 (Apr 2024)". */
  const short = (f: Figure) =>
    `${f.interval === null ? "?" : isShare ? withUnit(intervalWords(scale(f.interval, 100))) : figureWords(f.claim, f.interval)} (${describePeriod(f.claim.period)}${isDerived(f) ? ", derived" : ""})`;
  return { mention, short, isDerived, inWords };
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
    const samePlace = part.claim.placeId === whole.claim.placeId;
    const where = samePlace
      ? `counts part of the period of`
      : `is for ${part.claim.placeName}, which lies inside ${whole.claim.placeName}, yet it exceeds`;
    sentences.push(
      samePlace
        ? `${words.mention(part)} ${where} ${words.mention(whole)}, yet it is larger: ${size}.`
        : `${words.mention(part)} ${where} ${words.mention(whole)}: ${size}.`,
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

/** "a drop of about 83%", "a rise of about 40%", "about 3.2 times as many". */
function changeSize(relative: number): string {
  if (relative >= 1) return `about ${formatRatio(Math.round((1 + relative) * 10) / 10)} times as many`;
  const pct = Math.abs(relative * 100);
  const rounded = pct >= 10 ? Math.round(pct) : Math.round(pct * 10) / 10;
  return `a ${relative < 0 ? "drop" : "rise"} of about ${formatNumber(rounded)}%`;
}

/**
 * The direction of an observed series: from its first figure to its last, in words, but only when
 * the two cannot be the same level (their intervals do not overlap).
 */
function seriesDirection(inTime: readonly KnownFigure[], words: ReturnType<typeof explainer>): SeriesDirection | null {
  if (inTime.length < 2) return null;
  const first = inTime[0]!;
  const last = inTime.at(-1)!;
  if (intervalsOverlap(first.interval, last.interval)) return null;
  const change = isBelow(last.interval, first.interval) ? "fell" : "rose";
  const from = representativeValue(first.claim, first.interval);
  const to = representativeValue(last.claim, last.interval);
  const relative = from === null || to === null || from === 0 ? null : (to - from) / Math.abs(from);
  const size = relative === null ? "" : `, ${changeSize(relative)}`;
  return {
    change,
    from: first.claim.id,
    to: last.claim.id,
    relative,
    words: `${change} from ${words.short(first)} to ${words.short(last)}${size}`,
  };
}

/** How far off its neighbours a figure must be, and within how short a span, to break a series. */
const OUTLIER_RATIO = 2;
const OUTLIER_SPAN_DAYS = 366;

/**
 * Figures that break an observed series: beyond OUTLIER_RATIO × both neighbours, on the same side,
 * while the neighbours are dated within a short span and within that ratio of each other.
 */
function seriesOutliers(inTime: readonly KnownFigure[]): KnownFigure[] {
  const out: KnownFigure[] = [];
  for (let k = 1; k + 1 < inTime.length; k++) {
    const [prev, f, next] = [inTime[k - 1]!, inTime[k]!, inTime[k + 1]!];
    const tp = bestKnownTime(prev.claim.period);
    const tn = bestKnownTime(next.claim.period);
    if (tp.undated || tn.undated || tp.day === null || tn.day === null) continue;
    if (daysBetween(tp.day, tn.day) > OUTLIER_SPAN_DAYS) continue;
    const neighbours = intervalGap(prev.interval, next.interval);
    if (neighbours && neighbours.ratio >= OUTLIER_RATIO) continue;
    const gp = intervalGap(prev.interval, f.interval);
    const gn = intervalGap(next.interval, f.interval);
    if (!gp || !gn || gp.ratio < OUTLIER_RATIO || gn.ratio < OUTLIER_RATIO) continue;
    const above = isBelow(prev.interval, f.interval) && isBelow(next.interval, f.interval);
    const below = isBelow(f.interval, prev.interval) && isBelow(f.interval, next.interval);
    if (above || below) out.push(f);
  }
  return out;
}

/**
 * The agreement analysis of one group of claims (one metric, places nested in one another).
 *
 * - Each claim becomes an interval (`claim.interval` if given, else `claimInterval`).
 * - Only observed figures are compared. Planned and projected ones are shown apart; a plan with a
 *   direction ("reduce to fewer than 1,000") implies the level when it was reported, a derived
 *   figure that is compared.
 * - An origin's earlier figures for the same thing are revised by its latest one, and not compared.
 * - Levels (stocks) are compared at the same time: days at most the metric's window apart. Undated
 *   levels are never compared with dated ones, but identical ones from different origins repeat
 *   one figure and agree.
 * - Counts (flows) over the same period are compared; a count for a sub-period (or an inner place)
 *   may be below the containing count and conflicts only when its lower bound exceeds the
 *   container's upper bound; counts over partly overlapping periods are not comparable. A count
 *   whose period is open is compared as if for the same period (it may count the same events).
 *   Running totals compare only with running totals, and nest by their ends.
 * - Claims without an interval, and a derived figure with the claim it comes from, are never compared.
 * - Verdict: conflicting (severity = largest gap ratio, capped at SEVERITY_CAP); corroborated when
 *   some agreeing figures have ≥ 2 independent named origins; consistent when figures agree or fit
 *   but from one origin; revised when an origin replaced its figure and nothing above applies;
 *   trend when ≥ 2 figures describe different times; incomparable when the only pairs overlap in
 *   part; single for one usable figure; unknown when no figure has a numeric reading.
 *
 * Claim ids must be unique.
 */
export function analyseGroup(claims: readonly AnalysisClaim[], metric: AnalysisMetric): GroupAnalysis {
  const options: IntervalOptions = { tolerance: metric.tolerance, nonNegative: metric.nonNegative };
  const intervalOf = (c: AnalysisClaim) => c.interval ?? claimInterval(c.value, options);
  const plansImply = impliedLevels(claims, intervalOf, metric.nonNegative).sort((x, y) => compareIds(x.id, y.id));
  const ordered = [...claims, ...plansImply].sort((x, y) => compareIds(x.id, y.id));
  const figures: Figure[] = ordered.map((claim, index) => ({
    claim,
    index,
    interval: intervalOf(claim),
    ancestors: new Set(claim.placeAncestors),
    periodOpen: isOpen(claim.period),
  }));
  const byId = new Map(figures.map((f) => [f.claim.id, f]));
  if (byId.size !== figures.length) throw new RangeError("analyseGroup: claim ids must be unique.");

  // Set aside: plans and forecasts, and the figures an origin has since revised.
  const revisions = findRevisions(ordered, compareIds);
  const superseded = new Set(revisions.flatMap((r) => r.earlier));
  const apart = figures.filter((f) => modalityOf(f.claim) !== "observed");
  const setAside = (f: Figure) =>
    modalityOf(f.claim) !== "observed" || superseded.has(f.claim.id) || (f.claim.derivedFrom !== null && superseded.has(String(f.claim.derivedFrom)));
  const observed = figures.filter((f) => !setAside(f));

  const comparison = compareFigures(observed, metric, figures.length);
  // The lists the explanation reads throughout; the flags and unions are read once each, below.
  const { conflicts, agreements, partWholeFits, periodFits, notComparable, compared, undatedStockPairs } = comparison;

  const known = observed.filter(hasInterval);
  const unknown = observed.filter((f) => f.interval === null);
  const words = explainer(metric);
  const explanation: string[] = [];
  let verdict: Verdict;
  let severity = 0;
  let originCount: number;
  let direction: SeriesDirection | null = null;
  let outliers: KnownFigure[] = [];
  const fits = [...partWholeFits, ...periodFits];

  if (conflicts.length > 0) {
    verdict = "conflicting";
    severity = Math.min(conflicts[0]!.gapRatio, SEVERITY_CAP);
    const inConflict = observed.filter((f) => comparison.conflictsWithSome[f.index]);
    originCount = independentOrigins(inConflict).count;
    explanation.push(`Conflicting: ${plural(conflicts.length, "pair", "pairs")} of comparable figures cannot both be right.`);
    for (const pair of conflicts.slice(0, LISTED)) explanation.push(...conflictSentences(pair, byId, words));
    if (conflicts.length > LISTED) explanation.push(`${plural(conflicts.length - LISTED, "more conflicting pair is", "more conflicting pairs are")} not listed here.`);
    if (agreements.length > 0) explanation.push(`${plural(agreements.length, "other pair agrees", "other pairs agree")}.`);
  } else if (agreements.length > 0) {
    const best = bestGroup(groupsOf(comparison.agreesWithSome, comparison.agreeing, observed))!;
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
  } else if (fits.length > 0) {
    verdict = "consistent";
    const best = bestGroup(groupsOf(comparison.fitsWithSome, comparison.fitting, observed))!;
    originCount = best.origins.count;
    const what =
      partWholeFits.length > 0 && periodFits.length > 0
        ? "the figures are for places or periods inside one another, and no part exceeds its whole"
        : partWholeFits.length > 0
          ? "the figures are for places inside one another, and no part exceeds its whole"
          : "the counts are for periods inside one another, and no count for a shorter period exceeds the count for the longer one";
    explanation.push(`Consistent: ${what}.`);
    for (const fit of fits.slice(0, LISTED)) {
      const part = byId.get(fit.part)!;
      const whole = byId.get(fit.whole)!;
      explanation.push(
        part.claim.placeId === whole.claim.placeId
          ? `${words.mention(part)} counts part of the period of ${words.mention(whole)}, and does not exceed it.`
          : `${words.mention(part)} is for ${part.claim.placeName}, inside ${whole.claim.placeName}, and does not exceed ${words.mention(whole)}.`,
      );
    }
    explanation.push("A part below its whole contradicts nothing, but it confirms nothing either.");
    if (best.origins.count === 1) explanation.push(`They trace back to one origin: ${best.origins.labels[0]}.`);
  } else if (revisions.length > 0) {
    verdict = "revised";
    originCount = independentOrigins(known).count;
  } else if (notComparable.length > 0 && known.length >= 2) {
    verdict = "incomparable";
    originCount = independentOrigins(known).count;
  } else if (known.length >= 2) {
    verdict = "trend";
    originCount = independentOrigins(known).count;
    const inTime = [...known].sort(compareInTime);
    direction = seriesDirection(inTime, words);
    outliers = metric.kind === "stock" ? seriesOutliers(inTime) : [];
    const shown = inTime.slice(0, SERIES_LISTED).map(words.short);
    const rest = inTime.length > SERIES_LISTED ? ` → … (${plural(inTime.length - SERIES_LISTED, "more figure", "more figures")})` : "";
    const head = direction
      ? `Trend: ${metric.name} ${direction.words}.`
      : "Trend: the figures describe different times, and the first and last overlap, so no change is certain.";
    explanation.push(head, `In time order: ${shown.join(" → ")}${rest}.`);
  } else if (known.length === 1) {
    verdict = "single";
    originCount = independentOrigins(known).count;
    explanation.push(`Single source: only ${words.mention(known[0]!)} gives a usable figure, so nothing could confirm or contradict it.`);
  } else {
    verdict = "unknown";
    originCount = 0;
    explanation.push("Unknown: no figure here has a numeric reading, so none could be compared.");
  }

  for (const r of revisions.slice(0, LISTED)) {
    const current = byId.get(r.current)!;
    const earlier = r.earlier.map((id) => words.short(byId.get(id)!));
    const reported = current.claim.reportedOn ? `, reported ${describePeriod({ start: current.claim.reportedOn, end: current.claim.reportedOn, certainty: "stated" })}` : "";
    explanation.push(
      `${verdict === "revised" ? "Revised" : "Also revised"}: ${r.origin} gave ${joinWords(earlier)}, then ${words.short(current)}${reported}; the latest is its current figure, and the earlier one stays on record but is not compared.`,
    );
  }
  if (notComparable.length > 0) {
    const [first] = notComparable;
    const a = byId.get(first!.a)!;
    const b = byId.get(first!.b)!;
    const why =
      first!.why === "partial-overlap"
        ? "their periods overlap only in part, so neither count contains the other"
        : "one is for a smaller place over a longer period, the other for a larger place over a shorter one";
    const others = notComparable.length > 1 ? ` (${plural(notComparable.length - 1, "more pair", "more pairs")} likewise)` : "";
    explanation.push(`${verdict === "incomparable" ? "Not comparable" : "Not compared"}: ${words.mention(a)} and ${words.mention(b)}: ${why}${others}. That is no conflict.`);
  }
  for (const f of outliers.slice(0, LISTED)) explanation.push(`${words.short(f)} breaks the series: it is far off the figures just before and after it, within a year.`);
  if (apart.length > 0) {
    const shown = apart.slice(0, LISTED).map(words.mention);
    const more = apart.length > LISTED ? ` and ${plural(apart.length - LISTED, "more", "more")}` : "";
    explanation.push(`Shown apart, not compared with what was observed: ${joinWords(shown)}${more}.`);
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
    periodFits,
    notComparable,
    revisions,
    apart: apart.map((f) => f.claim.id),
    derived: plansImply,
    direction,
    outliers: outliers.map((f) => f.claim.id),
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
    const time = bestKnownTime(f.claim.period);
    return { id: f.claim.id, cluster, time: time.day, undated: time.undated };
  });
}
