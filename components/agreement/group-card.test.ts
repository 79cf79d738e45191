/** The two ways a group is drawn: on a timeline, or compact, side by side in words. */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { summariseAnalysis } from "@/lib/domain/agreement/group-summary";
import type { StoredAnalysis } from "@/lib/domain/agreement/stored-analysis";
import type { AgreementGroupView } from "@/lib/data/agreement";
import { analysisClaim } from "@/lib/testing/analysis-fixtures";
import { AgreementGroupCard } from "./group-card";

const claim = (id: string, best: string, origin: string) =>
  analysisClaim(id, { placeName: "Kabul", period: { start: "2021-08-26", end: "2021-08-26", certainty: "stated" }, value: { qualifier: "exact", low: null, best, high: null, vagueTerm: null }, origin: { key: `actor:${origin}`, label: origin, named: true }, label: `${origin}: ${best}` });

const values = ["13", "11", "12", "14", "10", "15", "16", "9"];
const analysis: StoredAnalysis = {
  verdict: "conflicting",
  severity: 1.18,
  originCount: values.length,
  intervals: Object.fromEntries(values.map((v, i) => [String(i + 1), { low: Number(v), high: Number(v), lowOpen: false, highOpen: false }])),
  series: [],
  explanation: ["13 is 1.18× 11."],
  claims: values.map((v, i) => claim(String(i + 1), v, `Outlet ${i + 1}`)),
  conflicts: [{ a: "1", b: "2", gapRatio: 13 / 11, gap: 2, periodUncertain: false }],
  conflictTotal: 1,
  conflictingIds: ["1", "2"],
  agreeingIds: [],
  partWholeIds: [],
};
const complete: AgreementGroupView = {
  id: 42,
  verdict: "conflicting",
  severity: 1.18,
  claimCount: values.length,
  originCount: values.length,
  period: { start: "2021-08-26", end: "2021-08-26" },
  place: { slug: "kabul", name: "Kabul" },
  metric: { slug: "us-killed", name: "US service members killed", unit: "people", kind: "flow", topic: { slug: "t", name: "Topic" } },
  analysis,
  complete: true,
  figureTotal: values.length,
  originTotal: values.length,
};
const inList: AgreementGroupView = { ...complete, analysis: summariseAnalysis(analysis), complete: false };

const render = (variant: "full" | "compact") => renderToStaticMarkup(createElement(AgreementGroupCard, { group: variant === "full" ? complete : inList }));

describe("AgreementGroupCard", () => {
  it("draws a complete group on a timeline", () => {
    const html = render("full");
    expect(html).toContain('role="img"');
    expect(html).not.toContain("The figures, lowest first");
  });

  it("lists a group's summary side by side, lowest first, and links to the group's timeline", () => {
    const html = render("compact");
    expect(html).not.toContain("<svg aria-labelledby");
    expect(html).not.toContain('role="img"');
    const listed = [...html.matchAll(/href="\/claims\/(\d+)"/g)].map((m) => values[Number(m[1]) - 1]);
    // The summary's six: the lowest and highest, the widest conflict (13 and 11), and between.
    expect(listed).toEqual(summariseAnalysis(analysis).claims.map((c) => c.value.best).sort((a, b) => Number(a) - Number(b)));
    expect(listed).toHaveLength(6);
    expect(listed).toEqual(expect.arrayContaining(["9", "11", "13", "16"]));
    expect(html).toContain("8 figures from 8 origins");
    expect(html).toContain(`href="/groups/42"`);
    expect(html).toContain("All 8 figures on a timeline");
    expect(html).toContain("13 is 1.18× 11.");
  });

  it("is a fraction of the full card's size", () => {
    expect(render("compact").length * 3).toBeLessThan(render("full").length);
  });
});
