/**
 * Period words to days: "this year" in a source of 13 Aug 2024 is 1 Jan – 13 Aug 2024.
 * Kept apart from periods.ts because the recognizer it uses is a large library that the analysis
 * itself (and any page that formats an interval) does not need to load.
 */
import { Culture, DateTimeRecognizer } from "@microsoft/recognizers-text-date-time";

// ---------------------------------------------------------------------------------------------
// Calendar days as strings, in UTC, so that no time zone moves a day.

const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const toDay = (d: Date) => d.toISOString().slice(0, 10);

function addDays(day: string, days: number): string {
  const d = toDate(day);
  d.setUTCDate(d.getUTCDate() + days);
  return toDay(d);
}

/** Months and years back from a day, clamped to the month's end (31 May − 3 months = 28/29 Feb). */
function subtractMonths(day: string, months: number): string {
  const d = toDate(day);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return toDay(target);
}

function lastDayOfMonth(day: string): string {
  const d = toDate(day);
  return toDay(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
}

const minDay = (a: string, b: string) => (a < b ? a : b);

// ---------------------------------------------------------------------------------------------
// The project's own small grammar, for what the recognizer misses or reads differently.

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const NUMBER = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join("|")})`;
const LEAD = "(?:(?:in|during|over|for|throughout|so far in|so far during)\\s+)?";

const parseCount = (word: string) => NUMBER_WORDS[word] ?? Number(word);

export type ResolvedPeriod = { start: string; end: string };

type Rule = { pattern: RegExp; resolve: (m: RegExpExecArray, publishedOn: string) => ResolvedPeriod | null };

const RULES: Rule[] = [
  {
    // A figure in the present tense is as of the day the source was written (seeds/README.md).
    pattern: /^(present tense|now|currently|at present|today|still|as of now|to date)$/,
    resolve: (_m, publishedOn) => ({ start: publishedOn, end: publishedOn }),
  },
  {
    // "the first seven months of the year": the recognizer sees a duration and "the year" apart.
    pattern: new RegExp(`^${LEAD}the first ${NUMBER} months of (the year|this year|(\\d{4}))$`),
    resolve: (m, publishedOn) => {
      const months = parseCount(m[1]!);
      const year = m[3] ?? publishedOn.slice(0, 4);
      if (months < 1 || months > 12) return null;
      const start = `${year}-01-01`;
      const end = lastDayOfMonth(`${year}-${String(months).padStart(2, "0")}-01`);
      return start > publishedOn ? null : { start, end: minDay(end, publishedOn) };
    },
  },
  {
    // "the first half of the year": the recognizer reads only "the first half of 2024".
    pattern: new RegExp(`^${LEAD}the (first|second) half of (the year|this year|(\\d{4}))$`),
    resolve: (m, publishedOn) => {
      const year = m[3] ?? publishedOn.slice(0, 4);
      const [start, end] = m[1] === "first" ? [`${year}-01-01`, `${year}-06-30`] : [`${year}-07-01`, `${year}-12-31`];
      return start > publishedOn ? null : { start, end: minDay(end, publishedOn) };
    },
  },
  {
    // "2012-2013" spans both years (seeds/README.md).
    pattern: new RegExp(`^${LEAD}(\\d{4}) ?[-–] ?(\\d{4})$`),
    resolve: (m, publishedOn) => {
      const start = `${m[1]}-01-01`;
      const end = `${m[2]}-12-31`;
      return m[1]! > m[2]! || start > publishedOn ? null : { start, end: minDay(end, publishedOn) };
    },
  },
  {
    // "the past three months" is the rolling span up to the publication day; the recognizer
    // reads "the past month" and "the past week" as the previous calendar month or week.
    pattern: new RegExp(`^${LEAD}(?:the )?(?:past|last) (?:${NUMBER} )?(day|week|month|year)s?$`),
    resolve: (m, publishedOn) => {
      // "last month" without "the" and a number is the calendar month: left to the recognizer.
      if (m[1] === undefined && !/\bthe (past|last)\b|\bpast\b/.test(m[0])) return null;
      const n = m[1] === undefined ? 1 : parseCount(m[1]);
      const unit = m[2]!;
      const start =
        unit === "day" ? addDays(publishedOn, -n) : unit === "week" ? addDays(publishedOn, -7 * n) : subtractMonths(publishedOn, unit === "year" ? 12 * n : n);
      return { start, end: publishedOn };
    },
  },
];

/** Fuzzy words the recognizer would turn into exact days ("earlier this year" → Jan–Jun). */
const TOO_VAGUE = /\b(earlier|later|early|late|recent|recently|mid|around|about|once|previous|next|coming|by|until|before|after)\b/;

/** Words around a recognized expression that do not change its meaning. */
const FILLER = new Set(["in", "on", "during", "over", "for", "throughout", "so", "far", "the", "of", "and", "at", "since", "this", ","]);

type RecognizedValue = { type?: string; start?: string; end?: string; value?: string; Mod?: string };

let recognizer: { parse(query: string, referenceDate?: Date): Array<{ text: string; typeName: string; resolution: Record<string, unknown> | null }> } | null = null;

/** Built on first use: the English model takes most of a second to compile its patterns. */
function dateTimeModel() {
  recognizer ??= new DateTimeRecognizer(Culture.English).getDateTimeModel();
  return recognizer;
}

/** One day or range from the recognizer's candidates, as inclusive days, or null. */
function fromRecognizer(text: string, publishedOn: string): ResolvedPeriod | null {
  const [year, month, day] = publishedOn.split("-").map(Number) as [number, number, number];
  // The recognizer reads the reference date's local calendar fields.
  const results = dateTimeModel().parse(text, new Date(year, month - 1, day));
  if (results.length !== 1) return null; // several expressions ("seven months" + "the year"): not ours to combine
  const result = results[0]!;
  if (result.typeName !== "datetimeV2.daterange" && result.typeName !== "datetimeV2.date") return null;
  const leftover = text.replace(result.text, " ").split(/\s+/).filter((w) => w !== "" && !FILLER.has(w));
  if (leftover.length > 0) return null;

  const values = (result.resolution?.values ?? []) as RecognizedValue[];
  const candidates = values
    .map((v) => candidate(v, publishedOn))
    .filter((c): c is ResolvedPeriod => c !== null && c.start <= publishedOn)
    .map((c) => ({ start: c.start, end: minDay(c.end, publishedOn) }));
  // Of "April 2024" and "April 2025", the source can only mean the latest one it had seen.
  candidates.sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : 0));
  return candidates[0] ?? null;
}

function candidate(v: RecognizedValue, publishedOn: string): ResolvedPeriod | null {
  if (v.type === "date" && v.value !== undefined) return { start: v.value, end: v.value };
  if (v.type !== "daterange" || v.start === undefined) return null;
  if (v.Mod === "since" && v.end === undefined) return { start: v.start, end: publishedOn };
  if (v.Mod !== undefined || v.end === undefined) return null;
  return { start: v.start, end: addDays(v.end, -1) }; // the recognizer's end is exclusive
}

/**
 * The days a period phrase means in a source published on `publishedOn` (YYYY-MM-DD), or null
 * when the words do not fix the days. Periods never run past the publication day: a source
 * cannot report on days after it was written, so "this year" ends on that day.
 *
 * The project's grammar goes first (present tense, "the first N months of …", "the past N
 * months"); `@microsoft/recognizers-text-date-time` reads the rest ("the first half of 2024",
 * "in April", "last month", "since January", "this week"). Fuzzy words ("earlier this year")
 * and anything left over that the recognizer did not read give null, never a guess.
 */
export function resolveRelativePeriod(label: string, publishedOn: string): ResolvedPeriod | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(publishedOn) || Number.isNaN(toDate(publishedOn).getTime())) return null;
  const text = label.trim().toLowerCase().replace(/[.;:!?]+$/, "").replace(/\s+/g, " ");
  if (text === "" || TOO_VAGUE.test(text)) return null;
  for (const rule of RULES) {
    const match = rule.pattern.exec(text);
    if (match) {
      const resolved = rule.resolve(match, publishedOn);
      if (resolved) return resolved;
    }
  }
  return fromRecognizer(text, publishedOn);
}
