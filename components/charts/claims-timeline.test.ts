/** Smoke test: the server component renders accessible SVG plus a table with every figure. */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ClaimsTimeline, ClaimsTimelineTable, type TimelinePoint } from "./claims-timeline";
import { VerdictSwatch } from "./verdict-style";

const closed = (low: number, high: number) => ({ low, high, lowOpen: false, highOpen: false });

const points: TimelinePoint[] = [
  { id: "12", href: "/claims/12", label: "Unnamed source: 15,000", period: { start: "2019-03-01", end: null, certainty: "open" }, interval: closed(15000, 15000), best: 15000, verdict: "trend", origin: "unnamed source", derived: false, group: "g1" },
  { id: "d7", href: null, label: "Derived from CENTCOM: fewer than 1,375", period: { start: "2024-01-01", end: "2024-01-31", certainty: "stated" }, interval: { low: null, high: 1375, lowOpen: false, highOpen: true }, best: null, verdict: "conflicting", origin: "CENTCOM", derived: true, group: "g1" },
  { id: "31", href: "/claims/31", label: "CENTCOM via Shafaq News: approximately 2,500", period: { start: "2024-04-01", end: "2024-04-30", certainty: "stated" }, interval: closed(2250, 2750), best: 2500, verdict: "conflicting", origin: "CENTCOM", derived: false, group: "g1" },
  { id: "44", href: "/claims/44", label: "Unnamed officials: thousands", period: { start: "2022-01-01", end: null, certainty: "open" }, interval: closed(2000, 9999), best: null, verdict: "trend", origin: "unnamed source", derived: false, group: "g1" },
  { id: "50", href: "/claims/50", label: "Local council: 3,000", period: { start: null, end: null, certainty: "open" }, interval: closed(3000, 3000), best: 3000, verdict: "single", origin: "local council", derived: false, group: "g2" },
  { id: "51", href: "/claims/51", label: "Activists: many", period: { start: null, end: null, certainty: "open" }, interval: null, best: null, verdict: "unknown", origin: "activists", derived: false, group: "g3" },
];
const plottedCount = points.filter((p) => p.interval !== null).length;

const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern.source, "g"))?.length ?? 0;

describe("ClaimsTimeline", () => {
  const html = renderToStaticMarkup(createElement(ClaimsTimeline, { title: "ISIS fighters in Syria", unit: "fighters", points }));
  // Each chart SVG, up to the next one or the legend (visx nests <svg> in tick labels, so no regex pair).
  const starts = [...html.matchAll(/<svg[^>]*role="img"/g)].map((m) => m.index);
  const svgs = starts.map((start, i) => html.slice(start, starts[i + 1] ?? html.indexOf('<ul aria-label="Verdicts"')));

  it("is a figure with a caption", () => {
    expect(html).toMatch(/^<figure[^>]*>\s*<figcaption>[\s\S]*ISIS fighters in Syria/);
  });

  it("renders a wide and a narrow SVG, each an image labelled by its own title and desc", () => {
    expect(svgs).toHaveLength(2);
    const ids = new Set<string>();
    for (const svg of svgs) {
      expect(svg).toMatch(/viewBox="0 0 \d+ \d+"/);
      expect(svg).toContain('width="100%"');
      const [titleId, descId] = /aria-labelledby="([^" ]+) ([^" ]+)"/.exec(svg)!.slice(1);
      expect(svg).toContain(`<title id="${titleId}">ISIS fighters in Syria: timeline of 6 figures</title>`);
      expect(svg).toMatch(new RegExp(`<desc id="${descId}">Timeline of 6 figures for ISIS fighters in Syria\\. 5 plotted; 1 has no known value`));
      ids.add(titleId!).add(descId!);
    }
    expect(ids.size).toBe(4);
  });

  it("draws one mark with a tooltip per figure that has a value", () => {
    for (const svg of svgs) {
      expect(count(svg, /<g data-mark="/)).toBe(plottedCount);
      expect(count(svg, /<g data-mark="[^"]*" data-verdict="[^"]*"><title>/)).toBe(plottedCount);
      expect(svg).not.toContain('data-mark="51"');
      expect(svg).toContain("CENTCOM · derived");
      expect(svg).toContain("Undated");
    }
  });

  it("offers every figure, with links, in a table under a details element", () => {
    expect(html).toMatch(/<details[^>]*><summary[^>]*>Show the figures as a table<\/summary>/);
    const table = /<table[\s\S]*<\/table>/.exec(html)![0];
    expect(table).toMatch(/<caption[^>]*>Every figure for ISIS fighters in Syria/);
    expect(count(table, /<tr data-point="/)).toBe(points.length);
    expect(count(table, /<th scope="col"/)).toBe(7); // with a Group column: there are three groups
    expect(count(table, /<th scope="row"/)).toBe(points.length);
    expect(table).toContain('href="/claims/31"');
    expect(table).toContain("Undated, not before Mar 2019");
    expect(table).toContain("&lt; 1,375");
  });

  it("shows a legend for the verdicts present only", () => {
    const legend = /<ul aria-label="Verdicts"[\s\S]*?<\/ul>/.exec(html)![0];
    expect(legend).toContain("Conflicting");
    expect(legend).toContain("Trend over time");
    expect(legend).not.toContain("Corroborated");
  });

  it("says so when there is nothing to plot", () => {
    const empty = renderToStaticMarkup(createElement(ClaimsTimeline, { title: "Nothing", unit: "people", points: [] }));
    expect(empty).toContain("No figures to plot yet.");
    expect(empty).not.toContain("<svg");
  });
});

describe("ClaimsTimelineTable and VerdictSwatch", () => {
  it("renders the table on its own", () => {
    const html = renderToStaticMarkup(createElement(ClaimsTimelineTable, { title: "X", unit: "people", points: points.slice(0, 2) }));
    expect(count(html, /<tr data-point="/)).toBe(2);
    expect(html).not.toContain(">Group<");
    expect(html).toContain("derived");
  });

  it("renders a swatch with a decorative marker and a label", () => {
    const html = renderToStaticMarkup(createElement(VerdictSwatch, { verdict: "corroborated" }));
    expect(html).toMatch(/<svg aria-hidden="true"/);
    expect(html).toContain("Corroborated");
    const hidden = renderToStaticMarkup(createElement(VerdictSwatch, { verdict: "single", showLabel: false }));
    expect(hidden).toContain('class="sr-only">Single source');
  });
});
