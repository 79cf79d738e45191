/**
 * How each agreement verdict looks, in one place: the chart, its legend and any page that shows a
 * verdict use this map. Every verdict has a colour AND a marker shape, so it reads without colour.
 */
import Link from "@/components/ui/link";
import type { Verdict } from "@/lib/domain/agreement/types";

export type MarkerShape = "triangle" | "circle" | "square" | "diamond" | "triangle-down" | "cross" | "hexagon" | "bar";

export type VerdictStyle = {
  /** Human label, e.g. for a legend. */
  label: string;
  /** One sentence saying what the verdict means. */
  description: string;
  /**
   * SVG stroke/fill colour: a CSS variable with a value for each theme (app/globals.css), at least
   * 3:1 against the chart's surface in both (WCAG 1.4.11), tested. Use it in `style`, not in a
   * presentation attribute.
   */
  color: string;
  /** Tailwind text colour for the verdict's word on white (at least 4.5:1). */
  textClass: string;
  /** Tailwind classes for a badge, matching `components/ui/badge.tsx` tones. */
  badgeClass: string;
  /** The non-colour cue. */
  shape: MarkerShape;
  /**
   * Stroke dash pattern for the verdict's value bar. Solid for every verdict on purpose: a dash
   * means "uncertain" in the chart (derived figure, open period), so verdicts are told apart by
   * shape, not dash. Kept as a field so callers that draw lines have one source of truth.
   */
  dash: string | undefined;
};

/** Dash pattern for what is uncertain rather than stated: derived figures and open periods. */
export const UNCERTAIN_DASH = "4 3";

/** Verdicts in reading order: the most alarming first. */
export const VERDICTS: readonly Verdict[] = ["conflicting", "corroborated", "consistent", "revised", "trend", "incomparable", "single", "unknown"];

export const VERDICT_STYLES: Record<Verdict, VerdictStyle> = {
  conflicting: {
    label: "Conflicting",
    description: "Figures for the same thing and time that cannot all be right.",
    color: "var(--verdict-conflicting)",
    textClass: "text-red-700",
    badgeClass: "bg-red-50 text-red-900 ring-red-200",
    shape: "triangle",
    dash: undefined,
  },
  corroborated: {
    label: "Corroborated",
    description: "Independent origins give figures that agree.",
    color: "var(--verdict-corroborated)",
    textClass: "text-emerald-800",
    badgeClass: "bg-emerald-50 text-emerald-900 ring-emerald-200",
    shape: "circle",
    dash: undefined,
  },
  consistent: {
    label: "Consistent (one origin)",
    description: "The figures agree, but they all come from one origin.",
    color: "var(--verdict-consistent)",
    textClass: "text-blue-700",
    badgeClass: "bg-blue-50 text-blue-900 ring-blue-200",
    shape: "square",
    dash: undefined,
  },
  revised: {
    label: "Revised",
    description: "An origin replaced its own figure with a later one; the earlier stays on record.",
    color: "var(--verdict-revised)",
    textClass: "text-amber-800",
    badgeClass: "bg-amber-50 text-amber-900 ring-amber-200",
    shape: "hexagon",
    dash: undefined,
  },
  incomparable: {
    label: "Not comparable",
    description: "The figures cover periods that overlap only in part, so none can confirm or contradict another.",
    color: "var(--verdict-incomparable)",
    textClass: "text-stone-700",
    badgeClass: "bg-stone-50 text-stone-800 ring-stone-300",
    shape: "bar",
    dash: undefined,
  },
  trend: {
    label: "Trend over time",
    description: "The figures differ, but describe different times.",
    color: "var(--verdict-trend)",
    textClass: "text-violet-700",
    badgeClass: "bg-violet-50 text-violet-900 ring-violet-200",
    shape: "diamond",
    dash: undefined,
  },
  single: {
    label: "Single source",
    description: "Only one figure, so nothing to compare it with.",
    color: "var(--verdict-single)",
    textClass: "text-stone-700",
    badgeClass: "bg-stone-100 text-stone-800 ring-stone-300",
    shape: "triangle-down",
    dash: undefined,
  },
  unknown: {
    label: "Unknown",
    description: "The figures could not be compared.",
    color: "var(--verdict-unknown)",
    textClass: "text-stone-600",
    badgeClass: "bg-stone-50 text-stone-700 ring-stone-200",
    shape: "cross",
    dash: undefined,
  },
};

