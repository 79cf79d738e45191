/**
 * Every figure for one metric on a timeline: each figure is a value bar (low–high, marker at the
 * best value) over a period line (start–end), coloured and shaped by its verdict, with its origin
 * beside it. A server component: plain SVG, no browser JavaScript. The table under it says the
 * same in words, for screen readers and small screens.
 */
import Link from "@/components/ui/link";
import { AxisBottom, AxisLeft } from "@visx/axis";
import { Group } from "@visx/group";
import { Bar, Line } from "@visx/shape";
import { Badge } from "@/components/ui/badge";
import {
  isApart,
  arrowHead,
  describeTimeline,
  formatInterval,
  formatTick,
  formatTimelinePeriod,
  formatValue,
  layoutTimeline,
  LABEL_FONT_SIZE,
  makeTimeScale,
  makeValueScale,
  type PlacedMark,
  type TimelineLayout,
  originKeys,
  type TimelinePoint,
  vagueBandText,
} from "./timeline-layout";
import { OriginHighlight } from "./origin-highlight";
import { markerPath, UNCERTAIN_DASH, VERDICTS, VERDICT_STYLES, VerdictSwatch } from "./verdict-style";

export type { TimelinePoint } from "./timeline-layout";

export type ClaimsTimelineProps = {
  title: string;
  unit: string;
  points: TimelinePoint[];
  /** viewBox width; the SVG itself always fills its container. Default 720. */
  width?: number;
  /** viewBox height. Default 360. */
  height?: number;
  /** When `points` are a sample of a larger group: how many figures the group has. */
  of?: number;
};

export type ClaimsTimelineTableProps = {
  title: string;
  unit: string;
  points: TimelinePoint[];
};

// Colours are CSS variables with a value per theme (app/globals.css), so they go in `style`.
const INK = "var(--chart-ink)";
const MUTED = "var(--chart-muted)";
const AXIS = "var(--chart-axis)";
const GRID = "var(--chart-grid)";
const SURFACE = "var(--chart-surface)";
/** Half the width of the band a vague figure is drawn as. */
const VAGUE_BAND_HALF = 11;
const MARKER_RADIUS = 5.5;
/** viewBox of the variant drawn in containers narrower than 36rem (Tailwind's @xl). */
const NARROW_WIDTH = 380;
const NARROW_HEIGHT = 320;
const END_MARKER_RADIUS = 4.25;
/** Periods narrower than this get no end ticks: on a short line they read as brackets. */
const MIN_TICKED_PERIOD = 24;

/** Stable ids for title/desc without hooks: same chart, same ids, on server and client. */
function chartId(title: string, points: TimelinePoint[]): string {
  let hash = 2166136261;
  for (const ch of `${title}|${points.map((p) => p.id).join(",")}`) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 16777619);
  }
  return `claims-timeline-${(hash >>> 0).toString(36)}`;
}

/** The tooltip: everything the table says about the figure, in one line each. */
function markTitle(point: TimelinePoint, unit: string): string {
  const vague = vagueBandText(point, unit);
  return [
    point.label,
    `Value: ${vague ?? formatInterval(point.interval, unit)} ${unit}${point.best !== null ? ` (best ${formatValue(point.best, unit)})` : ""}`,
    `Period: ${formatTimelinePeriod(point.period)}`,
    `Origin: ${point.origin}${point.derived ? " (derived)" : ""}`,
    ...(isApart(point) ? [`${point.modality === "planned" ? "Planned" : "Projected"}: shown apart, not compared with what was observed`] : []),
    `Verdict: ${VERDICT_STYLES[point.verdict].label}`,
  ].join("\n");
}

function MarkerShape({ point, x, y, r }: { point: TimelinePoint; x: number; y: number; r: number }) {
  const style = VERDICT_STYLES[point.verdict];
  return (
    <path
      d={markerPath(style.shape, x, y, r)}
      style={{ fill: point.derived || isApart(point) ? SURFACE : style.color, stroke: point.derived || isApart(point) ? style.color : SURFACE }}
      strokeWidth={point.derived || isApart(point) ? 2 : 1.25}
      strokeLinejoin="round"
    />
  );
}

