/**
 * The claims timeline's geometry and words, as pure functions: which value scale, which time
 * domain, where each figure's bar, period line and origin label go, and the text that describes the
 * chart to screen readers. No React here, so every rule can be unit tested.
 */
import { scaleLinear, scaleLog, scaleSymlog, scaleUtc } from "@visx/scale";
import { describePeriod, formatInterval as formatIntervalSymbols } from "@/lib/domain/agreement";
import type { Interval, Verdict } from "@/lib/domain/agreement/types";
import { formatDay, formatPeriod, SHARE_UNIT } from "@/lib/domain/figures-format";
import { VERDICTS, VERDICT_STYLES } from "./verdict-style";

/** One figure on the timeline: a stated claim, or a figure derived from one. */
export type TimelinePoint = {
  /** Claim id, or "d<n>" for a derived figure. */
  id: string;
  /** Link to the claim page; null for a derived figure. */
  href: string | null;
  /** e.g. "CENTCOM via Shafaq News: approximately 2,500". */
  label: string;
  /** Calendar days, YYYY-MM-DD, inclusive. */
  period: { start: string | null; end: string | null; certainty: "stated" | "open" };
  /** null: the value is unknown; the figure is listed in the table but not plotted. */
  interval: Interval | null;
  best: number | null;
  verdict: Verdict;
  /** Origin label, e.g. "SDF". */
  origin: string;
  /** Derived figures are drawn hollow and dashed, and labelled "derived". */
  derived: boolean;
  /** Agreement group: its points sit side by side when they collide. */
  group: string;
};

export type Margin = { top: number; right: number; bottom: number; left: number };
export type Box = { x: number; y: number; width: number; height: number };

export const DEFAULT_WIDTH = 720;
export const DEFAULT_HEIGHT = 360;
export const DEFAULT_MARGIN: Margin = { top: 18, right: 14, bottom: 50, left: 66 };
/** Font size of origin labels, in viewBox units. */
export const LABEL_FONT_SIZE = 11.5;

const DAY_MS = 86_400_000;
/** More than two orders of magnitude between the smallest and largest value: use a log scale. */
export const LOG_SCALE_SPAN = 100;
/** Horizontal distance between the value bars of figures that would otherwise overlap. */
export const DODGE_STEP = 11;
/** The narrowest a period line is drawn, so that a single day still shows as a tick. */
export const MIN_PERIOD_WIDTH = 10;

// ---------------------------------------------------------------------------------------------
// Numbers and periods in words

const fullNumber = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });
const compactNumber = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

/** A value as the table and tooltips show it: "2,500", or "25%" for a share. */
export function formatValue(value: number, unit: string): string {
  if (unit === SHARE_UNIT) return `${fullNumber.format(value * 100)}%`;
  return fullNumber.format(value);
}

/** A value as an axis tick: "2.5K", "15K", or "25%" for a share. */
export function formatTick(value: number, unit: string): string {
  if (unit === SHARE_UNIT) return `${compactNumber.format(value * 100)}%`;
  return compactNumber.format(value);
}

/** The analysis's interval words with the timeline's numbers: "2,250–2,750", "≥ 12", "25%–50%", "unknown". */
export function formatInterval(interval: Interval | null, unit: string): string {
  return interval === null ? "unknown" : formatIntervalSymbols(interval, { formatBound: (n) => formatValue(n, unit) });
}

/**
 * The period in words. An open period is an undated figure bounded by what its source proves, so
 * it reads as the analysis says it ("undated, not before Mar 2019") rather than as a stated span.
 */
