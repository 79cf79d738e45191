/**
 * The agreement analysis's vocabulary. Everything here is plain data: the analysis reads claims as
 * these shapes and never touches the database.
 */
import type { Qualifier } from "@/lib/schemas/claim";

/**
 * A closed, half-open or open range of numbers. `null` bounds are unbounded (−∞ / +∞).
 * `lowOpen` means the low bound itself is excluded ("more than 100" is (100, ∞)).
 */
export type Interval = {
  low: number | null;
  high: number | null;
  lowOpen: boolean;
  highOpen: boolean;
};

/**
 * How a metric behaves over time.
 * - stock: a level at a moment (fighters, troops, territory); different times may differ.
 * - flow: a count of events over a period (attacks, deaths, captures); the same period must agree.
 */
export type MetricKind = "stock" | "flow";

/**
 * What a figure says about the world: `observed` (it was so), `planned` (a target or an announced
 * plan: "to cut troops to fewer than 1,000") or `projected` (a forecast). Only observed figures
 * are compared; plans and forecasts are shown beside them.
 */
export const MODALITIES = ["observed", "planned", "projected"] as const;
export type Modality = (typeof MODALITIES)[number];

/** Which way a plan or forecast moves the level: "reduce to" is down, "raise to" is up. */
export type PlannedChange = "down" | "up";

/** A claim's reference period as calendar days (YYYY-MM-DD, inclusive), resolved as far as the text allows. */
export type AnalysisPeriod = {
  start: string | null;
  end: string | null;
  /**
   * "stated": the claim gives both ends (or an as-of day).
   * "open": at least one end is unknown; for an undated source, `start` may carry the earliest day
   * its content proves (the source's notBefore), flagged so in the explanation.
   */
  certainty: "stated" | "open";
  /**
   * For display only: the earliest day an undated source's content proves. Never used to compare
   * periods, because an undated article may report events older than itself.
   */
  notBefore?: string | null;
};

/** One figure as the analysis sees it: stated by a source, or derived from a relative claim. */
export type AnalysisClaim = {
  /** The claim id, or for a derived figure "d<relationId>". */
  id: string;
  /** The stated claim a derived figure comes from; null for a stated claim. */
  derivedFrom: number | null;
  metricId: number;
  placeId: number;
  placeName: string;
  /** The place itself and every place containing it (from the closure table). */
  placeAncestors: number[];
  period: AnalysisPeriod;
  /** The value as stated; for a derived figure, the figure it implies. */
  value: { qualifier: Qualifier; low: string | null; best: string | null; high: string | null; vagueTerm: string | null };
  /** Independence key: claims with the same origin key are one origin. */
  origin: { key: string; label: string; named: boolean };
  /** Words for the explanation, e.g. "Shafaq News, undated: approximately 2,500". */
  label: string;
  /**
   * A precomputed interval. Derived figures carry the interval `deriveBaseline` gave them here,
   * because their `value` cannot say "fewer than X.high / 2" exactly. When present, the analysis
   * uses it instead of reading `value`; when absent, it reads `value` with `claimInterval`.
   */
  interval?: Interval;
  /** For a derived figure: the relation's words, e.g. "more than double", for the explanation. */
  derivedBy?: string;
  /** Default "observed". Planned and projected figures are never compared with observed ones. */
  modality?: Modality;
  /**
   * A running total ("since 2014", "in total"): a count from the start of the period (or from the
   * beginning, when no start is given) up to its end. Compared only with other running totals.
   */
  cumulative?: boolean;
  /**
   * The day the source was published, else the earliest day its content proves. Orders an
   * origin's figures for the same thing: the latest is its current figure (a revision).
   */
  reportedOn?: string | null;
  /** For a plan or forecast: the way it moves the level, which implies the level before it. */
  change?: PlannedChange | null;
};

export type Verdict =
  | "conflicting"
  | "corroborated"
  | "consistent"
  | "revised"
  | "trend"
  | "incomparable"
  | "single"
  | "unknown";

