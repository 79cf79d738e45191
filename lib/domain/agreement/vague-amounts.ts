/**
 * The vague-amount table: what a word such as "dozens" or "thousands" lets the analysis assume.
 * Rendered for readers in docs/vague-amounts.md; a test keeps the two in step.
 *
 * A word gets an interval only when its words fix an order of magnitude. Words that do not
 * ("many", "numerous") map to null: unknown, never a guessed number.
 */
import type { Interval } from "./types";

/** Where a convention comes from. Each source is explained in `VAGUE_AMOUNT_SOURCES`. */
export type VagueAmountSource = "product-brief" | "plural-of-unit" | "acled-floor" | "indefinite";

export const VAGUE_AMOUNT_SOURCES: Record<VagueAmountSource, string> = {
  "product-brief":
    "The product brief fixes these readings: \"a dozen\" is 12, \"dozens\" 24 to 99, \"hundreds\" 200 to 999, \"thousands\" 2,000 to 9,999.",
  "plural-of-unit":
    "Plain English, by the brief's own rule: a plural of a unit means at least two of it, and fewer than the next unit up, which writers would name instead.",
  "acled-floor":
    "ACLED maps vague words to a conservative floor (10 for \"tens\", 12 for \"dozens\", 100 for \"hundreds\"). These small-number words get a floor the same way, and a ceiling below ten, where a writer would say \"dozens\" or give the count.",
  indefinite:
    "No numeric meaning: the word says there were more than one or two, not how many. The seeds record such words and leave their numbers empty (seeds/README.md), and the analysis keeps them unknown.",
};

export type VagueAmountEntry = {
  /** The term as it is looked up: lower case, single spaces. */
  term: string;
  /** Closed interval the term stands for, or null when the words carry no number. */
  interval: Interval | null;
  source: VagueAmountSource;
  /** One sentence: why this reading. */
  why: string;
};

const between = (low: number, high: number): Interval => ({ low, high, lowOpen: false, highOpen: false });

export const VAGUE_AMOUNTS: readonly VagueAmountEntry[] = [
  { term: "a dozen", interval: between(12, 12), source: "product-brief", why: "A dozen is twelve; hedges such as \"at least\" are recorded as qualifiers, not folded into the term." },
  { term: "a few", interval: between(3, 9), source: "acled-floor", why: "\"A couple\" is two, so \"a few\" starts at three; from ten on a writer says \"dozens\" or gives the count." },
  { term: "several", interval: between(3, 9), source: "acled-floor", why: "\"Several\" is more than two and, like \"a few\", stays below ten." },
  { term: "dozens", interval: between(24, 99), source: "product-brief", why: "At least two dozen, and under a hundred, where a writer would say \"hundreds\"." },
  { term: "scores", interval: between(40, 99), source: "plural-of-unit", why: "A score is twenty, so scores are at least forty, and under a hundred." },
  { term: "hundreds", interval: between(200, 999), source: "product-brief", why: "At least two hundred, and under a thousand, where a writer would say \"thousands\"." },
  { term: "a few hundred", interval: between(200, 499), source: "plural-of-unit", why: "Used for two to four hundred or so, above which writers say \"several hundred\" or \"hundreds\"; it starts at 200 like \"hundreds\", not at 300 as \"a few\" alone would give." },
  { term: "several hundred", interval: between(300, 999), source: "plural-of-unit", why: "\"Several\" (three or more) hundreds, under a thousand." },
  { term: "thousands", interval: between(2_000, 9_999), source: "product-brief", why: "At least two thousand, and under ten thousand, where a writer would say \"tens of thousands\"." },
  { term: "a few thousand", interval: between(2_000, 4_999), source: "plural-of-unit", why: "Read as \"a few hundred\" is: two to four thousand or so, from 2,000 and below 5,000." },
  { term: "several thousand", interval: between(3_000, 9_999), source: "plural-of-unit", why: "\"Several\" (three or more) thousands, under ten thousand." },
  { term: "tens of thousands", interval: between(20_000, 99_999), source: "plural-of-unit", why: "At least two tens of thousands, and under a hundred thousand." },
  { term: "hundreds of thousands", interval: between(200_000, 999_999), source: "plural-of-unit", why: "At least two hundred thousand, and under a million." },
  { term: "millions", interval: between(2_000_000, 9_999_999), source: "plural-of-unit", why: "At least two million, and under ten million, where a writer would say \"tens of millions\"." },
  { term: "numerous", interval: null, source: "indefinite", why: "Says only that there were many; any number would be invented." },
  { term: "many", interval: null, source: "indefinite", why: "Relative to the writer's expectation, not to any unit." },
  { term: "some", interval: null, source: "indefinite", why: "Can mean two or two thousand." },
  { term: "countless", interval: null, source: "indefinite", why: "Rhetoric, not a count." },
];

/** Lower case, trimmed, single spaces: "  Tens  of Thousands " → "tens of thousands". */
export function normaliseVagueTerm(term: string): string {
  return term.trim().toLowerCase().replace(/\s+/g, " ");
}

const BY_TERM = new Map(VAGUE_AMOUNTS.map((entry) => [entry.term, entry]));

/**
 * The table's reading of a vague term. Null when the term is not in the table at all; an entry
 * with a null interval when the table knows the word and that it carries no number.
 */
export function lookupVagueAmount(term: string): { interval: Interval | null; entry: VagueAmountEntry } | null {
  const entry = BY_TERM.get(normaliseVagueTerm(term));
  return entry ? { interval: entry.interval, entry } : null;
}