export function formatTimelinePeriod(period: TimelinePoint["period"]): string {
  const { start, end, certainty } = period;
  if (start === null && end === null) return "Undated";
  const words =
    certainty === "open" ? describePeriod({ start, end, certainty }) : end === null ? `from ${formatDay(start)}` : start === null ? `until ${formatDay(end)}` : formatPeriod({ start, end, label: "" });
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The origin label drawn next to a figure. Long origins are cut; the tooltip has them whole. */
export function originLabelText(point: Pick<TimelinePoint, "origin" | "derived">, maxChars = 24): string {
  const origin = point.origin.length > maxChars ? `${point.origin.slice(0, maxChars - 1).trimEnd()}…` : point.origin;
  return point.derived ? `${origin} · derived` : origin;
}

// ---------------------------------------------------------------------------------------------
// The value axis

export type ValueScaleKind = "linear" | "log" | "symlog";
export type ValueScaleSpec = { kind: ValueScaleKind; domain: [number, number]; ticks: number[] };

/** Every finite number a plotted figure puts on the value axis. */
function finiteValues(points: TimelinePoint[]): number[] {
  const values: number[] = [];
  for (const p of points) {
    if (p.interval === null) continue;
    for (const v of [p.interval.low, p.interval.high, p.best]) if (v !== null && Number.isFinite(v)) values.push(v);
  }
  return values;
}

/** 1, 2, 5, 10, 20, 50, … within [lo, hi], thinned to at most `max` ticks. */
function logTicks(lo: number, hi: number, max = 7): number[] {
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of [1, 2, 5]) {
      const t = m * 10 ** e;
      if (t >= lo && t <= hi) ticks.push(Number(t.toPrecision(12)));
    }
  }
  if (ticks.length <= max) return ticks;
  const powers = ticks.filter((t) => Number.isInteger(Math.log10(t)) || Math.abs(Math.log10(t) - Math.round(Math.log10(t))) < 1e-9);
  if (powers.length <= max) return powers;
  const every = Math.ceil(powers.length / max);
  return powers.filter((_, i) => i % every === 0);
}

/**
 * Linear unless the values span more than two orders of magnitude. Then log, or, when a value is
 * zero, symlog (log cannot show 0). Negative values always get a linear scale. A linear scale of
 * non-negative values starts at 0, so that the gap between two figures is seen in proportion.
 * Open-ended intervals get headroom, so that their arrows have room to point.
 */
export function chooseValueScale(points: TimelinePoint[]): ValueScaleSpec {
  const plotted = points.filter((p) => p.interval !== null);
  const values = finiteValues(plotted);
  if (values.length === 0) return { kind: "linear", domain: [0, 1], ticks: [0, 0.25, 0.5, 0.75, 1] };

  let min = Math.min(...values);
  let max = Math.max(...values);
  const positives = values.filter((v) => v > 0);
  const spansOrders = positives.length > 0 && Math.max(...positives) / Math.min(...positives) > LOG_SCALE_SPAN;
  // The finite bound from which an open interval's arrow starts.
  const openHighBases = plotted.flatMap((p) => (p.interval!.high === null ? [p.interval!.low ?? p.best].filter((v): v is number => v !== null) : []));
  const openLowBases = plotted.flatMap((p) => (p.interval!.low === null ? [p.interval!.high ?? p.best].filter((v): v is number => v !== null) : []));

  if (spansOrders && min > 0) {
    for (const b of openHighBases) max = Math.max(max, b * 3);
    for (const b of openLowBases) min = Math.min(min, b / 3);
    const domain: [number, number] = [min / 1.5, max * 1.5];
    return { kind: "log", domain, ticks: logTicks(domain[0], domain[1]) };
  }
  if (spansOrders && min === 0) {
    for (const b of openHighBases) max = Math.max(max, b * 3);
    const top = max * 1.5;
    const ticks = [0, ...logTicks(1, top)].filter((t) => t === 0 || Number.isInteger(Math.log10(t)));
    const every = Math.ceil(ticks.length / 7);
    return { kind: "symlog", domain: [0, top], ticks: ticks.filter((_, i) => i % every === 0) };
  }

  if (min >= 0) min = 0;
  const extent = max - min || Math.abs(max) || 1;
  for (const b of openHighBases) max = Math.max(max, b + extent * 0.25);
  if (min < 0) for (const b of openLowBases) min = Math.min(min, b - extent * 0.25);
  if (max === min) max = min + 1;
  const scale = scaleLinear<number>({ domain: [min, max + (max - min) * 0.04], nice: 5 });
  const [d0, d1] = scale.domain() as [number, number];
  return { kind: "linear", domain: [d0, d1], ticks: scale.ticks(5) };
}

export function valueAxisLabel(unit: string, kind: ValueScaleKind): string {
  const name = unit === SHARE_UNIT ? "Share (%)" : unit.charAt(0).toUpperCase() + unit.slice(1);
  if (kind === "log") return `${name} (log scale)`;
  if (kind === "symlog") return `${name} (log scale, 0 included)`;
  return name;
}

