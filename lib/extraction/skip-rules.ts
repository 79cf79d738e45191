/**
 * Numbers that are not figures, after seeds/README.md ("What is excluded, and why"): years and
 * dates, clock times, ages, ordinals, list numbering, "one" as a determiner, references back to
 * things already named ("the two countries"), period expressions ("the first seven months"), and
 * time offsets that only date an event ("two weeks ago"). Each rule returns why it skipped, so a
 * test (and a curious editor) can see which rule fired.
 */
import type { NumberMention } from "./number-mentions";
import type { TextSpan } from "@/lib/domain/quote-selector";

export type SkipReason =
  | "identifier"
  | "ordinal"
  | "date"
  | "time"
  | "year"
  | "age"
  | "list-number"
  | "time-offset"
  | "period"
  | "determiner"
  | "reference"
  | "source-count"
  | "duration"
  | "compound-adjective"
  | "not-article";

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const MONTH_BEFORE = new RegExp(String.raw`\b${MONTH}\.?\s+$`);
const MONTH_AFTER = new RegExp(String.raw`^(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b`);
const TIME_UNITS = String.raw`(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)`;
/** Units glued to digits that leave the number a figure: "15km", "210km". */
const GLUED_UNITS = /^(?:km|kms|mi|m|kg|ft|sq|mm|cm|t|tn|ha|mw|gw|lb|lbs)\b/i;
/** Nouns after "N-year-old" that make it the age of a war, not of a person: a duration. */
const DURATION_NOUNS = /^(?:war|conflict|insurgency|siege|blockade|ceasefire|truce|crisis|campaign|occupation|dispute|rebellion|uprising|civil|standoff|stand-off|fight|struggle|battle|operation|mission|deployment|state of emergency|emergency|ban|curfew|embargo|sanctions|moratorium|regime|dictatorship|rule|system|policy|law)\b/i;
/** Words for what a conflict does to people, near a tally of "one" ("killing one officer"). */
const OUTCOME = /\b(?:kill(?:ed|ing|s)?|dead|died|dies|death|wounded|wounding|injur(?:ed|ing|ies)|hurt|captured|capturing|arrested|detained|kidnapped|abducted|missing|executed|freed|released|rescued|shot|beheaded|surrendered|displaced|lost)\b/i;
/** Capitalised labels whose number names a thing rather than counting ("Resolution 2254", "Flight 17"). */
const LABEL_BEFORE = /\b(?:Resolution|Article|Section|Chapter|Page|Flight|Route|Highway|Road|Unit|Brigade|Division|Battalion|Regiment|Squadron|Corps|No\.|Number|Room|Gate|Block|Sector|Zone|Phase|Stage|Session|Version|Channel|Category|Grade|Class|Type|Model|Mark|Mk\.?|Level|Tier|Camp|Paragraph|Annex|Protocol)\s+$/;

/** An era marker makes a number a year: "200 B.C.", "A.D. 1000", "600 BCE". */
const ERA_AFTER = /^\s*(?:B\.\s?C\.(?:\s?E\.)?|BCE?\b|A\.\s?D\.|AD\b|C\.E\.|CE\b)/;
const ERA_BEFORE = /\b(?:A\.\s?D\.|AD)\s+$/;

/** A year or a date, then a comma, right before the number: "In 1959, three years before …". */
const DATE_THEN_COMMA = new RegExp(String.raw`(?:\b\d{4}|\b${MONTH}\.?\s+\d{1,2})\s*,\s*$`);

/** Who told the reporter: "two senior security officials told Reuters", "three sources said". */
const SOURCES_AFTER = /^\s+(?:[a-z]+\s+){0,3}(?:officials|sources|diplomats|witnesses|residents|analysts|experts|people familiar with [a-z ]+?)\s+(?:told|said|say|says|familiar|speaking|who spoke|with knowledge)\b/i;

/**
 * A plural lower-case word after a four-digit number makes it a count ("2000 fighters"); words
 * that end in "s" without being plural ("1995 was", "1986 has", "1976 as") leave it a year.
 */