function Mark({ mark, layout, unit }: { mark: PlacedMark; layout: TimelineLayout; unit: string }) {
  const { point, cx, bar, y, period } = mark;
  const style = VERDICT_STYLES[point.verdict];
  const color = style.color;
  const paint = { stroke: color };
  const openPeriod = period.kind === "from" || period.kind === "until";
  // A vague figure stands for a range of values: drawn as that band, not as a point in it.
  const band = point.vague && !bar.arrowUp && !bar.arrowDown ? { x: cx - VAGUE_BAND_HALF, y: bar.high, height: Math.max(bar.low - bar.high, 2) } : null;
  return (
    <g data-mark={point.id} data-verdict={point.verdict} data-modality={point.modality ?? "observed"} data-origin-letter={mark.originLetter} data-vague={band ? "" : undefined}>
      <title>{markTitle(point, unit)}</title>
      {band && (
        <rect
          x={band.x}
          y={band.y}
          width={VAGUE_BAND_HALF * 2}
          height={band.height}
          rx={3}
          style={{ fill: color, fillOpacity: 0.16, stroke: color, strokeOpacity: 0.7 }}
          strokeWidth={1}
          strokeDasharray={UNCERTAIN_DASH}
        />
      )}
      {period.kind !== "undated" && (
        <>
          <Line
            from={{ x: period.kind === "until" ? period.x1 + 6 : period.x1, y }}
            to={{ x: period.kind === "from" ? period.x2 - 6 : period.x2, y }}
            style={paint}
            strokeWidth={2}
            strokeOpacity={openPeriod ? 0.85 : 1}
            strokeDasharray={openPeriod ? UNCERTAIN_DASH : undefined}
          />
          {period.kind === "span" && period.x2 - period.x1 >= MIN_TICKED_PERIOD && (
            <>
              <Line from={{ x: period.x1, y: y - 4 }} to={{ x: period.x1, y: y + 4 }} style={paint} strokeWidth={1.5} />
              <Line from={{ x: period.x2, y: y - 4 }} to={{ x: period.x2, y: y + 4 }} style={paint} strokeWidth={1.5} />
            </>
          )}
          {period.kind === "from" && (
            <>
              <Line from={{ x: period.x1, y: y - 4 }} to={{ x: period.x1, y: y + 4 }} style={paint} strokeWidth={1.5} />
              <polygon points={arrowHead(period.x2, y, "right", 4)} style={{ fill: color }} />
            </>
          )}
          {period.kind === "until" && (
            <>
              <Line from={{ x: period.x2, y: y - 4 }} to={{ x: period.x2, y: y + 4 }} style={paint} strokeWidth={1.5} />
              <polygon points={arrowHead(period.x1, y, "left", 4)} style={{ fill: color }} />
            </>
          )}
        </>
      )}
      <Line
        from={{ x: cx, y: bar.arrowDown ? bar.low - 6 : bar.low }}
        to={{ x: cx, y: bar.arrowUp ? bar.high + 6 : bar.high }}
        style={paint}
        strokeWidth={2}
        strokeDasharray={point.derived || isApart(point) ? UNCERTAIN_DASH : style.dash}
      />
      {bar.arrowUp && <polygon points={arrowHead(cx, layout.plot.top, "up", 4.5)} style={{ fill: color }} />}
      {bar.arrowDown && <polygon points={arrowHead(cx, layout.plot.bottom, "down", 4.5)} style={{ fill: color }} />}
      {point.best !== null ? (
        <>
          {bar.capLow && <Line from={{ x: cx - 4, y: bar.low }} to={{ x: cx + 4, y: bar.low }} style={paint} strokeWidth={2} />}
          {bar.capHigh && <Line from={{ x: cx - 4, y: bar.high }} to={{ x: cx + 4, y: bar.high }} style={paint} strokeWidth={2} />}
          <MarkerShape point={point} x={cx} y={y} r={MARKER_RADIUS} />
        </>
      ) : (
        // No best value: no marker in the middle (that would invent one); the range's ends carry the shape.
        <>
          {bar.capLow && <MarkerShape point={point} x={cx} y={bar.low} r={END_MARKER_RADIUS} />}
          {bar.capHigh && <MarkerShape point={point} x={cx} y={bar.high} r={END_MARKER_RADIUS} />}
        </>
      )}
    </g>
  );
}

