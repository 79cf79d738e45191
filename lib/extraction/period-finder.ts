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

const UNIT = String.raw`(?:days?|weeks?|months?|years?|decades?|quarters?)`;
const NEXT_OR_COMING = String.raw`(?:(?:in|over|during|within)\s+)?the\s+(?:coming|next|following)\s+(?:${COUNT}\s+)?${UNIT}|within\s+(?:a|an|${COUNT})\s+${UNIT}`;

/**
 * Spans and relative phrases the shared resolver does not read, resolved here against the
 * publication day: date ranges ("between 3-9 May"), "since …" (to the publication day), "the past
 * N units", "last quarter", "the coming weeks" (a week for days, a month for weeks, three months
 * for months), "the next N units", "by the end of the year", "until the end of 2026", "by March",
 * "overnight". The convention is in eval/README.md.
 */
const EXTENDED: RegExp[] = [
  // "from January through March", "between August 2014 and the end of August 2019", "the October 2016 to July 2017 battle"
  new RegExp(String.raw`\b(?:from\s+|between\s+)?(?:early\s+|mid-|late\s+)?${MONTH}(?:\s+(?:1[89]|20)\d{2})?\s*(?:-|–|to|through|until|and)\s*(?:the\s+end\s+of\s+)?(?:early\s+|mid-|late\s+)?${MONTH}(?:\s+(?:1[89]|20)\d{2})?(?![\w-])`, "g"),
  // "In Fiscal Year 2018", "FY2019": a government's budget year.
  /\b(?:(?:in|during|for)\s+)?(?:(?:the\s+)?(?:U\.S\.\s+|US\s+|federal\s+)?fiscal\s+year|FY)\s*(?:19|20)\d{2}\b/gi,
  // "During this period", "over the same period": the period named before.
  /\b(?:during|in|over|for|throughout)\s+(?:this|that|the\s+same)\s+(?:period|time)\b/gi,
  // "between 3-9 May", "from 3 to 9 May 2024", "May 3-9"
  new RegExp(String.raw`\b(?:between\s+|from\s+)?\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?:,?\s+\d{4})?(?![\w-])`, "g"),
  new RegExp(String.raw`\b(?:between\s+|from\s+)?${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?(?![\w-])`, "g"),
  // "since early June", "since February 2022", "since 2020", "since the start of the year"
  new RegExp(String.raw`\bsince\s+(?:(?:the\s+)?(?:start|beginning)\s+of\s+(?:the\s+year|this\s+year|\d{4})|(?:(?:early|mid|late)[- ])?${MONTH}(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|(?:1[89]|20)\d{2})(?![\w-])`, "gi"),
  // "over the past two years", "in the past three decades", "over the past year"
  new RegExp(String.raw`\b(?:(?:in|over|during|for|throughout)\s+)?the\s+(?:past|last)\s+(?:${COUNT}\s+)?(?:days?|weeks?|months?|years?|decades?)\b`, "gi"),
  // "last quarter", "the last quarter of 2024", "the first quarter of the year"
  new RegExp(String.raw`\b(?:(?:in|during|over|through)\s+)?(?:the\s+)?(?:last|first|second|third|fourth|final)\s+quarter(?:\s+of\s+(?:the\s+year|this\s+year|last\s+year|next\s+year|\d{4}))?\b`, "gi"),
  new RegExp(String.raw`\b${NEXT_OR_COMING}\b`, "gi"),
  // "by the end of the year", "until the end of 2026", "by March"
  new RegExp(String.raw`\b(?:by|until|before|through)\s+(?:the\s+end\s+of\s+(?:the\s+year|this\s+year|next\s+year|\d{4}|${MONTH})|${MONTH}(?:\s+\d{4})?)(?![\w-])`, "gi"),
  /\bovernight\b/gi,
];

