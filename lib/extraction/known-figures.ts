// What the review screen shows of a proposed figure the ledger already holds, shared by the read
// (lib/data/known-figures.ts) and the review screen's client components.
import type { Proposal } from "./extract-figures";

/** A proposed figure the ledger already holds, by where it stands in the article: the claims it matches, their sources and origins. */
export type KnownFigureMatch = {
  start: number;
  end: number;
  metricName: string;
  unit: string;
  /** The place the claim will have: the proposal's, else the matched claim's. */
  place: string;
  claimIds: number[];
  sourceCount: number;
  origins: string[];
};

/** A match with the proposal it is about, as the review screen shows it. */
export type KnownFigureView = Omit<KnownFigureMatch, "start" | "end"> & { proposal: Proposal };