function OriginLabel({ mark }: { mark: PlacedMark }) {
  const { label } = mark;
  return (
    <g data-origin-letter={mark.originLetter}>
      {label.leader && (
        <Line from={{ x: label.leader.x1, y: label.leader.y1 }} to={{ x: label.leader.x2, y: label.leader.y2 }} style={{ stroke: AXIS }} strokeWidth={0.75} />
      )}
      <text
        x={label.x}
        y={label.y}
        dy="0.35em"
        textAnchor={label.anchor}
        fontSize={LABEL_FONT_SIZE}
        fontWeight={600}
        style={{ fill: INK, stroke: SURFACE }}
        strokeWidth={3}
        strokeLinejoin="round"
        paintOrder="stroke"
      >
        {label.text}
      </text>
    </g>
  );
}

function TimelineSvg({ title, unit, points, layout, variant }: { title: string; unit: string; points: TimelinePoint[]; layout: TimelineLayout; variant: string }) {
  const id = `${chartId(title, points)}-${variant}`;
  const { plot, time, undatedBand } = layout;
  const yScale = makeValueScale(layout.value, [plot.bottom, plot.top]);
  const xScale = time && makeTimeScale(time);
  const tickLabels = new Map(time?.ticks.map((t) => [t.value.getTime(), t.label]));
  const tickText = { style: { fill: MUTED }, fontSize: 12, fontFamily: "inherit" } as const;
  const plotted = layout.marks.length;

  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      data-variant={variant}
      className="block h-auto font-sans"
      style={{ height: "auto" }}
    >
      <title id={`${id}-title`}>{`${title}: timeline of ${points.length} ${points.length === 1 ? "figure" : "figures"}`}</title>
      <desc id={`${id}-desc`}>{describeTimeline(title, unit, points, layout.value.kind)}</desc>

      {undatedBand && (
        <Group>
          <Bar x={undatedBand.x0} y={plot.top} width={undatedBand.x1 - undatedBand.x0} height={plot.bottom - plot.top} style={{ fill: "var(--chart-band)" }} />
          {time && <Line from={{ x: undatedBand.x0, y: plot.top }} to={{ x: undatedBand.x0, y: plot.bottom }} style={{ stroke: AXIS }} strokeDasharray="2 3" />}
          <text x={(undatedBand.x0 + undatedBand.x1) / 2} y={plot.bottom + 20} textAnchor="middle" fontSize={12} fontStyle="italic" style={{ fill: MUTED }}>
            {time ? "Undated" : "Undated: no time known"}
          </text>
        </Group>
      )}

      <Group>
        {layout.value.ticks.map((t) => {
          const y = yScale(t) ?? plot.bottom;
          return <Line key={t} from={{ x: plot.left, y }} to={{ x: plot.right, y }} style={{ stroke: GRID }} strokeWidth={1} />;
        })}
      </Group>

      <AxisLeft
        left={plot.left}
        scale={yScale}
        tickValues={layout.value.ticks}
        tickFormat={(v) => formatTick(Number(v), unit)}
        axisLineClassName="chart-axis"
        tickClassName="chart-axis"
        tickLength={5}
        tickLabelProps={{ ...tickText, textAnchor: "end", dx: -2, dy: "0.33em" }}
        label={layout.value.axisLabel}
        labelOffset={34}
        labelProps={{ style: { fill: INK }, fontSize: 12, fontWeight: 600, textAnchor: "middle", fontFamily: "inherit" }}
      />
      {xScale && time ? (
        <AxisBottom
          top={plot.bottom}
          scale={xScale}
          tickValues={time.ticks.map((t) => t.value)}
          tickFormat={(v) => tickLabels.get(v instanceof Date ? v.getTime() : Number(v))}
          axisLineClassName="chart-axis"
          tickClassName="chart-axis"
          tickLength={5}
          tickLabelProps={{ ...tickText, textAnchor: "middle" }}
          label="Period the figure refers to"
          labelOffset={14}
          labelProps={{ style: { fill: INK }, fontSize: 12, fontWeight: 600, textAnchor: "middle", fontFamily: "inherit" }}
        />
      ) : (
        <Line from={{ x: plot.left, y: plot.bottom }} to={{ x: plot.right, y: plot.bottom }} style={{ stroke: AXIS }} />
      )}

      <Group>
        {layout.marks.map((m) => (
          <Mark key={m.point.id} mark={m} layout={layout} unit={unit} />
        ))}
      </Group>
      <Group>
        {layout.marks.map((m) => (
          <OriginLabel key={m.point.id} mark={m} />
        ))}
      </Group>
      {plotted === 0 && (
        <text x={(plot.left + plot.right) / 2} y={(plot.top + plot.bottom) / 2} textAnchor="middle" fontSize={13} style={{ fill: MUTED }}>
          No figure has a known value to plot; see the table.
        </text>
      )}
    </svg>
  );
}

