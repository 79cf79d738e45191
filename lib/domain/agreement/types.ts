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
};

export type Verdict = "conflicting" | "corroborated" | "consistent" | "trend" | "single" | "unknown";

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
  /** The claims in time order, for the timeline; clusters of claims describing the same time share an index. */
  series: Array<{ id: string; cluster: number }>;
  /** Plain-words reasons, one sentence each, most important first. */
  explanation: string[];
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
};
