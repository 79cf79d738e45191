/**
 * Vague amounts ("dozens", "tens of thousands", "a few hundred", "numerous", "many") as terms of
 * the vague-amount table (lib/domain/agreement/vague-amounts.ts), read with the curation policy of
 * seeds/README.md:
 *
 * - Words built on a unit ("dozens", "hundreds", "a few hundred", "tens of thousands") and the
 *   small-number words of the table ("a few", "several") are figures, as numbers are.
 * - The indefinite words "many" and "numerous" count only when they state the size of something
 *   the conflict produced: "numerous attacks", "released many extremists", "with many left
 *   stranded". Not when they count opinion-holders ("many experts", "many fear"), state a
 *   capability or its absence ("not able to carry out many attacks"), or frame the article
 *   ("Several incidents underscore…").
 * - "some" and "countless" are never proposed: "some" says only that something exists, and
 *   "countless" is rhetoric.
 */
import { lookupVagueAmount, normaliseVagueTerm } from "@/lib/domain/agreement/vague-amounts";

export type VagueMention = { start: number; end: number; term: string };

const VAGUE = /\b(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions)|(?:a\s+few|several)\s+(?:hundred|thousand)(?!s)|dozens|scores(?=\s+of\b)|hundreds|thousands|millions|a\s+few|several|numerous|many)\b/gi;

const TIME_UNITS = String.raw`(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)`;

/** What a conflict produces and a writer counts: the nouns "many" and "numerous" may count. */
const COUNTABLE = new Set([
  "attacks", "plots", "strikes", "airstrikes", "raids", "bombings", "explosions", "assaults", "operations", "arrests",
  "people", "civilians", "women", "children", "men", "boys", "girls", "prisoners", "detainees", "hostages", "extremists",
  "militants", "fighters", "insurgents", "jihadists", "rebels", "soldiers", "troops", "members", "casualties", "victims",
  "dead", "deaths", "bodies", "refugees", "migrants", "residents", "families", "homes", "houses", "buildings", "villages",
  "towns", "cities", "schools", "hospitals", "mosques", "churches", "tourists", "police", "officers", "policemen",
  "suspects", "protesters", "journalists", "workers", "killings", "executions", "kidnappings", "abductions", "cells",
  "camps", "checkpoints", "vehicles", "weapons", "rockets", "missiles", "shells", "drones", "mines", "incidents",
  "clashes", "battles", "injuries", "wounded", "displaced", "recruits", "supporters", "commanders", "personnel",
  "inhabitants", "targets", "sites", "facilities", "bombs", "ambushes", "massacres", "shootings", "patients",
]);
/** Things (not people or events): "numerous buildings" count only when the conflict did something to them. */
const THINGS = new Set(["homes", "houses", "buildings", "villages", "towns", "cities", "schools", "hospitals", "mosques", "churches", "vehicles", "sites", "facilities", "camps", "checkpoints", "targets", "weapons", "rockets", "missiles", "shells", "drones", "mines", "bombs"]);
const DONE_TO_THINGS = /\b(?:destroyed|damaged|hit|struck|bombed|shelled|burned|burnt|razed|seized|captured|targeted|looted|attacked|fired|launched|recovered|found|confiscated|flattened|demolished|overrun|taken)\b/i;

/** Who holds a view rather than what the conflict produced: "many experts", "many fear". */
const OPINION_VERBS = /^(?:fear|feared|fears|believe|believed|believes|think|thought|say|said|says|expect|expected|worry|worried|hope|hoped|argue|argued|warn|warned|see|saw|feel|felt|agree|agreed|suspect|suspected|suggest|suggested|predict|predicted|doubt|doubted|consider|considered|know|knew|want|wanted|wonder|wondered|question|blame|blamed|accuse|accused|support|supported|oppose|opposed|view|viewed|regard|regarded|criticise|criticize|criticised|criticized)$/i;
const PRONOUN_VERBS = /^(?:were|are|was|have|had|remain|remained|remains|left|fled|died|lost|went|came|stayed|got|stuck|fell|ran|hid|became|returned|tried|sought)$/i;
/** Verbs that make a sentence's subject a frame for what follows: "Several incidents underscore". */
const FRAMING_VERBS = /^(?:underscore|underscores|underscored|highlight|highlights|highlighted|illustrate|illustrates|illustrated|show|shows|showed|demonstrate|demonstrates|demonstrated|suggest|suggests|point|points)$/i;

