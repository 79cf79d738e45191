/**
 * What a figure counts: the head noun after the number ("153 attacks" → "attacks", "233 ISIS
 * fighters" → "fighters", "11 U.S. service members" → "service members"), tagged by `compromise`,
 * and the known metric that noun suggests.
 */
import nlp from "compromise";

export type MetricHint = { slug: string; name: string; unit: string; keywords?: string[] };

type Term = { text: string; tags: string[] };

/** Units written right after the number ("15km", "95,000 sq km"). */
const UNIT_AFTER = /^\s?(sq\.?\s?km|square\s+(?:kilometres|kilometers|miles|metres|meters)|km²|km|kilometres|kilometers|miles|mi|metres|meters|hectares|acres|tonnes|tons)\b/i;

const NOUN_STOP = new Set([
  "of", "in", "on", "at", "from", "to", "by", "for", "with", "and", "or", "the", "a", "an", "their", "its", "his", "her", "them",
  "which", "who", "that", "this", "these", "those", "as", "amid", "after", "before", "during", "since", "than", "into", "over",
  "across", "near", "including", "while", "when", "where", "was", "were", "is", "are", "has", "have", "had", "across", "against",
]);

function termsOf(window: string): Term[] {
  const json = nlp(window).json() as Array<{ terms: Array<{ text: string; tags: string[] }> }>;
  return json.flatMap((s) => s.terms.map((t) => ({ text: t.text, tags: t.tags })));
}

const isNoun = (t: Term) => t.tags.includes("Noun") && !t.tags.includes("Pronoun") && !t.tags.includes("Value");
const isCapitalised = (t: Term) => /^[A-Z]/.test(t.text);

/**
 * The counted noun after a figure, in the words of the text, or "" when the number stands alone
 * ("killing 11, in the deadliest…"). `after` is the text that follows the number; `before` is the
 * clause before it, for "the number of ISIS fighters had increased to approximately 2,500".
 */
