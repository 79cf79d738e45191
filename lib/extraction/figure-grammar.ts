/**
 * The project's own small grammar on top of the number readers: hedges ("about", "at least",
 * "up to"), ranges ("between 5,000 and 7,000", "5,000-7,000", "six or seven"), vague amounts and
 * relative figures ("more than double", "twice", "around one-third of").
 *
 * Values follow the stated-value semantics of lib/schemas/claim.ts: a bound the source does not
 * state stays null, so "about 2,500" is best 2500 and "at least a dozen" is low 12.
 */
import type { Qualifier } from "@/lib/schemas/claim";
import type { TextSpan } from "@/lib/domain/quote-selector";
import { compareDecimals, shiftDecimal } from "./decimal";
import type { NumberMention } from "./number-mentions";
import type { VagueMention } from "./vague-mentions";

export type FigureRelation = { kind: "multiple_of" | "fraction_of"; comparator: Qualifier | null; factor: string };

export type FigureCandidate = {
  /** The surface: the figure as written with its hedge words, without the unit noun. */
  start: number;
  end: number;
  /** Where the counted noun is looked for: right after the number. */
  nounFrom: number;
  low: string | null;
  best: string | null;
  high: string | null;
  qualifier: Qualifier;
  vagueTerm: string | null;
  /** count: how many of something; share: a fraction or percentage; multiple: a stand-alone factor. */
  kind: "count" | "share" | "vague" | "multiple";
  relation: FigureRelation | null;
};

const HEDGES: Array<[string, Qualifier]> = [
  ["approximately", "approximately"],
  ["approx\\.", "approximately"],
  ["about", "approximately"],
  ["around", "approximately"],
  ["roughly", "approximately"],
  ["nearly", "approximately"],
  ["almost", "approximately"],
  ["close to", "approximately"],
  ["some", "approximately"],
  ["an estimated", "approximately"],
  ["an approximate", "approximately"],
  ["approximate", "approximately"],
  ["estimated", "approximately"],
  ["circa", "approximately"],
  ["at least", "at_least"],
  ["no fewer than", "at_least"],
  ["no less than", "at_least"],
  ["not less than", "at_least"],
  ["a minimum of", "at_least"],
  ["more than", "more_than"],
  ["greater than", "more_than"],
  ["just over", "more_than"],
  ["well over", "more_than"],
  ["over", "more_than"],
  ["above", "more_than"],
  ["upwards of", "more_than"],
  ["in excess of", "more_than"],
  ["exceeded", "more_than"],
  ["exceeding", "more_than"],
  ["exceeds", "more_than"],
  ["surpassed", "more_than"],
  ["topped", "more_than"],
  ["up to", "at_most"],
  ["at most", "at_most"],
  ["no more than", "at_most"],
  ["not more than", "at_most"],
  ["as many as", "at_most"],
  ["a maximum of", "at_most"],
  ["fewer than", "fewer_than"],
  ["less than", "fewer_than"],
  ["just under", "fewer_than"],
  ["under", "fewer_than"],
  ["below", "fewer_than"],
];
const BY_HEDGE = new Map(HEDGES.map(([words, q]) => [words.replace("\\", ""), q]));
const HEDGE_BEFORE = new RegExp(
  // "at least another 100,000", "up to a further 300": the hedge bounds the added amount.
  String.raw`(?:^|[^\w-])(${[...HEDGES].sort((x, y) => y[0].length - x[0].length).map(([w]) => w.replace(/ /g, "\\s+")).join("|")})\s+(?:(?:another|an\s+additional|a\s+further)\s+)?$`,
  "i",
);
const HEDGE_AFTER: Array<[RegExp, Qualifier]> = [
  [/^\s+or\s+(?:more|above|over)\b/i, "at_least"],
  [/^\s+or\s+so\b/i, "approximately"],
  [/^\s+or\s+(?:fewer|less)\b/i, "at_most"],
];

// Only verbs whose "over" is always the particle: "took over", "held over" can mean "more than".
const PHRASAL_OVER = /\b(?:carr(?:y|ies|ied|ying)|hand(?:s|ed|ing)?|turn(?:s|ed|ing)?)\s+$/i;

function hedgeBefore(a: string, limit: number, at: number): { start: number; qualifier: Qualifier } | null {
  const before = a.slice(limit, at);
  const m = HEDGE_BEFORE.exec(before);
  if (!m) return null;
  const words = m[1]!.toLowerCase().replace(/\s+/g, " ");
  const qualifier = BY_HEDGE.get(words);
  if (qualifier === undefined) return null;
  // "carried over 97 open reports", "handed over 40 prisoners": the particle of a verb, not a hedge.
  if (words === "over" && PHRASAL_OVER.test(before.slice(0, m.index + m[0].indexOf(m[1]!)))) return null;
  return { start: limit + m.index + m[0].length - m[0].trimStart().length, qualifier };
}

