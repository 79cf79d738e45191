/**
 * How figures, qualifiers and periods read on a page. Values arrive as decimal strings and are
 * formatted with string arithmetic only, so a figure is shown exactly as the source gave it.
 */
import type { Qualifier } from "@/lib/schemas/claim";

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

function parseDecimal(value: string): { negative: boolean; integer: string; fraction: string } {
  const match = DECIMAL.exec(value);
  if (!match) throw new RangeError(`Not a decimal number: ${JSON.stringify(value)}.`);
  return { negative: match[1] === "-", integer: match[2]!, fraction: match[3] ?? "" };
}

/**
 * The value with the locale's digit grouping; the fractional digits stay as written, trailing
 * zeros included ("0.50" stays "0.50": the source's precision is part of the claim).
 */
export function formatDecimal(value: string, locale = "en-US"): string {
  const { negative, integer, fraction } = parseDecimal(value);
  // Intl formats an integer string exactly, at any length. Fractions go around it because
  // Node 20 caps Intl at 20 fractional digits.
  const { format, separator } = numberFormat(locale);
  // A string, not a BigInt, so that "-0.5" keeps its sign; parseDecimal has checked the digits.
  const whole = format.format(`${negative ? "-" : ""}${integer}` as Intl.StringNumericLiteral);
  return fraction === "" ? whole : `${whole}${separator}${fraction}`;
}

/** One formatter per locale: making one costs some 30 µs, and a page formats hundreds of figures. */
const formats = new Map<string, { format: Intl.NumberFormat; separator: string }>();
function numberFormat(locale: string) {
  let entry = formats.get(locale);
  if (!entry) {
    const format = new Intl.NumberFormat(locale, { numberingSystem: "latn" });
    entry = { format, separator: format.formatToParts(1.5).find((part) => part.type === "decimal")?.value ?? "." };
    formats.set(locale, entry);
  }
  return entry;
}

/** value × 100 by moving the decimal point: "0.25" → "25", "0.3333" → "33.33", "1.5" → "150". */
function timesHundred(value: string): string {
  const { negative, integer, fraction } = parseDecimal(value);
  const digits = integer + fraction.padEnd(2, "0");
  const pointAt = integer.length + 2;
  const wholePart = digits.slice(0, pointAt).replace(/^0+(?=\d)/, "");
  const fractionPart = digits.slice(pointAt);
  return `${negative ? "-" : ""}${wholePart}${fractionPart === "" ? "" : "." + fractionPart}`;
}

const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: "exact",
  approximately: "approximately",
  at_least: "at least",
  more_than: "more than",
  at_most: "at most",
  fewer_than: "fewer than",
  range: "range",
  vague: "vague",
};

export function qualifierLabel(qualifier: Qualifier): string {
  return QUALIFIER_LABELS[qualifier];
}

export type ClaimValueForDisplay = {
  qualifier: Qualifier;
  low: string | null;
  best: string | null;
  high: string | null;
  vagueTerm: string | null;
};

/** Spaces around the dash keep a negative bound readable: "-5 – -3", not "-5–-3". */
function joinRange(low: string, high: string): string {
  return low.startsWith("-") || high.startsWith("-") ? `${low} – ${high}` : `${low}–${high}`;
}

/** The unit that marks a value as a fraction of a whole, shown as a percentage. */
export const SHARE_UNIT = "share";

/**
 * The figure as a reader should see it: "≈ 2,500", "≥ 12", "5,000–7,000 km²", "25%",
 * "thousands of people (≈ 2,000)". Throws a RangeError when the qualifier's value is missing,
 * which the claim schema rules out.
 */
export function formatClaimValue(value: ClaimValueForDisplay, unit?: string): string {
  const isShare = unit === SHARE_UNIT;
  const number = (v: string) => formatDecimal(isShare ? timesHundred(v) : v);
  const need = (v: string | null, field: string) => {
    if (v === null) throw new RangeError(`A figure that is "${qualifierLabel(value.qualifier)}" needs its ${field} value.`);
    return number(v);
  };
  const withUnit = (figure: string) => (isShare ? `${figure}%` : unit ? `${figure} ${unit}` : figure);

  switch (value.qualifier) {
    case "exact":
      return withUnit(need(value.best, "best"));
    case "approximately":
      return withUnit(`≈ ${need(value.best, "best")}`);
    case "at_least":
      return withUnit(`≥ ${need(value.low, "low")}`);
    case "more_than":
      return withUnit(`> ${need(value.low, "low")}`);
    case "at_most":
      return withUnit(`≤ ${need(value.high, "high")}`);
    case "fewer_than":
      return withUnit(`< ${need(value.high, "high")}`);
    case "range":
      return withUnit(joinRange(need(value.low, "low"), need(value.high, "high")));
    case "vague": {
      if (value.vagueTerm === null) throw new RangeError("A vague figure needs its term, e.g. \"thousands\".");
      const reading = vagueReading(value, number);
      if (isShare) return reading === null ? value.vagueTerm : `${value.vagueTerm} (${withUnit(reading)})`;
      const words = unit ? `${value.vagueTerm}${takesOf(value.vagueTerm) ? " of" : ""} ${unit}` : value.vagueTerm;
      return reading === null ? words : `${words} (${reading})`;
    }
  }
}

