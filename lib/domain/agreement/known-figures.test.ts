import { describe, expect, it } from "vitest";
import { matchKnownFigures, type LedgerFigure, type ProposedFigure } from "./known-figures";

const proposal = (over: Partial<ProposedFigure> = {}): ProposedFigure => ({
  start: 10,
  end: 13,
  metric: "isis-members-captured",
  low: null,
  best: "233",
  high: null,
  period: { start: "2024-01-01", end: "2024-08-12" },
  origins: [],
  ...over,
});
const sdf = { key: "actor:sdf", label: "SDF" };
const ledger: LedgerFigure[] = [
  { claimId: 11, sourceId: 1, metric: "isis-members-captured", low: "233", best: "233", high: "233", period: { start: "2024-01-01", end: "2024-08-13" }, origin: sdf },
  { claimId: 31, sourceId: 3, metric: "isis-members-captured", low: "233", best: "233", high: "233", period: { start: "2024-01-01", end: "2024-07-31" }, origin: sdf },
  { claimId: 40, sourceId: 4, metric: "isis-members-captured", low: null, best: "233", high: null, period: { start: "2019-01-01", end: "2019-12-31" }, origin: { key: "actor:x", label: "X" } },
];

describe("matchKnownFigures", () => {
  it("finds a figure already in the ledger from two sources, and names its origin", () => {
    expect(matchKnownFigures([proposal()], ledger)).toEqual([{ start: 10, end: 13, claimIds: [11, 31], sourceCount: 2, origins: ["SDF"] }]);
  });

  it("needs an origin in common when the article names one", () => {
    expect(matchKnownFigures([proposal({ origins: ["actor:sdf"] })], ledger)[0]?.claimIds).toEqual([11, 31]);
    expect(matchKnownFigures([proposal({ origins: ["actor:centcom"] })], ledger)).toEqual([]);
  });

  it("ignores other values, other metrics and periods apart", () => {
    expect(matchKnownFigures([proposal({ best: "234" })], ledger)).toEqual([]);
    expect(matchKnownFigures([proposal({ metric: "isis-members-killed" })], ledger)).toEqual([]);
    expect(matchKnownFigures([proposal({ period: { start: "2022-01-01", end: "2022-12-31" } })], ledger)).toEqual([]);
    expect(matchKnownFigures([proposal({ metric: null })], ledger)).toEqual([]);
  });
});