const COUNT_NOUN_AFTER = /^\s+(?!(?:elections?|census|budget|season|report|offensive|war|campaign|attack|attacks|invasion|uprising|revolution|protests?|accords?|agreement|deal|summit|olympics|games|levels?|was|has|is|as|does|his|its|this|thus|plus|less|unless|across|always|perhaps|whereas|besides|towards|afterwards|sometimes|nevertheless)\b)[a-z][a-z-]*[^s]s\b/;

/**
 * Durations are not figures ("a three-week siege", "within nine months", "two years after",
 * "14 years of fighting"): they give another figure its period or date an event. Two forms state
 * how long it has been since something, which the ledger counts (time-since metrics): "nearly three
 * years after the militants lost …" in a sentence about now, and "the largest … in three years".
 */
const DURATION_AFTER = new RegExp(String.raw`^(?:-and-a-half)?(?:[- ]|\s+and\s+a\s+half\s+)${TIME_UNITS}\b|^\s+(?:(?:and\s+a\s+half|more|full|long|straight|consecutive|whole)\s+)${TIME_UNITS}\b`, "i");
const ONE_UNIT_DURATION = /^(?:a|one)\s+(?:decade|century)$/i;
const SUPERLATIVE = /\b(?:largest|biggest|deadliest|worst|highest|lowest|heaviest|fiercest|bloodiest|most\s+\w+|first\s+time)\b/i;
const PRESENT_MAIN_VERB = /\b(?:is|are|has|have|remains?|stands?|continues?)\b|\b\w+ing\s+by\s+the\s+day\b/i;

export function durationSkip(a: string, start: number, end: number, sentence: TextSpan, isOneUnit: boolean): boolean {
  if (!isOneUnit && !DURATION_AFTER.test(a.slice(end, end + 40))) return false;
  const before = a.slice(sentence.start, start);
  if (/\b(?:in|for)\s+(?:(?:about|nearly|almost|more than|over)\s+)?$/i.test(before) && SUPERLATIVE.test(before)) return false;
  const sinceAfter = /^[- ]?(?:years?|months?|decades?)\s+(?:after|since)\b/i.test(a.slice(end, end + 30));
  if (sinceAfter && /,\s*(?:(?:about|nearly|almost|more than|over|some)\s+)?$/.test(before) && PRESENT_MAIN_VERB.test(before)) return false;
  return true;
}

/**
 * "a two-story building", "a three-judge panel", "a five-nation force": a number joined to a
 * singular noun describes the next noun; it counts nothing the ledger records. "-strong" and
 * "-member" state a size ("a 2,000-strong force", "the 81-member coalition") and stay figures.
 */
const COMPOUND_AFTER = /^-(?!strong\b|member\b|fold\b|plus\b|odd\b|and\b|or\b|to\b|year-old\b|years?-old\b)[a-z]+(?:-[a-z]+)*\b/i;