/** A small sample of one drawing convention, for the legend. */
function KeyGlyph({ kind }: { kind: "range" | "no-best" | "derived" | "open-period" | "open-value" | "vague" }) {
  const c = VERDICT_STYLES.single.color;
  const stroke = { stroke: c };
  const fill = { fill: c };
  return (
    <svg aria-hidden="true" focusable="false" width="28" height="18" viewBox="0 0 28 18" className="inline-block shrink-0">
      {kind === "range" && (
        <>
          <line x1="4" y1="9" x2="24" y2="9" style={stroke} strokeWidth="2" />
          <line x1="14" y1="2" x2="14" y2="16" style={stroke} strokeWidth="2" />
          <path d={markerPath("circle", 14, 9, 4)} style={{ fill: c, stroke: SURFACE }} />
        </>
      )}
      {kind === "no-best" && (
        <>
          <line x1="14" y1="3" x2="14" y2="15" style={stroke} strokeWidth="2" />
          <path d={markerPath("circle", 14, 3, 2.6)} style={fill} />
          <path d={markerPath("circle", 14, 15, 2.6)} style={fill} />
        </>
      )}
      {kind === "derived" && (
        <>
          <line x1="14" y1="2" x2="14" y2="16" style={stroke} strokeWidth="2" strokeDasharray={UNCERTAIN_DASH} />
          <path d={markerPath("circle", 14, 9, 4)} style={{ fill: SURFACE, stroke: c }} strokeWidth="2" />
        </>
      )}
      {kind === "open-period" && (
        <>
          <line x1="3" y1="9" x2="20" y2="9" style={stroke} strokeWidth="2" strokeDasharray={UNCERTAIN_DASH} />
          <polygon points={arrowHead(26, 9, "right", 4)} style={fill} />
        </>
      )}
      {kind === "open-value" && (
        <>
          <line x1="14" y1="17" x2="14" y2="6" style={stroke} strokeWidth="2" />
          <polygon points={arrowHead(14, 1, "up", 4)} style={fill} />
        </>
      )}
      {kind === "vague" && (
        <rect x="7" y="1.5" width="14" height="15" rx="2" style={{ fill: c, fillOpacity: 0.16, stroke: c }} strokeDasharray={UNCERTAIN_DASH} />
      )}
    </svg>
  );
}

