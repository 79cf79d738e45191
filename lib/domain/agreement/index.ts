/** The agreement analysis: pure functions from claims to verdicts, with their explanations. */
export type * from "./types";
export {
  VAGUE_AMOUNTS,
  VAGUE_AMOUNT_SOURCES,
  lookupVagueAmount,
  normaliseVagueTerm,
  type VagueAmountEntry,
  type VagueAmountSource,
} from "./vague-amounts";
export {
  claimInterval,
  closedInterval,
  formatInterval,
  formatNumber,
  formatRatio,
  intersectIntervals,
  intervalContains,
  intervalGap,
  intervalInWords,
  intervalsOverlap,
  isBelow,
  isEmptyInterval,
  type FormatIntervalOptions,
  type IntervalOptions,
  type StatedValue,
} from "./claim-interval";
export { comparePeriods, describePeriod, type PeriodRelation } from "./periods";
// resolveRelativePeriod is not re-exported on purpose: it loads a large date recognizer that the
// analysis and the pages do not need. Import it from "@/lib/domain/agreement/period-phrases".
export { mergeOrigins, originKey, type ActorDirectory, type ChainActor, type Origin, type SourceForOrigin } from "./origins";
export { deriveBaseline, derivedValueLabel, relationPhrase, type RelativeRelation } from "./relative";
export { analyseGroup, SEVERITY_CAP } from "./analyse-group";
