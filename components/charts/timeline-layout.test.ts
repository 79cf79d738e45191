import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Verdict } from "@/lib/domain/agreement/types";
import { describePeriod, formatInterval as formatIntervalSymbols } from "@/lib/domain/agreement";
import {
  arrowHead,
  chooseTimeDomain,
  chooseValueScale,
  describeTimeline,
  DODGE_STEP,
  formatInterval,
  formatTimelinePeriod,
  layoutTimeline,
  MIN_PERIOD_WIDTH,
  overlapArea,
  timeTickLabels,
  valueAxisLabel,
  type TimelinePoint,
} from "./timeline-layout";
import { VERDICTS, VERDICT_STYLES } from "./verdict-style";

const closed = (low: number, high: number) => ({ low, high, lowOpen: false, highOpen: false });

let nextId = 1;
function point(overrides: Partial<TimelinePoint> = {}): TimelinePoint {
  const id = overrides.id ?? String(nextId++);
  return {
    id,
    href: `/claims/${id}`,
    label: `Claim ${id}`,
    period: { start: "2024-04-01", end: "2024-04-30", certainty: "stated" },
    interval: closed(100, 100),
    best: 100,
    verdict: "single",
    origin: "Origin",
    derived: false,
    group: "g",
    ...overrides,
  };
}
const undated = { start: null, end: null, certainty: "open" } as const;
const asOf = (day: string) => ({ start: day, end: day, certainty: "stated" as const });

/** The ISIS fighters example from the brief. */
const isis: TimelinePoint[] = [
  point({ id: "12", period: { start: "2019-03-01", end: null, certainty: "open" }, interval: closed(15000, 15000), best: 15000, verdict: "trend", origin: "unnamed source" }),
  point({ id: "d7", href: null, period: { start: "2024-01-01", end: "2024-01-31", certainty: "stated" }, interval: { low: null, high: 1375, lowOpen: false, highOpen: true }, best: null, verdict: "conflicting", origin: "CENTCOM", derived: true }),
  point({ id: "31", period: { start: "2024-04-01", end: "2024-04-30", certainty: "stated" }, interval: closed(2250, 2750), best: 2500, verdict: "conflicting", origin: "CENTCOM" }),
  point({ id: "44", period: { start: "2022-01-01", end: null, certainty: "open" }, interval: closed(2000, 9999), best: null, verdict: "trend", origin: "unnamed source" }),
];

describe("chooseValueScale", () => {
  it("keeps a linear scale from zero for values within two orders of magnitude", () => {
    const spec = chooseValueScale([point({ interval: closed(11, 11), best: 11 }), point({ interval: closed(13, 13), best: 13 })]);
    expect(spec.kind).toBe("linear");
    expect(spec.domain[0]).toBe(0);
    expect(spec.domain[1]).toBeGreaterThanOrEqual(13);
    expect(spec.ticks.every((t) => t >= spec.domain[0] && t <= spec.domain[1])).toBe(true);
  });

  it("switches to log only when the span is more than 100×", () => {
    const at100 = chooseValueScale([point({ interval: closed(10, 10), best: 10 }), point({ interval: closed(1000, 1000), best: 1000 })]);
    expect(at100.kind).toBe("linear");
    const beyond = chooseValueScale([point({ interval: closed(500, 500), best: 500 }), point({ interval: closed(240000, 260000), best: 250000 })]);
    expect(beyond.kind).toBe("log");
    expect(beyond.domain[0]).toBeLessThan(500);
    expect(beyond.domain[1]).toBeGreaterThan(260000);
    expect(beyond.ticks.length).toBeGreaterThan(1);
    for (const t of beyond.ticks) {
      expect(t).toBeGreaterThanOrEqual(beyond.domain[0]);
      expect(t).toBeLessThanOrEqual(beyond.domain[1]);
      expect([1, 2, 5]).toContain(Number((t / 10 ** Math.floor(Math.log10(t))).toFixed(6)));
    }
  });

  it("falls back to symlog when a zero sits among values spanning orders of magnitude", () => {
    const spec = chooseValueScale([point({ interval: closed(0, 0), best: 0 }), point({ interval: closed(40, 40), best: 40 }), point({ interval: closed(3500, 4500), best: 4000 })]);
    expect(spec.kind).toBe("symlog");
    expect(spec.domain[0]).toBe(0);
    expect(spec.ticks[0]).toBe(0);
    expect(spec.domain[1]).toBeGreaterThan(4500);
  });

  it("uses a linear scale for negative values, however wide the span", () => {
    const spec = chooseValueScale([point({ interval: closed(-5, -5), best: -5 }), point({ interval: closed(1, 1), best: 1 }), point({ interval: closed(5000, 5000), best: 5000 })]);
    expect(spec.kind).toBe("linear");
    expect(spec.domain[0]).toBeLessThanOrEqual(-5);
  });

  it("gives an open upper end headroom so its arrow has room", () => {
    const spec = chooseValueScale([point({ interval: { low: 12, high: null, lowOpen: false, highOpen: false }, best: null })]);
    expect(spec.domain[1]).toBeGreaterThanOrEqual(12 * 1.25);
  });

  it("gives an open lower end room below on a log scale", () => {
    const spec = chooseValueScale([
      point({ interval: { low: null, high: 1000, lowOpen: false, highOpen: true }, best: null }),
      point({ interval: closed(500000, 500000), best: 500000 }),
    ]);
    expect(spec.kind).toBe("log");
    expect(spec.domain[0]).toBeLessThan(1000 / 2);
  });

  it("has a usable domain with no values at all, or one repeated value", () => {
    expect(chooseValueScale([]).domain).toEqual([0, 1]);
    expect(chooseValueScale([point({ interval: null, best: null })]).domain).toEqual([0, 1]);
    const zero = chooseValueScale([point({ interval: closed(0, 0), best: 0 })]);
    expect(zero.domain[1]).toBeGreaterThan(zero.domain[0]);
  });

  it("says so in the axis label when the scale is not linear", () => {
    expect(valueAxisLabel("fighters", "linear")).toBe("Fighters");
    expect(valueAxisLabel("fighters", "log")).toBe("Fighters (log scale)");
    expect(valueAxisLabel("people", "symlog")).toMatch(/log scale/);
    expect(valueAxisLabel("share", "linear")).toBe("Share (%)");
  });
});