function words(text: string, count: number): string[] {
  return text.split(/[^A-Za-z'’-]+/).filter((w) => w !== "").slice(0, count);
}

/** Whether an indefinite "many"/"numerous" states the size of something the conflict produced. */
function indefiniteCounts(a: string, start: number, end: number): boolean {
  const before = a.slice(Math.max(0, start - 45), start);
  if (/\b(?:how|so|too|as)\s+$/i.test(before)) return false; // "as many as 36" is a hedge on the number
  if (/\b(?:not|never|without|nor|unable|cannot|hardly)\b[^.;:]*$/i.test(before)) return false;
  if (/n't\s+[^.;:]*$/i.test(before)) return false;
  const next = words(a.slice(end, end + 80), 6);
  const [first, second] = next;
  if (first === undefined) return false;
  if (/^of$/i.test(first)) {
    if (second !== undefined && /^(?:them|those|whom|these)$/i.test(second)) {
      // "many of whom viewed Kosovo as …" counts opinion-holders, "many of them died" counts dead.
      const verb = next.slice(2).find((w) => !/ly$/i.test(w));
      return verb === undefined || !OPINION_VERBS.test(verb);
    }
    const noun = next.slice(1).find((w) => !/^(?:the|their|its|his|her|our|these|those)$/i.test(w));
    return noun !== undefined && COUNTABLE.has(noun.toLowerCase());
  }
  if (OPINION_VERBS.test(first)) return false;
  if (PRONOUN_VERBS.test(first) || /^[a-z]+ed$/.test(first)) return true; // "many left stranded", "many killed"
  // "many" as a determiner: the noun it counts, after at most two modifiers.
  const known = (w: string | undefined) => w !== undefined && (COUNTABLE.has(w.toLowerCase()) || THINGS.has(w.toLowerCase()));
  for (let [i, w] of next.slice(0, 3).entries()) {
    if (COUNTABLE.has(w.toLowerCase()) || /^[A-Z][a-z]+(?:ians|ans|is|ese|s)$/.test(w)) {
      while (known(next[i + 1])) w = next[++i]!; // the head of "police vehicles" is "vehicles"
      if (next[i + 1] !== undefined && FRAMING_VERBS.test(next[i + 1]!)) return false;
      if (THINGS.has(w.toLowerCase())) {
        const clause = (a.slice(Math.max(0, start - 80), start).split(/[.;:!?]/).pop() ?? "") + a.slice(end, end + 120).split(/[.;:!?]/)[0];
        return DONE_TO_THINGS.test(clause); // "numerous buildings were destroyed", not "numerous buildings lie nearby"
      }
      return true;
    }
  }
  return false;
}

function countsSomething(a: string, match: string, start: number, end: number): boolean {
  const term = normaliseVagueTerm(match);
  const before = a.slice(Math.max(0, start - 30), start);
  const after = a.slice(end, end + 60);
  if (new RegExp(String.raw`^\s+${TIME_UNITS}\s+(?:ago|later|earlier)\b`, "i").test(after)) return false; // an offset
  if (/\b(?:next|past|last|first|coming)\s+$/i.test(before)) return false; // "the next few days"
  if (term === "many" || term === "numerous") return indefiniteCounts(a, start, end);
  if (term === "a few" || term === "several") {
    if (/^\s+(?:times|ways|reasons|factors|questions|issues|occasions|things|words|minutes|seconds)\b/i.test(after)) return false;
    if (/\bquite\s+$/i.test(before) && term === "a few") return true;
    const next = words(after, 4);
    const verbAt = next.findIndex((w) => FRAMING_VERBS.test(w));
    if (verbAt >= 1 && verbAt <= 2) return false; // "Several incidents underscore the renewed threat"
  }
  return true;
}

export function findVagueMentions(a: string): VagueMention[] {
  const out: VagueMention[] = [];
  const re = new RegExp(VAGUE.source, VAGUE.flags);
  for (let m = re.exec(a); m !== null; m = re.exec(a)) {
    const start = m.index;
    const end = start + m[0].length;
    const known = lookupVagueAmount(m[0]);
    if (known === null) continue;
    if (!countsSomething(a, m[0], start, end)) continue;
    out.push({ start, end, term: known.entry.term });
  }
  return out;
}