const PHRASES: RegExp[] = [
  ...EXTENDED,
  // "during the first seven months of the year", "In the first half of 2024", "the past three months"
  new RegExp(String.raw`\b${LEAD}the\s+(?:first|second|last|past|latter)\s+(?:half|quarter|${COUNT}\s+(?:days|weeks|months|years|decades)|(?:day|week|month|year|decade))(?:\s+of\s+(?:the\s+year|this\s+year|last\s+year|\d{4}))?\b`, "gi"),
  // "so far this year", "Just last month", "this week"
  new RegExp(String.raw`\b(?:(?:so\s+far|earlier|later|just|only)\s+)?(?:this|last|next)\s+(?:year|month|week)\b`, "gi"),
  // "in March 2019", "In April", "on November 18", "since February 24th", "As of May 8th"
  new RegExp(String.raw`\b${LEAD}(?:(?:early|mid|late)[- ])?${MONTH}(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?(?![\w-])`, "gi"),
  // "in 2017", "since 2019", "2012-2013"
  new RegExp(String.raw`\b${LEAD}(?:1[89]|20)\d{2}(?:\s*[-/]\s*(?:(?:1[89]|20)\d{2}|\d{2}))?(?![\d-]|,\d)`, "gi"),
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
      if (re.source.includes("January") && !CAPITAL_MONTH.test(m[0]) && !/\b(?:since|year|quarter|past|last|coming|next|following|end|overnight)\b/i.test(m[0])) continue; // "may", the verb
      out.push({ start, end, label: m[0] });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

// ---------------------------------------------------------------------------------------------
// Days as strings, in UTC.

const day = (d: Date) => d.toISOString().slice(0, 10);
const parse = (d: string) => new Date(`${d}T00:00:00Z`);
function shift(d: string, unit: string, n: number): string {
  const x = parse(d);
  const u = unit.replace(/s$/, "");
  if (u === "day") x.setUTCDate(x.getUTCDate() + n);
  else if (u === "week") x.setUTCDate(x.getUTCDate() + 7 * n);
  else {
    const months = u === "month" ? n : u === "quarter" ? 3 * n : u === "year" ? 12 * n : 120 * n;
    const target = new Date(Date.UTC(x.getUTCFullYear(), x.getUTCMonth() + months, 1));
    const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(x.getUTCDate(), last));
    return day(target);
  }
  return day(x);
}
const monthEnd = (y: number, m: number) => day(new Date(Date.UTC(y, m, 0)));

const US_NAMED = /\bU\.S\.(?!\w)|\b(?:United States|Pentagon|Congress|federal government)\b/;