export function countedNoun(after: string, before = ""): string {
  // "34,573* strikes": a footnote mark is not part of the noun.
  after = after.replace(/^[*†‡]+/, "");
  const unit = UNIT_AFTER.exec(after);
  if (unit) return unit[1]!.replace(/\s+/g, " ");
  const compound = /^-(member|year|month|week|day|mile|kilometre|kilometer|strong|man|person|vehicle)\b/i.exec(after);
  if (compound) return compound[1]!.toLowerCase() === "strong" ? countedNoun(after.slice(compound[0].length)) : `${compound[1]!.toLowerCase()}s`;
  const window = after.slice(0, 90).split(/[;:!?()"]|,\s/)[0] ?? "";
  const noun = /^\s/.test(window) ? headNoun(window.replace(/^\s*of\s+(?:(?:the|them|their|its|his|her|our|these|those)\b)?\s*/i, " ")) : "";
  if (noun !== "") return noun;
  const numberOf = /\bnumber\s+of\s+(?:[A-Z][\w.-]*\s+)*([a-z]+)\s+(?:had|has|have|was|were|is|are|rose|fell|increased|decreased|grew|dropped|reached|stood|climbed)\b[^,;]*$/.exec(before);
  if (numberOf) return numberOf[1]!;
  // "the number of service members in Baghdad will fall to fewer than 1,000"
  const numberTo = /\bnumber\s+of\s+(?:[A-Z][\w.-]*\s+)*((?:service|security|foreign|military)\s+[a-z]+|[a-z]+)\b[^,;]*?\b(?:to|at)\s+(?:(?:about|around|nearly|some|more than|fewer than|less than|at least|roughly|just|over|under)\s+)*$/.exec(before);
  return numberTo ? numberTo[1]! : "";
}

/** A word right after a number is its noun or a modifier of it: "two suspects", "suspected ISIS fighters". */
function headNoun(window: string): string {
  const terms = termsOf(window);
  let properPlural = "";
  for (let i = 0; i < terms.length && i < 6; i++) {
    const t = terms[i]!;
    const word = t.text.replace(/[,.]$/, "");
    const lower = word.toLowerCase();
    if (i > 0 && NOUN_STOP.has(lower)) break;
    if (isCapitalised(t)) {
      if (/^[A-Z][a-z]+s$/.test(word) && properPlural === "") properPlural = word; // "dozens of Afghans"
      continue;
    }
    const plural = /^[a-z-]{3,}s$/.test(word) && !/(?:ss|us|is)$/.test(word);
    // "500 service members": a noun that compromise tags as a verb, before a plural noun.
    const next = terms[i + 1];
    if (!plural && t.tags.includes("Verb") && !/ed$/.test(word) && next && isNoun(next) && next.tags.includes("Plural") && !isCapitalised(next)) {
      return `${lower} ${next.text.replace(/[,.]$/, "").toLowerCase()}`;
    }
    if (!plural && !isNoun(t) && (t.tags.includes("Adjective") || t.tags.includes("Value") || t.tags.includes("Adverb") || /ed$/.test(word) || /-/.test(word))) continue;
    if (isNoun(t) || plural || (t.tags.includes("Infinitive") && terms[i + 1] !== undefined && isNoun(terms[i + 1]!))) {
      let head = i;
      // A compound of common nouns: "service members", "security checkpoints".
      while (!/,$/.test(terms[head]!.text) && terms[head + 1] !== undefined && !isCapitalised(terms[head + 1]!) && isNoun(terms[head + 1]!) && !NOUN_STOP.has(terms[head + 1]!.text.toLowerCase()) && head - i < 2) head++;
      return terms
        .slice(i, head + 1)
        .map((x) => x.text.replace(/[,.]$/, ""))
        .join(" ")
        .toLowerCase();
    }
    break;
  }
  return properPlural;
}

function stem(word: string): string {
  const w = word.toLowerCase().replace(/[^a-z²]/g, "");
  if (w.length <= 3) return w;
  return w.replace(/(?:ies)$/, "y").replace(/(?:ing|ed|es|s)$/, "").replace(/y$/, "i");
}

const STOP = new Set(["the", "of", "and", "or", "a", "an", "in", "to", "by", "for", "under", "who", "since", "from", "with", "one", "single"]);

const wordsOf = (text: string) => text.split(/[^A-Za-z²]+/).filter((w) => w !== "" && !STOP.has(w.toLowerCase())).map(stem);

/**
 * The metric a figure most likely measures: its noun against each metric's unit and name, and the
 * words around it against the name and keywords. Null when nothing fits well enough; an editor
 * chooses then.
 */
export function suggestMetric(noun: string, context: string, isShare: boolean, metrics: readonly MetricHint[]): string | null {
  const nounWords = new Set(wordsOf(noun));
  const contextWords = new Set(wordsOf(context));
  let best: { slug: string; score: number } | null = null;
  for (const metric of metrics) {
    const unitIsShare = /^(?:share|percent|%|ratio|fraction)$/i.test(metric.unit);
    if (unitIsShare !== isShare) continue;
    const unitWords = wordsOf(metric.unit);
    const nameWords = wordsOf(metric.name);
    const keywords = (metric.keywords ?? []).flatMap(wordsOf);
    let score = 0;
    if (isShare || unitWords.some((w) => nounWords.has(w)) || nameWords.some((w) => nounWords.has(w)) || keywords.some((w) => nounWords.has(w))) score += 3;
    score += nameWords.filter((w) => contextWords.has(w)).length;
    // What happened ("captured", "killed", "surrendered") tells metrics of one unit apart.
    score += 3 * metric.name.split(/\s+/).filter((w) => /(?:ed|en)$/i.test(w) && contextWords.has(stem(w))).length;
    score += 2 * keywords.filter((w) => contextWords.has(w)).length;
    if (score >= 3 && (best === null || score > best.score)) best = { slug: metric.slug, score };
  }
  return best?.slug ?? null;
}