/** A pair of claims that cannot both be right. */
export type ConflictPair = {
  a: string;
  b: string;
  /** low of the higher interval divided by high of the lower one; ≥ 1. Infinity when the lower is 0. */
  gapRatio: number;
  /** Absolute gap between the intervals. */
  gap: number;
  /** True when at least one period is open, so the two may describe different times. */
  periodUncertain: boolean;
  /**
   * Set when the two are at nested places and the conflict is that the part (the inner place)
   * exceeds the whole (the outer place); absent when both are for the same place.
   */
  partWhole?: { part: string; whole: string };
};

export type GroupAnalysis = {
  verdict: Verdict;
  /** For conflicting groups, the largest gap ratio; 0 otherwise. Orders the Conflicts page. */
  severity: number;
  /**
   * Number of independent origins among the claims that could be compared: for corroborated and
   * consistent groups, the most independent origins behind one set of agreeing figures; for
   * conflicting groups, the origins of the figures in conflict; otherwise, of every figure with a
   * known interval. Unnamed origins ("reportedly") never add independence: they count only when
   * nothing named is present, and then as one.
   */
  originCount: number;
  intervals: Record<string, Interval | null>;
  conflicts: ConflictPair[];
  /** Pairs of claims for the same place that were compared and overlap. */
  agreements: Array<{ a: string; b: string }>;
  /**
   * Pairs at nested places that were compared and fit: the part (inner place) does not exceed the
   * whole (outer place). They are consistent but do not confirm each other, so they are kept apart
   * from `agreements` and never make a group "corroborated".
   */
  partWholeFits: Array<{ part: string; whole: string }>;
  /**
   * Pairs at nested periods of a count that were compared and fit: the sub-period's count does not
   * exceed the containing period's. Consistent, but no confirmation (kept apart from agreements).
   */
  periodFits?: Array<{ part: string; whole: string }>;
  /** Pairs that overlap in time only in part, or mix a running total with a count: never a conflict. */
  notComparable?: Array<{ a: string; b: string; why: "partial-overlap" | "crossed-nesting" }>;
  /** An origin's earlier figures for the same thing, replaced by its later one. */
  revisions?: Array<{ origin: string; current: string; earlier: string[] }>;
  /** Planned and projected figures: shown beside the observed ones, never compared with them. */
  apart?: string[];
  /** Figures the analysis derived itself (the level a plan implies), with their intervals in `intervals`. */
  derived?: AnalysisClaim[];
  /** Where the observed series goes, when its first and last figures differ beyond doubt. */
  direction?: SeriesDirection | null;
  /** Figures far off their neighbours in a short span. */
  outliers?: string[];
  /**
   * The claims in time order, for the timeline; clusters of claims describing the same time share
   * an index. `time` is the day a figure is placed at and `undated` says that day is only a bound.
   */
  series: Array<{ id: string; cluster: number; time?: string | null; undated?: boolean }>;
  /** Plain-words reasons, one sentence each, most important first. */
  explanation: string[];
};

/** The change from the first to the last figure of a series. */
export type SeriesDirection = {
  change: "rose" | "fell";
  from: string;
  to: string;
  /** (last − first) / first, from representative values; null when the first is 0. */
  relative: number | null;
  /** The sentence: "fell from 15,000 (2019) to about 2,500 (Apr 2024), a drop of about 83%". */
  words: string;
};

/** The metric a group measures, as the analysis needs it. */
export type AnalysisMetric = {
  kind: MetricKind;
  /** Relative tolerance for "approximately", e.g. 0.1 for ±10%. */
  tolerance: number;
  /** Counts and areas cannot be negative: open lower ends become 0. */
  nonNegative: boolean;
  unit: string;
  name: string;
  /**
   * Whether a whole is the sum of its parts (counts of people, events, area): then a figure for
   * an inner place may be below the outer place's figure but never above it. Default true. Pass
   * false for shares, durations and distances, where nested places are not compared at all.
   */
  additive?: boolean;
  /** For a stock: two levels are compared when their days are at most this far apart. Default 31. */
  windowDays?: number;
};