export function makeValueScale(spec: ValueScaleSpec, range: [number, number]) {
  if (spec.kind === "log") return scaleLog<number>({ domain: spec.domain, range, clamp: true });
  if (spec.kind === "symlog") return scaleSymlog<number>({ domain: spec.domain, range, clamp: true, constant: 1 });
  return scaleLinear<number>({ domain: spec.domain, range, clamp: true });
}

// ---------------------------------------------------------------------------------------------
// The time axis

/** Milliseconds at the start of a calendar day, in UTC: the days are calendar days, never instants. */
export function dayStart(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${JSON.stringify(iso)}.`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}
const dayEnd = (iso: string) => dayStart(iso) + DAY_MS;

export const isUndated = (p: TimelinePoint) => p.period.start === null && p.period.end === null;

/**
 * The time domain in ms, or null when no figure has a known day. Padded on both sides; when a
 * period is open at one end, the domain reaches well past its known end, so its arrow is seen.
 */
export function chooseTimeDomain(points: TimelinePoint[]): [number, number] | null {
  const dated = points.filter((p) => !isUndated(p));
  if (dated.length === 0) return null;
  const edges = dated.flatMap((p) => [
    ...(p.period.start !== null ? [dayStart(p.period.start)] : []),
    ...(p.period.end !== null ? [dayEnd(p.period.end)] : []),
  ]);
  let first = Math.min(...edges);
  let last = Math.max(...edges);
  const span = last - first;
  const reach = Math.max(90 * DAY_MS, span * 0.15);
  for (const p of dated) {
    if (p.period.end === null && p.period.start !== null) last = Math.max(last, dayStart(p.period.start) + reach);
    if (p.period.start === null && p.period.end !== null) first = Math.min(first, dayEnd(p.period.end) - reach);
  }
  const pad = Math.max(20 * DAY_MS, (last - first) * 0.04);
  return [first - pad, last + pad];
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** Tick labels like d3's multi-scale format, but in UTC and with the year on the first tick. */
export function timeTickLabels(ticks: Date[]): string[] {
  return ticks.map((t, i) => {
    const y = t.getUTCFullYear();
    const m = MONTHS[t.getUTCMonth()]!;
    const d = t.getUTCDate();
    if (t.getUTCMonth() === 0 && d === 1) return `${y}`;
    if (d === 1) return i === 0 ? `${m} ${y}` : m;
    return i === 0 ? `${d} ${m} ${y}` : `${d} ${m}`;
  });
}

// ---------------------------------------------------------------------------------------------
// Placing the figures

export type PlacedLabel = {
  text: string;
  /** Text anchor point; the text is vertically centred on y. */
  x: number;
  y: number;
  anchor: "start" | "end";
  box: Box;
  /** A thin line back to the marker when the label had to move away from it. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
};

export type PlacedMark = {
  point: TimelinePoint;
  /** x of the value bar and marker. */
  cx: number;
  /** Value bar, in pixels; `low` is below `high`. An unbounded end runs to the plot edge with an arrow. */
  bar: { low: number; high: number; arrowDown: boolean; arrowUp: boolean; capLow: boolean; capHigh: boolean };
  /** y of the marker and of the period line: the best value, or the interval's middle. */
  y: number;
  /** Period line. "from"/"until" are open at one end and run to the time axis's edge with an arrow. */
  period: { x1: number; x2: number; kind: "span" | "day" | "from" | "until" | "undated" };
  label: PlacedLabel;
};

export type TimelineLayout = {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  value: ValueScaleSpec & { axisLabel: string };
  /** The dated part of the x axis; null when no figure is dated. */
  time: { domain: [number, number]; range: [number, number]; ticks: Array<{ value: Date; label: string }> } | null;
  /** The band at the right for figures with no known time; null when every figure is dated. */
  undatedBand: { x0: number; x1: number } | null;
  marks: PlacedMark[];
  /** Figures with an unknown value: in the table, not on the chart. */
  unplotted: TimelinePoint[];
};

type Draft = Omit<PlacedMark, "label" | "cx"> & { anchorX: number; cx: number };

function byGroupThenValue(a: Draft, b: Draft): number {
  return a.point.group.localeCompare(b.point.group) || a.y - b.y || a.point.id.localeCompare(b.point.id);
}

const rangesOverlap = (a: Draft, b: Draft, pad: number) => a.bar.high - pad < b.bar.low && b.bar.high - pad < a.bar.low;

/**
 * Figures whose bars would sit on top of each other (close in time AND overlapping in value) are
 * set side by side, DODGE_STEP apart, centred on where they belong; within a cluster a group's
 * figures stay together.
 */
function dodge(drafts: Draft[]): void {
  const sorted = [...drafts].sort((a, b) => a.anchorX - b.anchorX || byGroupThenValue(a, b));
  const clusters: Draft[][] = [];
  for (const d of sorted) {
    const home = clusters.find((c) => c.some((m) => Math.abs(m.anchorX - d.anchorX) < DODGE_STEP && rangesOverlap(m, d, 6)));
    if (home) home.push(d);
    else clusters.push([d]);
  }
  for (const cluster of clusters) {
    const centre = cluster.reduce((s, m) => s + m.anchorX, 0) / cluster.length;
    const ordered = cluster.length === 1 ? cluster : [...cluster].sort(byGroupThenValue);
    ordered.forEach((m, i) => {
      m.cx = cluster.length === 1 ? m.anchorX : centre + (i - (ordered.length - 1) / 2) * DODGE_STEP;
    });
  }
}

export function estimateTextWidth(text: string, fontSize = LABEL_FONT_SIZE): number {
  // Average advance of a system sans-serif; errs wide so estimated boxes do not touch.
  return [...text].reduce((w, ch) => w + (/[A-Z0-9]/.test(ch) ? 0.66 : /[ .,·il]/.test(ch) ? 0.32 : 0.56) * fontSize, 0);
}

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Greedy label placement: beside the marker to the right, then left, then staggered up and down.
 * The first spot that overlaps no marker, bar or earlier label wins; failing that, the spot that
 * overlaps least.
 */
function placeLabels(drafts: Draft[], plot: TimelineLayout["plot"], width: number): PlacedLabel[] {
  const h = LABEL_FONT_SIZE * 1.25;
  const obstacles: Box[] = drafts.flatMap((d) => [
    { x: d.cx - 7, y: d.y - 7, width: 14, height: 14 },
    { x: d.cx - 2.5, y: d.bar.high, width: 5, height: d.bar.low - d.bar.high },
    ...(d.period.kind === "undated" ? [] : [{ x: d.period.x1, y: d.y - 3, width: d.period.x2 - d.period.x1, height: 6 }]),
  ]);
  const placed = new Map<Draft, PlacedLabel>();
  const order = [...drafts].sort((a, b) => a.cx - b.cx || a.y - b.y);
  for (const d of order) {
    const text = originLabelText(d.point);
    const w = estimateTextWidth(text);
    const steps = [0, -1, 1, -2, 2, -3, 3, -4, 4];
    const candidates = steps.flatMap((s) => (["start", "end"] as const).map((anchor) => ({ anchor, dy: s * h })));
    let best: { label: PlacedLabel; cost: number } | null = null;
    for (const c of candidates) {
      const x = c.anchor === "start" ? d.cx + 9 : d.cx - 9;
      const y = d.y + c.dy;
      const box = { x: c.anchor === "start" ? x : x - w, y: y - h / 2, width: w, height: h };
      if (box.x < plot.left + 2 || box.x + box.width > width - 2 || box.y < plot.top - 4 || box.y + box.height > plot.bottom + 2) continue;
      const others = [...obstacles, ...[...placed.values()].map((l) => l.box)];
      const cost = others.reduce((sum, o) => sum + overlapArea(box, o), 0);
      const leader = Math.abs(c.dy) > h * 1.5 ? { x1: d.cx, y1: d.y, x2: c.anchor === "start" ? box.x - 1 : box.x + box.width + 1, y2: y } : null;
      if (best === null || cost < best.cost) best = { label: { text, x, y, anchor: c.anchor, box, leader }, cost };
      if (cost === 0) break;
    }
    const fallbackX = d.cx + 9;
    placed.set(
      d,
      best?.label ?? { text, x: fallbackX, y: d.y, anchor: "start", box: { x: fallbackX, y: d.y - h / 2, width: w, height: h }, leader: null },
    );
  }
  return drafts.map((d) => placed.get(d)!);
}

export function layoutTimeline(
  points: TimelinePoint[],
  unit: string,
  options: { width?: number; height?: number; margin?: Margin } = {},
): TimelineLayout {
  const width = options.width ?? DEFAULT_WIDTH;
  const height = options.height ?? DEFAULT_HEIGHT;
  const margin = options.margin ?? DEFAULT_MARGIN;
  const plot = { left: margin.left, top: margin.top, right: width - margin.right, bottom: height - margin.bottom };

  const plotted = points.filter((p) => p.interval !== null);
  const unplotted = points.filter((p) => p.interval === null);
  const undated = plotted.filter(isUndated);
  const dated = plotted.filter((p) => !isUndated(p));

  // x: the dated time range, then a band for undated figures at the right edge.
  const plotWidth = plot.right - plot.left;
  let undatedBand: TimelineLayout["undatedBand"] = null;
  let timeRight = plot.right;
  if (undated.length > 0 && dated.length === 0) undatedBand = { x0: plot.left, x1: plot.right };
  else if (undated.length > 0) {
    const bandWidth = Math.min(Math.max(36 + 24 * undated.length, 84), plotWidth * 0.3);
    undatedBand = { x0: plot.right - bandWidth, x1: plot.right };
    timeRight = undatedBand.x0 - 14;
  }
  const timeDomain = chooseTimeDomain(dated);
  const xScale = timeDomain && scaleUtc<number>({ domain: timeDomain.map((t) => new Date(t)), range: [plot.left, timeRight] });
  let time: TimelineLayout["time"] = null;
  if (xScale && timeDomain) {
    const tickDates = xScale.ticks(Math.max(2, Math.floor((timeRight - plot.left) / 95)));
    const labels = timeTickLabels(tickDates);
    time = { domain: timeDomain, range: [plot.left, timeRight], ticks: tickDates.map((value, i) => ({ value, label: labels[i]! })) };
  }

  // y
  const spec = chooseValueScale(plotted);
  const yScale = makeValueScale(spec, [plot.bottom, plot.top]);
  const yOf = (v: number) => yScale(v) ?? plot.bottom;

  const drafts: Draft[] = plotted.map((point) => {
    const { low, high } = point.interval!;
    const yLow = low === null ? plot.bottom : yOf(low);
    const yHigh = high === null ? plot.top : yOf(high);
    const y =
      point.best !== null ? yOf(point.best) : low !== null && high !== null ? (yLow + yHigh) / 2 : low !== null ? yLow : high !== null ? yHigh : (plot.top + plot.bottom) / 2;
    const bar = { low: yLow, high: yHigh, arrowDown: low === null, arrowUp: high === null, capLow: low !== null, capHigh: high !== null };

    let period: PlacedMark["period"];
    let anchorX: number;
    const { start, end } = point.period;
    if (xScale && start !== null && end !== null) {
      let x1 = xScale(new Date(dayStart(start))) ?? plot.left;
      let x2 = xScale(new Date(dayEnd(end))) ?? timeRight;
      if (x2 - x1 < MIN_PERIOD_WIDTH) {
        const mid = (x1 + x2) / 2;
        [x1, x2] = [mid - MIN_PERIOD_WIDTH / 2, mid + MIN_PERIOD_WIDTH / 2];
      }
      period = { x1, x2, kind: start === end ? "day" : "span" };
      anchorX = (x1 + x2) / 2;
    } else if (xScale && start !== null) {
      const x1 = xScale(new Date(dayStart(start))) ?? plot.left;
      period = { x1, x2: timeRight, kind: "from" };
      anchorX = x1;
    } else if (xScale && end !== null) {
      const x2 = xScale(new Date(dayEnd(end))) ?? timeRight;
      period = { x1: plot.left, x2, kind: "until" };
      anchorX = x2;
    } else {
      period = { x1: 0, x2: 0, kind: "undated" };
      anchorX = 0;
    }
    return { point, bar, y, period, anchorX, cx: anchorX };
  });

  dodge(drafts.filter((d) => d.period.kind !== "undated"));
  // Undated figures are spread evenly across their band, a group's figures side by side.
  if (undatedBand) {
    const band = undatedBand;
    const inBand = drafts.filter((d) => d.period.kind === "undated").sort(byGroupThenValue);
    const gap = (band.x1 - band.x0) / (inBand.length + 1);
    inBand.forEach((d, i) => {
      d.cx = d.anchorX = band.x0 + gap * (i + 1);
      d.period = { x1: d.cx, x2: d.cx, kind: "undated" };
    });
  }

  const labels = placeLabels(drafts, plot, width);
  const marks: PlacedMark[] = drafts.map((d, i) => ({ point: d.point, cx: d.cx, bar: d.bar, y: d.y, period: d.period, label: labels[i]! }));

  return { width, height, plot, value: { ...spec, axisLabel: valueAxisLabel(unit, spec.kind) }, time, undatedBand, marks, unplotted };
}

/** Points of a small filled triangle whose tip is at (x, y), pointing the given way. */
export function arrowHead(x: number, y: number, direction: "up" | "down" | "left" | "right", size = 5): string {
  const s = size;
  const pts: Array<[number, number]> =
    direction === "up"
      ? [[x, y], [x - s, y + s * 1.4], [x + s, y + s * 1.4]]
      : direction === "down"
        ? [[x, y], [x - s, y - s * 1.4], [x + s, y - s * 1.4]]
        : direction === "left"
          ? [[x, y], [x + s * 1.4, y - s], [x + s * 1.4, y + s]]
          : [[x, y], [x - s * 1.4, y - s], [x - s * 1.4, y + s]];
  return pts.map(([a, b]) => `${Number(a.toFixed(2))},${Number(b.toFixed(2))}`).join(" ");
}

// ---------------------------------------------------------------------------------------------
// The chart in words

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the SVG's <desc> says: how many figures, the range of values and of dates, the verdicts. */
export function describeTimeline(title: string, unit: string, points: TimelinePoint[], kind: ValueScaleKind): string {
  if (points.length === 0) return `No figures for ${title} yet.`;
  const plotted = points.filter((p) => p.interval !== null);
  const sentences: string[] = [`Timeline of ${plural(points.length, "figure")} for ${title}.`];
  if (plotted.length < points.length) {
    const missing = points.length - plotted.length;
    sentences.push(`${plotted.length} plotted; ${missing} ${missing === 1 ? "has" : "have"} no known value and ${missing === 1 ? "is" : "are"} listed in the table only.`);
  }

  const values = finiteValues(plotted);
  if (values.length > 0) {
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const scale = kind === "linear" ? "" : " on a log scale";
    const range = lo === hi ? `Every value is ${formatValue(lo, unit)} ${unit}` : `Values run from ${formatValue(lo, unit)} to ${formatValue(hi, unit)} ${unit}`;
    const open = plotted.filter((p) => p.interval!.low === null || p.interval!.high === null).length;
    sentences.push(`${range}${scale}${open > 0 ? `; ${plural(open, "figure")} ${open === 1 ? "has" : "have"} no upper or lower bound` : ""}.`);
  }

  const days = plotted.flatMap((p) => [p.period.start, p.period.end]).filter((d): d is string => d !== null).sort();
  const undated = plotted.filter(isUndated).length;
  const openPeriods = plotted.filter((p) => !isUndated(p) && (p.period.start === null || p.period.end === null)).length;
  if (days.length > 0) {
    const first = days[0]!;
    const last = days[days.length - 1]!;
    const when = first === last ? `All dated figures refer to ${formatDay(first)}` : `Dates run from ${formatDay(first)} to ${formatDay(last)}`;
    const notes = [
      openPeriods > 0 ? `${plural(openPeriods, "figure")} ${openPeriods === 1 ? "has" : "have"} an open period` : "",
      undated > 0 ? `${undated} ${undated === 1 ? "is" : "are"} undated` : "",
    ].filter(Boolean);
    sentences.push(`${when}${notes.length > 0 ? `; ${notes.join(" and ")}` : ""}.`);
  } else if (plotted.length > 0) {
    sentences.push(plotted.length === 1 ? "The figure is undated." : "None of the figures is dated.");
  }

  const mix = VERDICTS.map((v) => ({ v, n: points.filter((p) => p.verdict === v).length }))
    .filter(({ n }) => n > 0)
    .map(({ v, n }) => `${n} ${VERDICT_STYLES[v].label.toLowerCase()}`);
  sentences.push(`Verdicts: ${mix.join(", ")}.`);
  const derived = points.filter((p) => p.derived).length;
  if (derived > 0) sentences.push(`${plural(derived, "figure")} ${derived === 1 ? "is" : "are"} derived from another claim.`);
  return sentences.join(" ");
}

export function makeTimeScale(time: NonNullable<TimelineLayout["time"]>) {
  return scaleUtc<number>({ domain: time.domain.map((t) => new Date(t)), range: time.range });
}