/** Plural nouns of quantity: "dozens of strikes", but "numerous strikes", "a few hundred strikes". */
const QUANTITY_NOUNS = new Set(["dozens", "scores", "hundreds", "thousands", "millions", "billions", "tens", "lots", "handfuls"]);
const takesOf = (term: string) => QUANTITY_NOUNS.has(term.trim().toLowerCase().split(/\s+/).at(-1) ?? "");

/**
 * The numbers recorded for a vague amount, if any. The source gave words, not a number,
 * so the numbers are shown as a reading of the words, after them.
 */
function vagueReading(
  { low, best, high }: ClaimValueForDisplay,
  number: (v: string) => string,
): string | null {
  if (best !== null) return `≈ ${number(best)}`;
  if (low !== null && high !== null) return joinRange(number(low), number(high));
  if (low !== null) return `≥ ${number(low)}`;
  if (high !== null) return `≤ ${number(high)}`;
  return null;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

type Day = { year: number; month: number; day: number };

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysInMonth = (year: number, month: number) =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

function parseDay(iso: string): Day {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${JSON.stringify(iso)}.`);
  }
  return { year, month, day };
}

const monthName = (d: Day) => MONTHS[d.month - 1]!;
const dayText = (d: Day) => `${d.day} ${monthName(d)} ${d.year}`;
const isFirstOfMonth = (d: Day) => d.day === 1;
const isLastOfMonth = (d: Day) => d.day === daysInMonth(d.year, d.month);

/** "13 Aug 2024", or "Undated" for a missing day. */
export function formatDay(iso: string | null): string {
  return iso === null ? "Undated" : dayText(parseDay(iso));
}

export type PeriodForDisplay = { start: string | null; end: string | null; label: string };

/** Whole calendar units first: "2024", "H1 2024", "Q3 2024", "Jan 2024", "Jan – Mar 2024". */
function formatWholeMonths(start: Day, end: Day): string {
  const sameYear = start.year === end.year;
  if (sameYear && start.month === 1 && end.month === 12) return `${start.year}`;
  if (start.month === 1 && end.month === 12) return `${start.year}–${end.year}`;
  if (sameYear) {
    const months = end.month - start.month + 1;
    if (months === 6 && (start.month === 1 || start.month === 7)) return `H${start.month === 1 ? 1 : 2} ${start.year}`;
    if (months === 3 && start.month % 3 === 1) return `Q${(start.month + 2) / 3} ${start.year}`;
    if (months === 1) return `${monthName(start)} ${start.year}`;
    return `${monthName(start)} – ${monthName(end)} ${start.year}`;
  }
  return `${monthName(start)} ${start.year} – ${monthName(end)} ${end.year}`;
}

/**
 * The period a figure describes, in the shortest form that is still exact:
 * "as of 13 Aug 2024", "H1 2024", "1–13 Aug 2024", "1 Jan – 13 Aug 2024", "from 1 Mar 2019".
 * Independent of locale and time zone: the days are calendar days, never instants.
 */
export function formatPeriod(period: PeriodForDisplay): string {
  if (period.start === null && period.end === null) {
    const label = period.label.trim();
    return label === "" ? "Unknown period" : `Unknown period ("${label}")`;
  }
  if (period.end === null) return `from ${formatDay(period.start)}`;
  if (period.start === null) return `until ${formatDay(period.end)}`;

  const start = parseDay(period.start);
  const end = parseDay(period.end);
  if (period.start > period.end) throw new RangeError(`The period ends before it starts: ${period.start} – ${period.end}.`);
  if (period.start === period.end) return `as of ${dayText(end)}`;
  if (isFirstOfMonth(start) && isLastOfMonth(end)) return formatWholeMonths(start, end);
  if (start.year !== end.year) return `${dayText(start)} – ${dayText(end)}`;
  if (start.month !== end.month) return `${start.day} ${monthName(start)} – ${dayText(end)}`;
  return `${start.day}–${dayText(end)}`;
}