export function skipReason(a: string, mention: NumberMention, sentence: TextSpan): SkipReason | null {
  const { start, end } = mention;
  const text = a.slice(start, end);
  const before = a.slice(Math.max(0, start - 60), start);
  const after = a.slice(end, end + 80);
  const digits = mention.written === "digits";
  const plainDigits = digits && /^\d+$/.test(text);

  if (digits) {
    if (/[A-Za-z]$/.test(before) || /[A-Za-z]-$/.test(before) || /[/=#@_]$/.test(before)) return "identifier";
    if (/^(?:st|nd|rd|th)\b/i.test(after)) return MONTH_BEFORE.test(before) ? "date" : "ordinal";
    if (/^[A-Za-z]/.test(after) && !GLUED_UNITS.test(after) && mention.scale === 0 && mention.kind !== "percent") {
      return /^s\b/.test(after) ? "year" : "identifier";
    }
    if (/https?:\/\/\S*$/.test(before)) return "identifier";
    const around = a.slice(Math.max(0, start - 11), Math.min(a.length, end + 11));
    const offset = start - Math.max(0, start - 11);
    const within = (re: RegExp) => {
      for (const m of around.matchAll(re)) {
        if (m.index <= offset && offset + text.length <= m.index + m[0].length) return true;
      }
      return false;
    };
    if (within(/\d{4}-\d{1,2}-\d{1,2}/g) || within(/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g)) return "date";
    if (within(/\b\d{1,2}:\d{2}(?::\d{2})?/g) || within(/\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?![a-z])/gi)) return "time";
    if (plainDigits && Number(text) >= 1 && Number(text) <= 31 && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after))) return "date";
    if (/\b\d{4}\s?[-/]\s?$/.test(before) && /^\d{2,4}$/.test(text)) return "year"; // "2014-15", "2012-2013"
    if (plainDigits && (ERA_AFTER.test(after) || ERA_BEFORE.test(before))) return "year"; // "circa 200 B.C.", "A.D. 1000"
    if (plainDigits && text.length === 4 && Number(text) >= 1000 && Number(text) <= 2099) {
      const hedged = /\b(?:about|around|approximately|nearly|almost|some|over|more than|at least|up to|fewer than|less than|roughly|estimated|circa|c\.)\s+$/i.test(before);
      const asAdjective = /\b(?:the|its|their|his|her|a|an)\s+$/i.test(before) || /['’]s\s+$/.test(before);
      // "from about 1070 to 1200": a hedged year is still a year when a year closes the range.
      const toYear = /^\s*(?:-|–|to|and|until)\s*(?:1\d{3}|20\d{2})\b(?!\s+[a-z]+s\b)/.test(after);
      if ((!hedged || toYear) && (asAdjective || !COUNT_NOUN_AFTER.test(after))) return "year";
    }
    if (plainDigits && text.length >= 8) return "identifier";
    if (LABEL_BEFORE.test(before)) return "identifier";
    if (plainDigits && Number(text) <= 120 && /[A-Z][\w'’-]+,\s*$/.test(before) && /^\s*(?:,|\))/.test(after) && /\b[A-Z][a-z]+\s+[A-Z][\w'’-]+,\s*$/.test(before)) {
      return "age"; // "Kuwaiti tourist Farah Zamani, 24, who …"
    }
    if (plainDigits && /^\s*(?:[.)])\s/.test(after) && /(?:^|\n)[ \t•*-]*$/.test(a.slice(Math.max(0, start - 10), start))) return "list-number";
  }

  if ((mention.kind === "count" || mention.kind === "fraction") && (DURATION_AFTER.test(after) || ONE_UNIT_DURATION.test(text)) && !/^-?\s?(?:years?|months?)[- ]old\b/i.test(after)) {
    if (durationSkip(a, start, end, sentence, ONE_UNIT_DURATION.test(text))) return "duration";
  }
  if (mention.kind === "count" && COMPOUND_AFTER.test(after) && !/^-(?:third|quarter|fifth|half|thirds|quarters)\b/i.test(after)) return "compound-adjective";
  // "between 3-9 May": the first day of a range of dates.
  if (plainDigits && Number(text) <= 31 && new RegExp(String.raw`^\s?[-–]\s?\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\b`).test(after)) return "date";
  if (/^-?\s?(?:years?|months?)[- ]old\b/i.test(after)) {
    const noun = after.replace(/^-?\s?(?:years?|months?)[- ]old\s*/i, "");
    if (!DURATION_NOUNS.test(noun)) return "age";
    return "duration"; // "the 19-year-old state of emergency": how long it has lasted
  }
  if (/\b(?:aged|ages?|age of)\s+$/i.test(before)) return "age";
  if (new RegExp(String.raw`^\s+${TIME_UNITS}\s+(?:ago|later|earlier|afterwards?)\b`, "i").test(after)) return "time-offset";
  // "In 1959, three years before independence": an offset that restates a date just given.
  if (new RegExp(String.raw`^[- ]${TIME_UNITS}\s+(?:before|after)\b`, "i").test(after) && DATE_THEN_COMMA.test(before)) return "time-offset";
  if (/\b(?:first|last|past|next|previous|coming|final|initial|opening|closing|latter)\s+$/i.test(before)) {
    if (new RegExp(String.raw`^\s+${TIME_UNITS}\b`, "i").test(after) || /^half$/i.test(text)) return "period";
  }
  if (/^(?:the\s+)?(?:first|second|latter|other)\s+half$/i.test(text) || (/^half$/i.test(text) && /\b(?:first|second|latter)\s+$/i.test(before))) {
    return "period";
  }
  if (/^half$/i.test(text) && /^[- ](?:hour|day|minute|year|century|time)\b/i.test(after)) return "period";

  // "won a third term", "a fifth round": an ordinal, where a share would be "a third of".
  if (mention.kind === "fraction" && /^(?:a|one)\s+(?:third|fifth|sixth|eighth|tenth)$/i.test(text) && /^\s+(?!of\b|more\b|less\b|fewer\b|as\b|than\b)[a-z]/.test(after)) {
    return "ordinal";
  }
  if (/^-(?:\s+(?:and|or|to)\s+\S+?-)?star\b/i.test(after) || /^-point\s+(?:scale|plan)\b/i.test(after)) return "identifier"; // "four- and five-star hotels"
  if (/(?:^|\n)[ \t]*(?:RELATED|Related|READ MORE|Read more|See also|SEE ALSO|WATCH|Watch)\s*:[^\n]*$/.test(a.slice(Math.max(0, start - 200), start))) return "not-article";
  if (mention.written === "words" && /^one$/i.test(text)) {
    // "at least one assailant", "more than one attack": a hedged "one" is a count.
    if (/\b(?:at\s+least|more\s+than|at\s+most|no\s+more\s+than|only|just|exactly)\s+$/i.test(before)) return null;
    if (/^\s+(?:of|another|by one|day|time|point|way|side|hand)\b/i.test(after) || /^-(?![a-z]*(?:third|quarter|fifth|half))/i.test(after)) return "determiner";
    // "two raids in Raqqa and one in Hasakah": "one" stands for a counted noun named just before.
    if (/(?:,|\band|\bor|\bbut)\s+$/i.test(before) && /^\s+(?:in|at|near|from|on|by|for)\b/i.test(after)) {
      const earlier = a.slice(sentence.start, start);
      if (/\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|several)\s+(?:[a-z-]+\s+){0,2}[a-z-]+s\b/i.test(earlier)) return null;
    }
    if (/\b(?:no|any|every|each|the|this|that|which|only|at|in|on|for|with|from|during|by|like)\s+$/i.test(before)) return "determiner";
    if (new RegExp(String.raw`^\s+(?:year|month|week|day|decade|century)\s+of\b`, "i").test(after)) return null; // "it took one year of negotiations": a duration
    const clause = a.slice(Math.max(sentence.start, start - 50), Math.min(sentence.end, end + 50));
    if (!OUTCOME.test(clause)) return "determiner";
  }
  // "CJTF-OIR completed 20 reports. Out of the 20 completed reports, seven …": the total named before.
  if (mention.kind === "count" && /\b(?:out\s+of|of)\s+(?:the|these|those)\s+$/i.test(before)) {
    const earlier = a.slice(0, start);
    if (new RegExp(String.raw`(?<![\w,.])${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\w]|[,.]\d)`, "i").test(earlier)) return "reference";
  }
  // "Two senior security officials told Reuters": the sources of a statement are its attribution.
  if (mention.kind === "count" && SOURCES_AFTER.test(after)) return "source-count";
  if (mention.written === "words" && mention.kind === "count" && /^(?:two|three|four|five|six|seven|eight|nine|ten)$/i.test(text)) {
    if (/\b(?:the|these|those|both)\s+$/i.test(before) && /^\s+(?!of\b|percent\b|per\b)[a-z]/.test(after)) return "reference";
  }
  return null;
}