/** "During this period", "over the same period": a reference to the period named before. */
export const SAME_PERIOD = /^(?:during|in|over|for|throughout)\s+(?:this|that|the\s+same)\s+(?:period|time)$/i;
const COUNTS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const countOf = (w: string | undefined) => (w === undefined ? 1 : (COUNTS[w.toLowerCase()] ?? Number(w)));
function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, "").slice(0, 3);
  return MONTHS.findIndex((m) => m.toLowerCase().startsWith(w)) + 1;
}
const MONTH_WORD = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`;

/** The phrases of EXTENDED to days; null when the words do not say enough. */
export function resolveExtended(label: string, publishedOn: string | null): { start: string; end: string } | null {
  const l = label.trim();
  const year = (y: string | undefined) => (y ? Number(y) : publishedOn ? Number(publishedOn.slice(0, 4)) : null);
  let m: RegExpExecArray | null;
  const pad = (n: number) => String(n).padStart(2, "0");
  if ((m = new RegExp(String.raw`^(?:from\s+|between\s+)?(?:early\s+|mid-|late\s+)?${MONTH_WORD}(?:\s+(\d{4}))?\s*(?:-|–|to|through|until|and)\s*(?:the\s+end\s+of\s+)?(?:early\s+|mid-|late\s+)?${MONTH_WORD}(?:\s+(\d{4}))?$`, "i").exec(l))) {
    const m1 = monthIndex(m[1]!);
    const m2 = monthIndex(m[3]!);
    // The end's year: as written, else the latest that has begun by the publication day.
    let y2 = m[4] ? Number(m[4]) : m[2] && m2 >= m1 ? Number(m[2]) : year(undefined);
    if (y2 === null) return null;
    if (!m[4] && !m[2] && publishedOn && `${y2}-${pad(m1 <= m2 ? m1 : 1)}-01` > publishedOn) y2 -= 1;
    const y1 = m[2] ? Number(m[2]) : m1 <= m2 ? y2 : y2 - 1;
    const start = `${y1}-${pad(m1)}-01`;
    const end = monthEnd(y2, m2);
    return start <= end ? { start, end: publishedOn && end > publishedOn && start <= publishedOn ? publishedOn : end } : null;
  }
  if ((m = new RegExp(String.raw`^(?:between\s+|from\s+)?(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH_WORD}(?:,?\s+(\d{4}))?$`, "i").exec(l)) ||
      (m = new RegExp(String.raw`^(?:between\s+|from\s+)?${MONTH_WORD}\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$`, "i").exec(l))) {
    const [d1, d2, mon] = /^\d/.test(m[1]!) ? [m[1]!, m[2]!, m[3]!] : [m[2]!, m[3]!, m[1]!];
    let y = year(m[4]);
    if (y === null) return null;
    const mi = monthIndex(mon);
    if (!m[4] && publishedOn && `${y}-${pad(mi)}-${pad(Number(d1))}` > publishedOn) y -= 1; // "3-9 May" written in April is last year's
    return Number(d1) <= Number(d2) ? { start: `${y}-${pad(mi)}-${pad(Number(d1))}`, end: `${y}-${pad(mi)}-${pad(Number(d2))}` } : null;
  }
  if (!publishedOn) return null;
  const py = Number(publishedOn.slice(0, 4));
  if ((m = /^since\s+(?:the\s+)?(?:start|beginning)\s+of\s+(?:the\s+year|this\s+year|(\d{4}))$/i.exec(l))) return { start: `${m[1] ?? py}-01-01`, end: publishedOn };
  if ((m = /^since\s+((?:1[89]|20)\d{2})$/i.exec(l))) return m[1]! <= publishedOn.slice(0, 4) ? { start: `${m[1]}-01-01`, end: publishedOn } : null;
  if ((m = new RegExp(String.raw`^since\s+(?:(early|mid|late)[- ])?${MONTH_WORD}(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(\d{4}))?$`, "i").exec(l))) {
    const mi = monthIndex(m[2]!);
    let y = m[4] ? Number(m[4]) : py;
    const dd = m[3] ? Number(m[3]) : m[1] === "mid" ? 15 : m[1] === "late" ? 21 : 1;
    if (!m[4] && `${y}-${pad(mi)}-${pad(dd)}` > publishedOn) y -= 1;
    return { start: `${y}-${pad(mi)}-${pad(dd)}`, end: publishedOn };
  }
  if ((m = new RegExp(String.raw`^(?:(?:in|over|during|for|throughout)\s+)?the\s+(?:past|last)\s+(?:(${COUNT})\s+)?(days?|weeks?|months?|years?|decades?)$`, "i").exec(l))) {
    return { start: shift(publishedOn, m[2]!.toLowerCase(), -countOf(m[1])), end: publishedOn };
  }
  if ((m = /^(?:(?:in|during|over|through)\s+)?(?:the\s+)?(last|first|second|third|fourth|final)\s+quarter(?:\s+of\s+(the\s+year|this\s+year|last\s+year|next\s+year|\d{4}))?$/i.exec(l))) {
    const which = m[1]!.toLowerCase();
    const q = Math.floor((Number(publishedOn.slice(5, 7)) - 1) / 3); // 0-based quarter of publication
    let y = m[2] ? (/^\d{4}$/.test(m[2]) ? Number(m[2]) : /last/i.test(m[2]) ? py - 1 : /next/i.test(m[2]) ? py + 1 : py) : py;
    if (y > py) {
      const quarterOf = which === "first" ? 0 : which === "second" ? 1 : which === "third" ? 2 : 3;
      return { start: `${y}-${pad(quarterOf * 3 + 1)}-01`, end: monthEnd(y, quarterOf * 3 + 3) };
    }
    let quarter: number;
    if (which === "last" && !m[2]) {
      quarter = q - 1;
      if (quarter < 0) {
        quarter = 3;
        y -= 1;
      }
    } else quarter = which === "first" ? 0 : which === "second" ? 1 : which === "third" ? 2 : 3;
    const start = `${y}-${pad(quarter * 3 + 1)}-01`;
    if (start > publishedOn) return null;
    const end = monthEnd(y, quarter * 3 + 3);
    return { start, end: end > publishedOn ? publishedOn : end };
  }
  if ((m = new RegExp(String.raw`^within\s+(a|an|${COUNT})\s+(days?|weeks?|months?|years?|decades?|quarters?)$`, "i").exec(l))) {
    return { start: publishedOn, end: shift(publishedOn, m[2]!.toLowerCase(), /^an?$/i.test(m[1]!) ? 1 : countOf(m[1])) };
  }
  if ((m = new RegExp(String.raw`^(?:(?:in|over|during|within)\s+)?the\s+(coming|next|following)\s+(?:(${COUNT})\s+)?(days?|weeks?|months?|years?|decades?|quarters?)$`, "i").exec(l))) {
    const unit = m[3]!.toLowerCase();
    // Without a count, "the coming days/weeks/months" reach a week, a month, three months.
    if (!m[2] && /s$/.test(unit)) return { start: publishedOn, end: unit === "days" ? shift(publishedOn, "day", 7) : unit === "weeks" ? shift(publishedOn, "month", 1) : unit === "months" ? shift(publishedOn, "month", 3) : shift(publishedOn, unit, 2) };
    return { start: publishedOn, end: shift(publishedOn, unit, countOf(m[2])) };
  }
  if ((m = new RegExp(String.raw`^(?:by|until|before|through)\s+the\s+end\s+of\s+(?:(the\s+year|this\s+year)|(next\s+year)|(\d{4})|${MONTH_WORD})$`, "i").exec(l))) {
    if (m[4]) {
      const mi = monthIndex(m[4]);
      const y = `${py}-${pad(mi)}-01` > publishedOn.slice(0, 8) + "01" || Number(publishedOn.slice(5, 7)) <= mi ? py : py + 1;
      return { start: publishedOn, end: monthEnd(y, mi) };
    }
    const y = m[1] ? py : m[2] ? py + 1 : Number(m[3]);
    return y >= py ? { start: publishedOn, end: `${y}-12-31` } : null;
  }
  if ((m = new RegExp(String.raw`^(?:by|until|before|through)\s+${MONTH_WORD}(?:\s+(\d{4}))?$`, "i").exec(l))) {
    const mi = monthIndex(m[1]!);
    const y = m[2] ? Number(m[2]) : mi >= Number(publishedOn.slice(5, 7)) ? py : py + 1;
    return { start: publishedOn, end: monthEnd(y, mi) };
  }
  if (/^overnight$/i.test(l)) return { start: shift(publishedOn, "day", -1), end: publishedOn };
  return null;
}

/** A figure stated in the present tense is as of the publication day ("about 900 troops remain"). */
export function presentTense(a: string, sentence: { start: number; end: number }, figure: { start: number; end: number }): boolean {
  const from = Math.max(sentence.start, a.lastIndexOf(",", figure.start) + 1, a.lastIndexOf(";", figure.start) + 1);
  const comma = a.slice(figure.end, sentence.end).search(/[,;]/);
  const clause = a.slice(from, comma === -1 ? sentence.end : figure.end + comma);
  return /\b(?:remain|remains|is|are|stand|stands|number|numbers|hold|holds|maintain|maintains|currently|now|ongoing)\b|\b(?:has|have)\b(?!\s+(?:been|had|\w+ed|\w+en)\b)/i.test(clause) && !/\b(?:was|were|had|did|will|would)\b/i.test(clause);
}

/** The period of a figure: the phrase of its sentence nearest to it, resolved when the words allow. */
export function findPeriod(text: string, a: string, sentence: { start: number; end: number }, figure: { start: number; end: number }, publishedOn: string | null): FoundPeriod {
  // A phrase in another clause ("…, but a plan agreed in 2023 will …") is that clause's.
  let clauseStart = sentence.start;
  for (const m of a.slice(sentence.start, figure.start).matchAll(/(?:;|,\s+(?:and|but|while|whereas)\s+)/g)) clauseStart = sentence.start + m.index + m[0].length;
  const nextBreak = a.slice(figure.end, sentence.end).search(/(?:;|,\s+(?:and|but|while|whereas)\s+)/);
  const clauseEnd = nextBreak === -1 ? sentence.end : figure.end + nextBreak;
  const inClause = periodPhrases(a, clauseStart, clauseEnd);
  // Else a phrase that frames the sentence before the figure's clause ("In 2023, …, and …").
  const phrases = (inClause.length > 0 ? inClause : periodPhrases(a, sentence.start, clauseStart)).filter(
    (p) =>
      /^(?:through|until|by)\b/i.test(a.slice(p.start, p.end)) ||
      (p.end <= figure.start || p.start >= figure.end) &&
      // "more than double the previous estimates from January 2024": the baseline's period, not the figure's.
      !/\b(?:previous|prior|earlier|than(?!\s+(?:\d|double|doubled|tripled|twice|halved|half|a\s+(?:third|quarter|dozen))\b)|compared\s+with|compared\s+to|up\s+from|down\s+from)\b[^,;]{0,30}$/i.test(a.slice(Math.max(sentence.start, p.start - 45, p.start > figure.start ? figure.end : 0), p.start)),
  );
  if (phrases.length === 0) return { start: null, end: null, label: "" };
  const distance = (p: PeriodPhrase) => (p.end <= figure.start ? figure.start - p.end : p.start - figure.end);
  const nearest = phrases.reduce((x, y) => (distance(y) < distance(x) ? y : x));
  const label = text.slice(nearest.start, nearest.end);
  // A fiscal year is the US federal one (October to September) only where the text is about the
  // United States; other governments' years differ, and the ledger never guesses.
  const fiscal = /(?:fiscal\s+year|FY)\s*((?:19|20)\d{2})$/i.exec(label.trim());
  if (fiscal) {
    const y = Number(fiscal[1]);
    return US_NAMED.test(a) ? { start: `${y - 1}-10-01`, end: `${y}-09-30`, label } : { start: null, end: null, label };
  }
  // Resolved by the caller, which knows the period named before.
  if (SAME_PERIOD.test(label.trim())) return { start: null, end: null, label };
  const extended = resolveExtended(label, publishedOn);
  if (extended) return { ...extended, label };
  // "since fighting broke out in April 2023": a date after "since" starts a span to the publication day.
  if (publishedOn !== null && /\bsince\b[^,;.]{0,90}$/i.test(a.slice(sentence.start, nearest.start)) && !/^since\b/i.test(label)) {
    const from = explicitYears(label) ?? resolveCached(label, publishedOn);
    if (from && from.start <= publishedOn) return { start: from.start, end: publishedOn, label: text.slice(a.lastIndexOf("since", nearest.start), nearest.end) };
  }
  const explicit = explicitYears(label);
  if (explicit && (publishedOn === null || explicit.start <= publishedOn)) {
    return { start: explicit.start, end: publishedOn !== null && explicit.end > publishedOn ? publishedOn : explicit.end, label };
  }
  const resolved = publishedOn === null ? null : resolveCached(label, publishedOn);
  return resolved ? { ...resolved, label } : { start: null, end: null, label };
}