function valueFor(qualifier: Qualifier, value: string): Pick<FigureCandidate, "low" | "best" | "high"> {
  switch (qualifier) {
    case "at_least":
    case "more_than":
      return { low: value, best: null, high: null };
    case "at_most":
    case "fewer_than":
      return { low: null, best: null, high: value };
    default:
      return { low: null, best: value, high: null };
  }
}

const MULTIPLIERS: Record<string, string> = {
  double: "2", doubled: "2", twice: "2", triple: "3", tripled: "3", treble: "3", trebled: "3", thrice: "3", quadruple: "4", quadrupled: "4",
  halved: "0.5", halving: "0.5", doubling: "2", tripling: "3",
};
const MULTIPLE = /\b(double|doubled|twice|triple|tripled|treble|trebled|thrice|quadruple|quadrupled|halved|halving|doubling|tripling)\b/gi;
/** "double" as a comparison, not as an adjective ("a double bombing"). */
const COMPARISON_AFTER = /^\s+(?:the|that|those|its|their|what|as|from|since|in|last|previous|a\b)|^\s*[,.;]/i;

// Only an estimate is shared: "at least 700 killed and 2,800 wounded" bounds the first figure.
const SHARED_HEDGE = new Set<Qualifier>(["approximately"]);
/** What follows a figure whose noun was left out: a place, an outcome, or the clause's end. */
const ELLIPTIC_AFTER = /^(?:\s+(?:in|at|on|near|inside|across|from|into|killed|wounded|injured|dead|displaced|detained|arrested|captured|missing|abducted)\b|\s*[,.;]|\s*$)/i;

type Item =
  | { type: "number"; m: NumberMention }
  | { type: "vague"; v: VagueMention };

const start = (i: Item) => (i.type === "number" ? i.m.start : i.v.start);

/**
 * The figures of one sentence, from the number and vague mentions that survived the skip rules.
 * `sentence` bounds how far hedges and relations may reach.
 */
