/**
 * Every number written in a text, as spans with exact decimal values, before any judgement on
 * whether it is a figure (that is skip-rules.ts) or how it is hedged (figure-grammar.ts).
 *
 * - Digits ("2,500", "1.5 million", "$7bn", "45%") are read by a regular expression and scaled on
 *   the digits (decimal.ts), so no value passes through a float.
 * - Number words, fractions and written percentages ("four", "a dozen", "one-third", "forty-five
 *   percent") are read by `@microsoft/recognizers-text-number`, one short window at a time: the
 *   recognizer's cost grows with the length of what it is given, and most of an article holds no
 *   number words.
 * - "half a million" is read by `compromise`, which gets it right where the recognizer does not.
 */
import { Culture, NumberRecognizer } from "@microsoft/recognizers-text-number";
import nlp from "compromise";
import { SCALE_WORDS, fromResolvedNumber, parseDigits, shiftDecimal } from "./decimal";

export type NumberKind = "count" | "fraction" | "percent";

export type NumberMention = {
  /** The number as written, with its currency sign, scale word and percent sign or word. */
  start: number;
  end: number;
  /** The exact value: a count, a fraction (0.25) or a percentage as a share (45% → 0.45). */
  value: string;
  kind: NumberKind;
  written: "digits" | "words";
  /** For digits: the value before its scale word ("1.5" of "1.5 million") and the scale's power of ten. */
  mantissa: string;
  scale: number;
};

type RecognizerModel = { parse(query: string): Array<{ start: number; end: number; text: string; resolution: Record<string, unknown> | null }> };

let models: { number: RecognizerModel; percentage: RecognizerModel } | null = null;

/** Built on first use and kept: compiling the English patterns takes tens of milliseconds. */
function recognizers() {
  if (models === null) {
    const recognizer = new NumberRecognizer(Culture.English);
    models = { number: recognizer.getNumberModel(), percentage: recognizer.getPercentageModel() };
  }
  return models;
}

const CARDINAL_WORDS = [
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
  "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
  "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion", "dozen",
];
const FRACTION_WORDS = ["half", "halves", "thirds?", "quarters?", "fifths?", "sixths?", "eighths?", "tenths?"];
const WORD = `(?:${[...CARDINAL_WORDS, ...FRACTION_WORDS].join("|")})`;
const TOKEN = `${WORD}(?:-${WORD})*`;
/** A run of number words, with the glue that joins them ("three hundred and twelve", "half a million"). */
const WORD_RUN = new RegExp(
  String.raw`\b(?:(?:a|an|one)\s+(?=${WORD}\b))?${TOKEN}(?:(?:\s+|\s*-\s*)(?:(?:and[\s-]+an?|of\s+an?|and|a|an|of|in)(?:\s+|-))?${TOKEN})*\b`,
  "gi",
);
const PERCENT_AFTER = /^\s*(%|percent\b|per\s+cent\b)/i;

/** Digits with thousands separators or a decimal part, a scale word, a percent sign or word. */
const DIGITS = new RegExp(
  String.raw`(?<![\w.,$£€])(?:(?:US)?\$|£|€)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\d,]\d)` +
    String.raw`(?:(\s?(?:million|billion|trillion|thousand)\b|(?:mn|bn|m|k)\b)|(\s?%|\s(?:percent|per\s+cent)\b))?`,
  "gi",
);

function digitMentions(a: string): NumberMention[] {
  const out: NumberMention[] = [];
  const re = new RegExp(DIGITS.source, DIGITS.flags);
  for (let m = re.exec(a); m !== null; m = re.exec(a)) {
    const mantissa = parseDigits(m[1]! + (m[2] !== undefined ? `.${m[2]}` : ""));
    if (mantissa === null) continue;
    const scaleWord = m[3]?.trim().toLowerCase();
    const scale = scaleWord ? (SCALE_WORDS[scaleWord] ?? 0) : 0;
    const percent = m[4] !== undefined;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value: percent ? shiftDecimal(mantissa, -2) : shiftDecimal(mantissa, scale),
      kind: percent ? "percent" : "count",
      written: "digits",
      mantissa,
      scale,
    });
  }
  return out;
}

const cache = new Map<string, Array<{ start: number; end: number; value: string; fraction: boolean }>>();

const FRACTION_OF_SCALE = /^(half|a half|one half|a quarter|one quarter|quarter|three quarters|three-quarters)\s+(?:of\s+)?an?\s+(thousand|million|billion)$/i;

const AND_A_HALF_SCALE = /^(.+?)[\s-]+and[\s-]+a[\s-]+half\s+(thousand|million|billion)$/i;