/** An SVG path for a marker of about the same visual weight as a circle of radius `r`. */
export function markerPath(shape: MarkerShape, cx: number, cy: number, r: number): string {
  const f = (n: number) => Number(n.toFixed(2));
  const poly = (pts: Array<[number, number]>) => `M${pts.map(([x, y]) => `${f(cx + x)},${f(cy + y)}`).join("L")}Z`;
  switch (shape) {
    case "circle":
      return `M${f(cx - r)},${f(cy)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    case "square": {
      const s = r * 0.9;
      return poly([[-s, -s], [s, -s], [s, s], [-s, s]]);
    }
    case "diamond": {
      const s = r * 1.25;
      return poly([[0, -s], [s, 0], [0, s], [-s, 0]]);
    }
    case "triangle": {
      const s = r * 1.25;
      return poly([[0, -s], [s * 0.95, s * 0.7], [-s * 0.95, s * 0.7]]);
    }
    case "triangle-down": {
      const s = r * 1.25;
      return poly([[0, s], [-s * 0.95, -s * 0.7], [s * 0.95, -s * 0.7]]);
    }
    case "hexagon": {
      const s = r * 1.15;
      const h = s * 0.866;
      return poly([[-s, 0], [-s / 2, -h], [s / 2, -h], [s, 0], [s / 2, h], [-s / 2, h]]);
    }
    case "bar": {
      const w = r * 1.25;
      const h = r * 0.5;
      return poly([[-w, -h], [w, -h], [w, h], [-w, h]]);
    }
    case "cross": {
      // An "×" drawn as one closed outline, so it can be filled or hollow like the others.
      const a = r * 1.1;
      const w = r * 0.38;
      return poly([
        [-a, -a + w], [-a + w, -a], [0, -w], [a - w, -a], [a, -a + w], [w, 0],
        [a, a - w], [a - w, a], [0, w], [-a + w, a], [-a, a - w], [-w, 0],
      ]);
    }
  }
}

/** The verdict's marker on its own, as in the chart. Decorative: pair it with words. */
export function VerdictMarker({ verdict, size = 14, hollow = false }: { verdict: Verdict; size?: number; hollow?: boolean }) {
  const style = VERDICT_STYLES[verdict];
  const c = size / 2;
  return (
    <svg aria-hidden="true" focusable="false" width={size} height={size} viewBox={`0 0 ${size} ${size}`} className="inline-block shrink-0">
      <path
        d={markerPath(style.shape, c, c, size * 0.32)}
        style={{ fill: hollow ? "var(--chart-surface)" : style.color, stroke: style.color }}
        strokeWidth={hollow ? 1.75 : 1}
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** Where each verdict is explained, with a real example from the ledger. */
export function verdictHelpHref(verdict: Verdict): string {
  return `/how-to-read#verdict-${verdict}`;
}

/**
 * A verdict's marker and its name. It links to its explanation on "How to read the ledger",
 * unless `link` is false (inside another link, or on that page itself).
 */
export function VerdictSwatch({ verdict, showLabel = true, className = "", link = true }: { verdict: Verdict; showLabel?: boolean; className?: string; link?: boolean }) {
  const style = VERDICT_STYLES[verdict];
  const body = (
    <>
      <VerdictMarker verdict={verdict} />
      <span className={showLabel ? "" : "sr-only"}>{style.label}</span>
    </>
  );
  if (!link) {
    return (
      <span className={`inline-flex items-center gap-1.5 ${className}`} title={style.description}>
        {body}
      </span>
    );
  }
  return (
    <Link
      href={verdictHelpHref(verdict)}
      prefetch={false}
      title={`${style.description} How to read a verdict.`}
      className={`inline-flex items-center gap-1.5 underline decoration-dotted decoration-1 underline-offset-4 hover:text-indigo-800 hover:decoration-solid ${className}`}
      data-verdict-link={verdict}
    >
      {body}
    </Link>
  );
}