export function figuresInSentence(a: string, sentence: TextSpan, numbers: NumberMention[], vague: VagueMention[]): FigureCandidate[] {
  const items: Item[] = [
    ...numbers.filter((m) => !vague.some((v) => m.start < v.end && v.start < m.end)).map((m) => ({ type: "number" as const, m })),
    ...vague.map((v) => ({ type: "vague" as const, v })),
  ].sort((x, y) => start(x) - start(y));

  const out: FigureCandidate[] = [];
  const multiples: Array<{ start: number; end: number; factor: string }> = [];

  // Relative factors written as words: "more than double", "twice as many", "tripled".
  const text = a.slice(sentence.start, sentence.end);
  for (const m of text.matchAll(new RegExp(MULTIPLE.source, MULTIPLE.flags))) {
    const s = sentence.start + m.index;
    const e = s + m[0].length;
    const word = m[1]!.toLowerCase();
    const hedge = hedgeBefore(a, sentence.start, s);
    // "halved", and "a halving of": the change itself.
    const verb = /ed$/.test(word) || (/ing$/.test(word) && /^\s+of\b/i.test(a.slice(e, e + 5)));
    if (!verb && hedge === null && !COMPARISON_AFTER.test(a.slice(e, e + 12))) continue;
    if (word === "twice" && hedge === null && !/^\s+(?:as|the|that|what)\b/i.test(a.slice(e, e + 8))) continue; // a frequency
    multiples.push({ start: hedge?.start ?? s, end: e, factor: MULTIPLIERS[word]! });
  }
  // "three times as many": the number is a factor, not a count.
  const factorNumbers = new Set<NumberMention>();
  for (const item of items) {
    if (item.type !== "number" || item.m.kind !== "count") continue;
    if (/^\s+times\s+(?:as|more|higher|larger|greater|bigger|the|that|what)\b/i.test(a.slice(item.m.end, item.m.end + 20))) {
      const hedge = hedgeBefore(a, sentence.start, item.m.start);
      multiples.push({ start: hedge?.start ?? item.m.start, end: item.m.end + (/^\s+times/i.exec(a.slice(item.m.end))?.[0].length ?? 0), factor: item.m.value });
      factorNumbers.add(item.m);
    }
  }

  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.type === "vague") {
      out.push({ start: item.v.start, end: item.v.end, nounFrom: item.v.end, low: null, best: null, high: null, qualifier: "vague", vagueTerm: item.v.term, kind: "vague", relation: null });
      continue;
    }
    const m = item.m;
    if (factorNumbers.has(m)) continue;
    const next = items[i + 1];

    // A range: "between 5,000 and 7,000", "5,000-7,000", "5,000 to 7,000", "six or seven".
    if (next?.type === "number" && !factorNumbers.has(next.m)) {
      const n = next.m;
      const between = a.slice(m.end, n.start);
      const betweenWord = /\bbetween\s+$/i.exec(a.slice(sentence.start, m.start));
      const joined = betweenWord ? /^\s+and\s+$/i.test(between) : /^\s*(?:-|to|or)\s*$/i.test(between) && !/\bfrom\s+$/i.test(a.slice(Math.max(sentence.start, m.start - 6), m.start));
      const sameKind = m.kind === n.kind || (n.kind === "percent" && m.kind === "count" && m.written === "digits");
      if (joined && sameKind) {
        let low = n.kind === "percent" && m.kind === "count" ? shiftDecimal(m.mantissa, -2) : m.value;
        if (m.written === "digits" && m.scale === 0 && n.scale > 0) low = shiftDecimal(m.mantissa, n.scale); // "5 to 7 million"
        if (compareDecimals(low, n.value) < 0) {
          const s = betweenWord ? sentence.start + betweenWord.index : m.start;
          out.push({ start: s, end: n.end, nounFrom: n.end, low, best: null, high: n.value, qualifier: "range", vagueTerm: null, kind: n.kind === "count" ? "count" : "share", relation: null });
          i++;
          continue;
        }
      }
    }

    const hedge = hedgeBefore(a, sentence.start, m.start);
    let qualifier: Qualifier = hedge?.qualifier ?? "exact";
    let e = m.end;
    if (hedge === null) {
      for (const [re, q] of HEDGE_AFTER) {
        const after = re.exec(a.slice(m.end, m.end + 20));
        if (after) {
          qualifier = q;
          e = m.end + after[0].length;
          break;
        }
      }
    }
    // "about 5,200 troops in Iraq and 2,000 in Syria", "an estimated 6,000 killed and 500,000
    // displaced": a figure that leaves out its noun shares the hedge of the coordinated one before.
    if (hedge === null && qualifier === "exact" && m.kind === "count") {
      const previous = out[out.length - 1];
      if (
        previous !== undefined && previous.kind === "count" && SHARED_HEDGE.has(previous.qualifier) &&
        /^[^,;.:()]{0,60}?\s(?:and|or)\s+$/i.test(a.slice(previous.end, m.start)) &&
        ELLIPTIC_AFTER.test(a.slice(m.end, m.end + 16))
      ) qualifier = previous.qualifier;
    }
    const s = hedge?.start ?? m.start;
    const kind = m.kind === "count" ? "count" : "share";
    out.push({ start: s, end: e, nounFrom: m.end, ...valueFor(qualifier, m.value), qualifier, vagueTerm: null, kind, relation: null });

    // "…killed 43 ISIS members, around one-third of the group's strength": the share is a claim
    // of its own and also the factor relating the count before it to an implied whole.
    if (kind === "share" && /^\s+of\b/i.test(a.slice(m.end, m.end + 5))) {
      const previous = out.length >= 2 ? out[out.length - 2] : undefined;
      if (previous && previous.kind === "count" && /,\s*$/.test(a.slice(previous.end, s)) && previous.relation === null) {
        previous.relation = { kind: "fraction_of", comparator: qualifier, factor: m.value };
      }
    }
  }

  // A factor right after a figure ("approximately 2,500 …, more than double the previous
  // estimates") relates that figure to an implied baseline; one standing alone is a figure itself.
  for (const multiple of multiples) {
    const comparator = hedgeQualifierInside(a, multiple) ?? "exact";
    const previous = [...out].reverse().find((f) => f.end <= multiple.start);
    const attached = previous !== undefined && previous.kind !== "multiple" && /,\s*$/.test(a.slice(previous.end, multiple.start)) && !out.some((f) => f.start > previous.end && f.end <= multiple.start);
    if (attached && previous.relation === null) {
      previous.relation = { kind: "multiple_of", comparator, factor: multiple.factor };
      continue;
    }
    out.push({ start: multiple.start, end: multiple.end, nounFrom: multiple.end, ...valueFor(comparator, multiple.factor), qualifier: comparator, vagueTerm: null, kind: "multiple", relation: { kind: "multiple_of", comparator, factor: multiple.factor } });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** The hedge that opens a multiple's own span ("more than double" → more_than). */
function hedgeQualifierInside(a: string, multiple: { start: number; end: number }): Qualifier | null {
  const words = a.slice(multiple.start, multiple.end).toLowerCase().replace(/\s+/g, " ");
  for (const [hedge, qualifier] of [...BY_HEDGE.entries()].sort((x, y) => y[0].length - x[0].length)) {
    if (words.startsWith(`${hedge} `)) return qualifier;
  }
  return null;
}