/** compromise reads "half a million" as 500000; the recognizer gives a tiny fraction instead. */
function fractionOfScale(text: string): string | null {
  // Both readers take "two and a half million" for 2.0000005: the half belongs to the scale.
  const andAHalf = AND_A_HALF_SCALE.exec(text.trim());
  if (andAHalf) {
    const whole = recognizers().number.parse(andAHalf[1]!)[0];
    const units = typeof whole?.resolution?.value === "string" && /^\d+$/.test(whole.resolution.value) ? whole.resolution.value : null;
    return units === null ? null : shiftDecimal(`${units}.5`, SCALE_WORDS[andAHalf[2]!.toLowerCase()] ?? 0);
  }
  const match = FRACTION_OF_SCALE.exec(text.trim());
  if (!match) return null;
  const parsed = nlp(text).numbers().get() as unknown[];
  const fromCompromise = typeof parsed[0] === "number" && parsed[0] > 1 ? fromResolvedNumber(String(parsed[0])) : null;
  if (fromCompromise !== null) return fromCompromise;
  // compromise reads "half" but not "a quarter of a million": the words fix the value anyway.
  const share = /half/i.test(match[1]!) ? "0.5" : /three/i.test(match[1]!) ? "0.75" : "0.25";
  return shiftDecimal(share, SCALE_WORDS[match[2]!.toLowerCase()] ?? 0);
}

/** The recognizer's reading of one window of number words, cached by its text. */
function readWords(window: string) {
  const hit = cache.get(window);
  if (hit) return hit;
  const special = fractionOfScale(window);
  const results = special
    ? [{ start: 0, end: window.length, value: special, fraction: false }]
    : recognizers()
        // "two-and-a-half-year war": the recognizer reads the glue only between spaces (same length, same offsets).
        .number.parse(window.replace(/-(and)-(an?)-/gi, " $1 $2 "))
        .flatMap((r) => {
          const resolved = typeof r.resolution?.value === "string" ? r.resolution.value : null;
          const value = resolved === null ? null : fromResolvedNumber(resolved);
          if (value === null) return [];
          // A fraction is a share ("one-third"); "two and a half" is a count that happens to use one.
          const fraction = /half|halves|third|quarter|fifth|sixth|eighth|tenth|\bin\b/i.test(r.text) && Number(value) < 1;
          return [{ start: r.start, end: r.end + 1, value, fraction }];
        });
  if (cache.size > 5_000) cache.clear();
  cache.set(window, results);
  return results;
}

/** A bare ordinal-looking fraction word ("third", "quarter") is not a number without "a" or a count. */
const LONE_FRACTION = /^(thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)$/i;

function wordMentions(a: string): NumberMention[] {
  const out: NumberMention[] = [];
  const re = new RegExp(WORD_RUN.source, WORD_RUN.flags);
  for (let m = re.exec(a); m !== null; m = re.exec(a)) {
    const windowStart = m.index;
    for (const r of readWords(m[0])) {
      const text = m[0].slice(r.start, r.end);
      if (LONE_FRACTION.test(text)) continue;
      const start = windowStart + r.start;
      let end = windowStart + r.end;
      const percent = PERCENT_AFTER.exec(a.slice(end));
      let value = r.value;
      let kind: NumberKind = r.fraction ? "fraction" : "count";
      if (percent) {
        const read = recognizers().percentage.parse(a.slice(start, end + percent[0].length))[0];
        const resolved = typeof read?.resolution?.value === "string" ? read.resolution.value.replace(/%$/, "") : null;
        const share = resolved === null ? null : fromResolvedNumber(resolved);
        if (share !== null) {
          value = shiftDecimal(share, -2);
          kind = "percent";
          end += percent[0].length;
        }
      }
      out.push({ start, end, value, kind, written: "words", mantissa: value, scale: 0 });
    }
  }
  return out;
}

/** "a decade of authoritarian rule", "nearly a century of conflict": one unit of time, a duration. */
const ONE_UNIT_OF_TIME = /\b(?:a|one)\s+(?:decade|century)(?=\s+of\b)/gi;

function unitOfTimeMentions(a: string): NumberMention[] {
  return [...a.matchAll(ONE_UNIT_OF_TIME)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    value: "1",
    kind: "count" as const,
    written: "words" as const,
    mantissa: "1",
    scale: 0,
  }));
}

/** All number mentions, left to right; where two overlap, the longer one wins. */
export function findNumberMentions(a: string): NumberMention[] {
  const all = [...digitMentions(a), ...wordMentions(a), ...unitOfTimeMentions(a)].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: NumberMention[] = [];
  for (const mention of all) {
    const last = out[out.length - 1];
    if (last && mention.start < last.end) {
      if (mention.end - mention.start > last.end - last.start) out[out.length - 1] = mention;
      continue;
    }
    out.push(mention);
  }
  return out;
}