describe("chooseTimeDomain", () => {
  it("is null when nothing is dated", () => {
    expect(chooseTimeDomain([point({ period: undated }), point({ period: undated })])).toBeNull();
  });

  it("pads a single day to a readable window around it", () => {
    const domain = chooseTimeDomain([point({ period: asOf("2024-05-03") })])!;
    expect(domain[0]).toBeLessThan(Date.UTC(2024, 4, 3));
    expect(domain[1]).toBeGreaterThan(Date.UTC(2024, 4, 4));
    expect(domain[1] - domain[0]).toBeGreaterThanOrEqual(40 * 86_400_000);
  });

  it("reaches well past the start of a period open at the end", () => {
    const domain = chooseTimeDomain([point({ period: { start: "2019-03-01", end: null, certainty: "open" } })])!;
    expect(domain[1]).toBeGreaterThanOrEqual(Date.UTC(2019, 2, 1) + 90 * 86_400_000);
  });
});

describe("layoutTimeline", () => {
  it("puts every figure in the Undated band when none is dated", () => {
    const points = [point({ period: undated, best: 120, interval: closed(120, 120) }), point({ period: undated, interval: closed(100, 150), best: null }), point({ period: undated })];
    const layout = layoutTimeline(points, "checkpoints");
    expect(layout.time).toBeNull();
    expect(layout.undatedBand).toEqual({ x0: layout.plot.left, x1: layout.plot.right });
    const xs = layout.marks.map((m) => m.cx);
    expect(new Set(xs).size).toBe(3);
    for (const m of layout.marks) {
      expect(m.period.kind).toBe("undated");
      expect(m.cx).toBeGreaterThan(layout.undatedBand!.x0);
      expect(m.cx).toBeLessThan(layout.undatedBand!.x1);
    }
  });

  it("keeps the Undated band to the right of the time axis when both kinds exist", () => {
    const layout = layoutTimeline([point(), point({ period: undated })], "people");
    expect(layout.undatedBand).not.toBeNull();
    expect(layout.time!.range[1]).toBeLessThan(layout.undatedBand!.x0);
    expect(layout.undatedBand!.x1).toBe(layout.plot.right);
    const [dated, band] = layout.marks;
    expect(dated!.cx).toBeLessThan(layout.undatedBand!.x0);
    expect(band!.cx).toBeGreaterThan(layout.undatedBand!.x0);
  });

  it("lays out a single point inside the plot", () => {
    const layout = layoutTimeline([point({ period: asOf("2024-05-03"), interval: closed(11, 11), best: 11 })], "people");
    expect(layout.marks).toHaveLength(1);
    const [m] = layout.marks;
    expect(m!.cx).toBeGreaterThan(layout.plot.left);
    expect(m!.cx).toBeLessThan(layout.plot.right);
    expect(m!.y).toBeGreaterThan(layout.plot.top);
    expect(m!.y).toBeLessThan(layout.plot.bottom);
    expect(m!.period.kind).toBe("day");
    expect(m!.period.x2 - m!.period.x1).toBeGreaterThanOrEqual(MIN_PERIOD_WIDTH);
  });

  it("draws a day in a multi-year chart as a tick of the minimum width", () => {
    const layout = layoutTimeline([point({ period: asOf("2024-05-03") }), point({ period: asOf("2019-01-01") })], "people");
    const [day] = layout.marks;
    expect(day!.period.x2 - day!.period.x1).toBeCloseTo(MIN_PERIOD_WIDTH);
    expect((day!.period.x1 + day!.period.x2) / 2).toBeCloseTo(day!.cx);
  });

  it("runs open value bounds to the plot edge with an arrow and no cap", () => {
    const layout = layoutTimeline(
      [
        point({ id: "up", interval: { low: 12, high: null, lowOpen: false, highOpen: false }, best: null }),
        point({ id: "down", interval: { low: null, high: 1375, lowOpen: false, highOpen: true }, best: null }),
        point({ id: "both", interval: closed(100, 200), best: 150 }),
      ],
      "fighters",
    );
    const [up, down, both] = layout.marks;
    expect(up!.bar).toMatchObject({ high: layout.plot.top, arrowUp: true, capHigh: false, capLow: true, arrowDown: false });
    expect(up!.bar.low).toBeLessThan(layout.plot.bottom);
    expect(down!.bar).toMatchObject({ low: layout.plot.bottom, arrowDown: true, capLow: false, capHigh: true });
    expect(both!.bar).toMatchObject({ arrowUp: false, arrowDown: false, capLow: true, capHigh: true });
    expect(both!.bar.low).toBeGreaterThan(both!.bar.high);
  });

  it("runs open periods to the edge of the time axis", () => {
    const layout = layoutTimeline(
      [
        point({ id: "from", period: { start: "2019-03-01", end: null, certainty: "open" } }),
        point({ id: "until", period: { start: null, end: "2022-12-31", certainty: "open" } }),
        point({ id: "span", period: { start: "2024-01-01", end: "2024-12-31", certainty: "stated" } }),
      ],
      "people",
    );
    const [from, until, span] = layout.marks;
    expect(from!.period).toMatchObject({ kind: "from", x2: layout.time!.range[1] });
    expect(from!.cx).toBeCloseTo(from!.period.x1);
    expect(until!.period).toMatchObject({ kind: "until", x1: layout.plot.left });
    expect(span!.period.kind).toBe("span");
    expect(span!.period.x2 - span!.period.x1).toBeGreaterThan(MIN_PERIOD_WIDTH);
  });

  it("sets figures with identical periods and overlapping values side by side, a group's together", () => {
    const same = { start: "2023-01-01", end: "2023-12-31", certainty: "stated" } as const;
    const layout = layoutTimeline(
      [
        point({ id: "a1", group: "a", period: same, interval: closed(12000, 15000), best: 14000 }),
        point({ id: "b1", group: "b", period: same, interval: closed(12500, 14500), best: 13000 }),
        point({ id: "a2", group: "a", period: same, interval: closed(13000, 13000), best: 13000 }),
      ],
      "people",
    );
    const xs = layout.marks.map((m) => m.cx);
    const sorted = [...xs].sort((a, b) => a - b);
    expect(sorted[1]! - sorted[0]!).toBeCloseTo(DODGE_STEP);
    expect(sorted[2]! - sorted[1]!).toBeCloseTo(DODGE_STEP);
    // Centred on the period's middle.
    const mid = (layout.marks[0]!.period.x1 + layout.marks[0]!.period.x2) / 2;
    expect((sorted[0]! + sorted[2]!) / 2).toBeCloseTo(mid);
    // Group a's two figures are neighbours, not split by group b.
    const byX = [...layout.marks].sort((a, b) => a.cx - b.cx).map((m) => m.point.group);
    expect(byX.join("")).toMatch(/^(aab|baa)$/);
  });

  it("does not dodge figures of the same period whose values are far apart", () => {
    const layout = layoutTimeline([point({ period: asOf("2024-05-03"), interval: closed(11, 11), best: 11 }), point({ period: asOf("2024-05-03"), interval: closed(1300, 1300), best: 1300 })], "people");
    expect(layout.marks[0]!.cx).toBe(layout.marks[1]!.cx);
  });

  it("leaves figures with an unknown value off the chart but keeps them", () => {
    const unknown = point({ interval: null, best: null });
    const layout = layoutTimeline([point(), unknown], "people");
    expect(layout.marks.map((m) => m.point)).not.toContain(unknown);
    expect(layout.unplotted).toEqual([unknown]);
  });

  it("places the ISIS example's origin labels without overlaps, inside the chart", () => {
    const layout = layoutTimeline(isis, "fighters");
    const boxes = layout.marks.map((m) => m.label.box);
    for (const [i, a] of boxes.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
      for (const b of boxes.slice(i + 1)) expect(overlapArea(a, b)).toBe(0);
    }
    expect(layout.marks.find((m) => m.point.id === "d7")!.label.text).toBe("CENTCOM · derived");
  });

  it("keeps every mark inside the plot for any data (property)", () => {
    const day = fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2025, 11, 31) }).map((ms) => new Date(ms - (ms % 86_400_000)).toISOString().slice(0, 10));
    const value = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10_000_000 }));
    const arbPoint = fc.record({
      start: fc.option(day),
      length: fc.option(fc.integer({ min: 0, max: 800 })),
      low: fc.option(value),
      high: fc.option(value),
      verdict: fc.constantFrom<Verdict>(...VERDICTS),
      group: fc.constantFrom("a", "b", "c"),
      origin: fc.string({ maxLength: 30 }),
    });
    fc.assert(
      fc.property(fc.array(arbPoint, { maxLength: 14 }), (raw) => {
        const points = raw.map((r, i) => {
          const end = r.start !== null && r.length !== null ? new Date(Date.parse(r.start) + r.length * 86_400_000).toISOString().slice(0, 10) : null;
          const [low, high] = r.low !== null && r.high !== null && r.low > r.high ? [r.high, r.low] : [r.low, r.high];
          return point({
            id: `p${i}`,
            period: { start: r.start, end, certainty: end === null ? "open" : "stated" },
            interval: { low, high, lowOpen: false, highOpen: false },
            best: null,
            verdict: r.verdict,
            group: r.group,
            origin: r.origin,
          });
        });
        const layout = layoutTimeline(points, "people");
        const { plot } = layout;
        for (const m of layout.marks) {
          for (const y of [m.y, m.bar.low, m.bar.high]) {
            expect(y).toBeGreaterThanOrEqual(plot.top - 1e-6);
            expect(y).toBeLessThanOrEqual(plot.bottom + 1e-6);
          }
          expect(m.bar.low).toBeGreaterThanOrEqual(m.bar.high - 1e-6);
          expect(m.cx).toBeGreaterThanOrEqual(plot.left - DODGE_STEP * points.length);
          expect(m.label.box.x + m.label.box.width).toBeLessThanOrEqual(layout.width + 40 * 12);
          if (m.period.kind !== "undated") expect(m.period.x2).toBeGreaterThanOrEqual(m.period.x1);
          expect(Number.isFinite(m.cx) && Number.isFinite(m.y)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("describeTimeline", () => {
  it("summarises count, values, dates, open ends and the verdict mix", () => {
    const text = describeTimeline("ISIS fighters in Syria", "fighters", isis, "linear");
    expect(text).toContain("4 figures for ISIS fighters in Syria");
    expect(text).toContain("from 1,375 to 15,000 fighters");
    expect(text).toContain("1 figure has no upper or lower bound");
    expect(text).toContain("Dates run from 1 Mar 2019 to 30 Apr 2024");
    expect(text).toContain("2 figures have an open period");
    expect(text).toContain("Verdicts: 2 conflicting, 2 trend over time.");
    expect(text).toContain("1 figure is derived");
    expect(text).not.toContain("log scale");
  });

  it("mentions the log scale, undated figures and unknown values", () => {
    const text = describeTimeline(
      "People displaced",
      "people",
      [point({ interval: closed(500, 500), best: 500, period: asOf("2023-06-15") }), point({ interval: closed(250000, 250000), best: 250000, period: undated }), point({ interval: null, best: null, verdict: "unknown" })],
      "log",
    );
    expect(text).toContain("3 figures");
    expect(text).toContain("2 plotted; 1 has no known value");
    expect(text).toContain("on a log scale");
    expect(text).toContain("All dated figures refer to 15 Jun 2023; 1 is undated");
    expect(text).toContain("2 single source, 1 unknown");
  });

  it("handles a single figure, all-undated figures and no figures", () => {
    expect(describeTimeline("X", "people", [point({ period: undated })], "linear")).toMatch(/^Timeline of 1 figure for X\. Every value is 100 people\. The figure is undated\./);
    expect(describeTimeline("X", "people", [point({ period: undated }), point({ period: undated })], "linear")).toContain("None of the figures is dated.");
    expect(describeTimeline("X", "people", [], "linear")).toBe("No figures for X yet.");
  });
});

describe("words for intervals, periods and ticks", () => {
  it("formats intervals with their open and closed ends", () => {
    expect(formatInterval(closed(2250, 2750), "fighters")).toBe("2,250–2,750");
    expect(formatInterval(closed(11, 11), "people")).toBe("11");
    expect(formatInterval({ low: 12, high: null, lowOpen: false, highOpen: false }, "people")).toBe("≥ 12");
    expect(formatInterval({ low: null, high: 1375, lowOpen: false, highOpen: true }, "people")).toBe("< 1,375");
    expect(formatInterval({ low: 5, high: 9, lowOpen: true, highOpen: false }, "people")).toBe("> 5 and ≤ 9");
    expect(formatInterval(closed(0.25, 0.5), "share")).toBe("25%–50%");
    expect(formatInterval(null, "people")).toBe("unknown");
    // The same words as the analysis's explanations: a closed floor at 0 is no floor for a count.
    expect(formatInterval(closed(0, 1375), "people")).toBe("≤ 1,375");
    expect(formatInterval(closed(0, 1375), "people")).toBe(formatIntervalSymbols(closed(0, 1375)));
  });

  it("formats periods, calling a one-ended open period undated", () => {
    expect(formatTimelinePeriod({ start: "2019-03-01", end: null, certainty: "open" })).toBe("Undated, not before Mar 2019");
    expect(formatTimelinePeriod({ start: null, end: "2022-12-31", certainty: "open" })).toBe("Undated, not after 31 Dec 2022");
    expect(formatTimelinePeriod(undated)).toBe("Undated");
    for (const open of [{ start: "2019-03-01", end: null }, { start: "2019-03-01", end: "2024-08-05" }, { start: null, end: "2022-12-31" }]) {
      expect(formatTimelinePeriod({ ...open, certainty: "open" }).toLowerCase()).toBe(describePeriod({ ...open, certainty: "open" }).toLowerCase());
    }
    expect(formatTimelinePeriod(asOf("2024-05-03"))).toBe("As of 3 May 2024");
    expect(formatTimelinePeriod({ start: "2024-04-01", end: "2024-04-30", certainty: "stated" })).toBe("Apr 2024");
  });

  it("labels time ticks in UTC with the year where it changes", () => {
    const labels = timeTickLabels([new Date(Date.UTC(2023, 9, 1)), new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2024, 3, 1)), new Date(Date.UTC(2024, 3, 8))]);
    expect(labels).toEqual(["Oct 2023", "2024", "Apr", "8 Apr"]);
  });

  it("draws an arrowhead with its tip on the given point", () => {
    expect(arrowHead(10, 20, "up", 4).split(" ")[0]).toBe("10,20");
    expect(arrowHead(10, 20, "right", 4)).toBe("10,20 4.4,16 4.4,24");
  });
});

describe("verdict styles", () => {
  const luminance = (hex: string) => {
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(1 + i, 3 + i), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };

  it("gives every verdict a graphic colour with at least 3:1 contrast on white", () => {
    for (const v of VERDICTS) expect(1.05 / (luminance(VERDICT_STYLES[v].color) + 0.05), v).toBeGreaterThanOrEqual(3);
  });

  it("gives every verdict its own shape, so colour is never the only cue", () => {
    expect(new Set(VERDICTS.map((v) => VERDICT_STYLES[v].shape)).size).toBe(VERDICTS.length);
    expect(new Set(VERDICTS.map((v) => VERDICT_STYLES[v].color)).size).toBe(VERDICTS.length);
  });

  it("uses the agreed human labels", () => {
    expect(VERDICTS.map((v) => VERDICT_STYLES[v].label)).toEqual(["Conflicting", "Corroborated", "Consistent (one origin)", "Trend over time", "Single source", "Unknown"]);
  });
});
