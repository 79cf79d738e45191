/**
 * The period a figure describes, from the time words of its sentence ("this year", "In April",
 * "in March 2019", "the first half of 2024"). Relative words are resolved against the publication
 * day with `resolveRelativePeriod`; years the text names resolve by themselves. Anything else keeps
 * its words as the label and no days: the ledger never guesses a year (seeds/README.md).
 */
import { resolveRelativePeriod } from "@/lib/domain/agreement/period-phrases";

export type FoundPeriod = { start: string | null; end: string | null; label: string };
type PeriodPhrase = { start: number; end: number; label: string };

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTH = `(?:${MONTHS.join("|")}|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)`;
const CAPITAL_MONTH = new RegExp(MONTH);
const COUNT = String.raw`(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const LEAD = String.raw`(?:(?:so far |just |only )?(?:in|during|throughout|over|for|since|until|by|as of|on|from|through)\s+)?`;

const PHRASES: RegExp[] = [
  // "during the first seven months of the year", "In the first half of 2024", "the past three months"
  new RegExp(String.raw`\b${LEAD}the\s+(?:first|second|last|past|latter)\s+(?:half|quarter|${COUNT}\s+(?:days|weeks|months|years)|(?:day|week|month|year))(?:\s+of\s+(?:the\s+year|this\s+year|last\s+year|\d{4}))?\b`, "gi"),
  // "so far this year", "Just last month", "this week"
  new RegExp(String.raw`\b(?:(?:so\s+far|earlier|later|just|only)\s+)?(?:this|last|next)\s+(?:year|month|week)\b`, "gi"),
  // "in March 2019", "In April", "on November 18", "since February 24th", "As of May 8th"
  new RegExp(String.raw`\b${LEAD}(?:(?:early|mid|late)[- ])?${MONTH}(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?(?![\w-])`, "gi"),
  // "in 2017", "since 2019", "2012-2013"
  new RegExp(String.raw`\b${LEAD}(?:1[89]|20)\d{2}(?:\s*[-/]\s*(?:(?:1[89]|20)\d{2}|\d{2}))?(?![\d,-])`, "gi"),
  // "On Tuesday", "The same day"
  /\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gi,
  // "two weeks ago", "in recent days", "at its peak", "now", "still"
  new RegExp(String.raw`\b${COUNT}\s+(?:days|weeks|months|years)\s+ago\b`, "gi"),
  /\b(?:in\s+recent\s+(?:days|weeks|months|years)|recent\s+months|at\s+its\s+peak|today|yesterday|currently|at\s+present|to\s+date|now|still)\b/gi,
];

function explicitYears(label: string): { start: string; end: string } | null {
  const monthYear = new RegExp(String.raw`\b(${MONTHS.join("|")})\s+(\d{4})\b`).exec(label);
  if (monthYear && !/\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}/.test(label.replace(monthYear[0], ""))) {
    const month = MONTHS.indexOf(monthYear[1]!) + 1;
    const year = Number(monthYear[2]);
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const mm = String(month).padStart(2, "0");
    if (!/\b\d{1,2}(?:st|nd|rd|th)?\b/.test(label.replace(monthYear[2]!, ""))) return { start: `${year}-${mm}-01`, end: `${year}-${mm}-${last}` };
  }
  const range = /\b((?:1[89]|20)\d{2})\s*[-/]\s*((?:1[89]|20)\d{2}|\d{2})\b/.exec(label);
  if (range) {
    const endYear = range[2]!.length === 2 ? `${range[1]!.slice(0, 2)}${range[2]}` : range[2]!;
    return range[1]! <= endYear ? { start: `${range[1]}-01-01`, end: `${endYear}-12-31` } : null;
  }
  const year = /^(?:(?:in|during|throughout|for)\s+)?((?:1[89]|20)\d{2})$/i.exec(label.trim());
  return year ? { start: `${year[1]}-01-01`, end: `${year[1]}-12-31` } : null;
}

const resolvedLabels = new Map<string, { start: string; end: string } | null>();

/** The date recognizer takes milliseconds a phrase; articles repeat their phrases ("this year"). */
function resolveCached(label: string, publishedOn: string) {
  const key = `${publishedOn}\u0000${label.toLowerCase()}`;
  if (!resolvedLabels.has(key)) {
    if (resolvedLabels.size > 2_000) resolvedLabels.clear();
    resolvedLabels.set(key, resolveRelativePeriod(label, publishedOn));
  }
  return resolvedLabels.get(key) ?? null;
}

/** The period phrases of a stretch of text (offsets into it). */
export function periodPhrases(a: string, from: number, to: number): PeriodPhrase[] {
  const text = a.slice(from, to);
  const out: PeriodPhrase[] = [];
  for (const re of PHRASES) {
    for (const m of text.matchAll(new RegExp(re.source, re.flags))) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (out.some((p) => p.start < end && start < p.end)) continue;
      if (re.source.includes("January") && !CAPITAL_MONTH.test(m[0])) continue; // "may", the verb
      out.push({ start, end, label: m[0] });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** The period of a figure: the phrase of its sentence nearest to it, resolved when the words allow. */
export function findPeriod(text: string, a: string, sentence: { start: number; end: number }, figure: { start: number; end: number }, publishedOn: string | null): FoundPeriod {
  const phrases = periodPhrases(a, sentence.start, sentence.end).filter(
    (p) =>
      (p.end <= figure.start || p.start >= figure.end) &&
      // "more than double the previous estimates from January 2024": the baseline's period, not the figure's.
      !/\b(?:previous|prior|earlier|than|compared\s+with|compared\s+to|up\s+from|down\s+from)\b[^,;]{0,30}$/i.test(a.slice(Math.max(sentence.start, p.start - 45), p.start)),
  );
  if (phrases.length === 0) return { start: null, end: null, label: "" };
  const distance = (p: PeriodPhrase) => (p.end <= figure.start ? figure.start - p.end : p.start - figure.end);
  const nearest = phrases.reduce((x, y) => (distance(y) < distance(x) ? y : x));
  const label = text.slice(nearest.start, nearest.end);
  const explicit = explicitYears(label);
  if (explicit && (publishedOn === null || explicit.start <= publishedOn)) {
    return { start: explicit.start, end: publishedOn !== null && explicit.end > publishedOn ? publishedOn : explicit.end, label };
  }
  const resolved = publishedOn === null ? null : resolveCached(label, publishedOn);
  return resolved ? { ...resolved, label } : { start: null, end: null, label };
}