function Legend({ points, layout }: { points: TimelinePoint[]; layout: TimelineLayout }) {
  const verdicts = VERDICTS.filter((v) => points.some((p) => p.verdict === v));
  const marks = layout.marks.map((m) => m.point);
  const hasDerived = marks.some((p) => p.derived);
  const hasApart = marks.some(isApart);
  const hasOpenPeriod = layout.marks.some((m) => m.period.kind === "from" || m.period.kind === "until");
  const hasOpenValue = layout.marks.some((m) => m.bar.arrowUp || m.bar.arrowDown);
  const hasNoBest = marks.some((p) => p.best === null && !p.vague);
  const hasVague = marks.some((p) => p.vague);
  return (
    <div className="mt-3 space-y-2 text-sm text-stone-700">
      <div>
        <ul aria-label="Origins: the letter beside each figure" className="grid gap-x-4 gap-y-1 sm:grid-cols-2">
          {layout.origins.map((o) => (
            <li key={o.origin}>
              <button
                type="button"
                data-origin-letter={o.letter}
                aria-pressed={false}
                className="origin-key flex w-full items-baseline gap-2 rounded px-1 py-0.5 text-left hover:bg-stone-100"
              >
                <span className="figures inline-block min-w-6 rounded bg-stone-100 px-1 text-center font-semibold text-stone-900 ring-1 ring-stone-300">{o.letter}</span>
                <span className="text-stone-800">
                  {o.origin}{" "}
                  <span className="figures text-stone-600">
                    ({o.figures} {o.figures === 1 ? "figure" : "figures"})
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
        <p className="mt-1 text-xs text-stone-600">Point at an origin, or choose it, to pick out all its figures.</p>
      </div>
      <ul aria-label="Verdicts" className="flex flex-wrap gap-x-4 gap-y-1">
        {verdicts.map((v) => (
          <li key={v}>
            <VerdictSwatch verdict={v} />
          </li>
        ))}
      </ul>
      <ul aria-label="How to read the chart" className="flex flex-wrap gap-x-4 gap-y-1 text-stone-600">
        <li className="inline-flex items-center gap-1.5">
          <KeyGlyph kind="range" /> marker: best value; vertical bar: range; horizontal line: period
        </li>
        {hasVague && (
          <li className="inline-flex items-center gap-1.5">
            <KeyGlyph kind="vague" /> shaded band: the values a vague word stands for
          </li>
        )}
        {hasNoBest && (
          <li className="inline-flex items-center gap-1.5">
            <KeyGlyph kind="no-best" /> range with no best value
          </li>
        )}
        {hasOpenValue && (
          <li className="inline-flex items-center gap-1.5">
            <KeyGlyph kind="open-value" /> no upper (or lower) bound
          </li>
        )}
        {hasOpenPeriod && (
          <li className="inline-flex items-center gap-1.5">
            <KeyGlyph kind="open-period" /> open period: only one end known
          </li>
        )}
        {hasDerived && (
          <li className="inline-flex items-center gap-1.5">
            <KeyGlyph kind="derived" /> derived from another claim
          </li>
        )}
        {hasApart && (
          <li className="inline-flex items-center gap-1.5">
            <KeyGlyph kind="derived" /> hollow, labelled “planned” or “projected”: a plan or forecast, not compared
          </li>
        )}
      </ul>
    </div>
  );
}

/** The chart's figures as a table: the text alternative, also useful on its own. */
export function ClaimsTimelineTable({ title, unit, points }: ClaimsTimelineTableProps) {
  const groups = new Set(points.map((p) => p.group));
  const letters = new Map(originKeys(points).map((o) => [o.origin, o.letter]));
  const th = "px-3 py-2 font-semibold";
  const td = "px-3 py-2 align-top";
  return (
    <table className="stacked-table w-full text-left text-sm">
      <caption className="px-3 py-2 text-left text-stone-700">
        Every figure for {title}, with its value range ({unit}), period, origin and verdict.
      </caption>
      <thead className="bg-stone-50 text-stone-700">
        <tr>
          <th scope="col" className={th}>Figure</th>
          <th scope="col" className={th}>Range ({unit})</th>
          <th scope="col" className={th}>Best</th>
          <th scope="col" className={th}>Period</th>
          <th scope="col" className={th}>Origin</th>
          {groups.size > 1 && <th scope="col" className={th}>Group</th>}
          <th scope="col" className={th}>Verdict</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-stone-100">
        {points.map((p) => (
          <tr key={p.id} data-point={p.id} data-origin-letter={letters.get(p.origin)}>
            <th scope="row" className={`${td} font-normal text-stone-900`}>
              {p.href ? (
                <Link href={p.href} prefetch={false} className="text-indigo-800 underline decoration-indigo-800/30 hover:decoration-indigo-800">
                  {p.label}
                </Link>
              ) : (
                p.label
              )}
              {p.derived && (
                <>
                  {" "}
                  <Badge tone="accent">derived</Badge>
                </>
              )}
              {isApart(p) && (
                <>
                  {" "}
                  <Badge tone="accent">{p.modality}</Badge>
                </>
              )}
            </th>
            <td data-label={`Range (${unit})`} className={`${td} figures`}>
              {p.interval === null ? <span className="italic text-stone-600">unknown</span> : (vagueBandText(p, unit) ?? formatInterval(p.interval, unit))}
            </td>
            <td data-label="Best" className={`${td} figures whitespace-nowrap`}>
              {p.best === null ? <span className="text-stone-600">none stated</span> : formatValue(p.best, unit)}
            </td>
            <td data-label="Period" className={`${td} text-stone-800`}>{formatTimelinePeriod(p.period)}</td>
            <td data-label="Origin" className={`${td} text-stone-800`}>
              <span className="figures font-semibold">{letters.get(p.origin)}</span> {p.origin}
            </td>
            {groups.size > 1 && <td data-label="Group" className={`${td} text-stone-800`}>{p.group}</td>}
            <td data-label="Verdict" className={`${td} whitespace-nowrap`}>
              <VerdictSwatch verdict={p.verdict} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ClaimsTimeline({ title, unit, points, width, height, of }: ClaimsTimelineProps) {
  const layout = layoutTimeline(points, unit, { width, height });
  // A second layout for narrow containers: the wide one scaled down to a phone would shrink its
  // text to 5px. Container queries pick one; the other is display:none, hidden from screen readers too.
  const narrow = layoutTimeline(points, unit, { width: NARROW_WIDTH, height: NARROW_HEIGHT });
  const n = points.length;
  return (
    <figure className="@container rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <figcaption>
        <span className="block font-semibold text-stone-900">{title}</span>
        <span className="figures block text-sm text-stone-600">
          {of !== undefined && of > n ? `${n} of the ${of} figures drawn` : `${n} ${n === 1 ? "figure" : "figures"}`}
          {layout.time || layout.marks.length === 0 ? " over time" : ", none dated"} · {layout.value.axisLabel}
          {layout.unplotted.length > 0 && ` · ${layout.unplotted.length} with no known value, listed in the table only`}
        </span>
      </figcaption>
      {n === 0 ? (
        <p className="mt-3 rounded-lg border border-dashed border-stone-300 px-4 py-8 text-center text-stone-600">
          No figures to draw yet. Each claim added for this metric, place and period appears here.
        </p>
      ) : (
        <OriginHighlight>
          <div className="mt-3 hidden @xl:block">
            <TimelineSvg title={title} unit={unit} points={points} layout={layout} variant="wide" />
          </div>
          <div className="mt-3 @xl:hidden">
            <TimelineSvg title={title} unit={unit} points={points} layout={narrow} variant="narrow" />
          </div>
          <Legend points={points} layout={layout} />
          <details className="mt-3">
            <summary className="cursor-pointer text-sm font-medium text-indigo-800 hover:underline">Show the figures as a table</summary>
            <div className="mt-2 overflow-x-auto rounded-lg border border-stone-200">
              <ClaimsTimelineTable title={title} unit={unit} points={points} />
            </div>
          </details>
        </OriginHighlight>
      )}
    </figure>
  );
}
