/**
 * The known metric a figure measures, from what it counts (the counted noun's class: people,
 * fighters, troops, operations, …), what happened to it (the event verb nearest the figure:
 * killed, captured, displaced, deployed, …) and who the metric is about (a qualifier in the
 * metric's name, "ISIS" or "US", that the article must name). A metric fits only when none of the
 * three contradicts the figure; among those that fit, the one whose name the sentence echoes
 * most. None fits: a new metric is proposed from the noun and the event.
 */
import type { MetricHint } from "./counted-noun";

/** Words for the things a conflict's figures count, by class. A metric accepts nouns of its own class. */
const NOUN_CLASSES: Record<string, string[]> = {
  people: ["people", "persons", "those", "others", "civilians", "residents", "villagers", "inhabitants", "children", "women", "men", "boys", "girls", "families", "individuals", "bodies", "victims", "hostages", "refugees", "migrants", "worshippers", "students", "workers", "journalists", "sailors", "crew", "crew members", "passengers"],
  fighters: ["fighters", "militants", "members", "suspects", "jihadists", "insurgents", "extremists", "operatives", "recruits", "supporters", "affiliates", "terrorists", "gunmen", "rebels", "loyalists"],
  detainees: ["detainees", "prisoners", "inmates"],
  troops: ["troops", "forces", "service members", "servicemembers", "personnel", "military personnel", "marines", "airmen", "advisers", "advisors", "contractors", "soldiers"],
  security: ["soldiers", "peacekeepers", "police", "police officers", "policemen", "officers", "security personnel", "security forces", "guards", "troops", "personnel"],
  operations: ["operations", "raids", "missions", "sorties", "ambushes", "offensives", "security operations", "campaigns", "sweeps"],
  strikes: ["strikes", "airstrikes", "air strikes", "drone strikes", "bombardments"],
  attacks: ["attacks", "assaults", "bombings", "incidents", "ambushes", "shootings"],
  plots: ["plots", "conspiracies"],
  members: ["members", "countries", "nations", "partners", "states"],
};

/** Event verbs near a figure, by the outcome they report. */
const OUTCOMES: Array<[string, RegExp]> = [
  ["wounded", /\b(?:wound(?:ed|ing|s)?|injur(?:ed|ing|ies|y)|hurt)\b/i],
  ["killed", /\b(?:kill(?:ed|ing|s)?|dead|deaths?|died|dies|death toll|lives|fatalities|lost|losing|executed|slain)\b/i],
  ["kidnapped", /\b(?:kidnap(?:ped|ping|s)?|abduct(?:ed|ing|ions?|s)?|taken hostage)\b/i],
  ["captured", /\b(?:captur(?:ed|ing|es?)|detain(?:ed|ing|s)|arrest(?:ed|ing|s)?|apprehend(?:ed|ing)|rounded up|swept up|nabbed|caught)\b/i],
  ["surrendered", /\b(?:surrender(?:ed|ing|s)?|defected|turned themselves in)\b/i],
  ["displaced", /\b(?:displac(?:ed|ement|ing)|fled|flee(?:ing)?|forced\b[^.;]{0,40}?\bfrom their homes|uprooted|homeless)\b/i],
  ["freed", /\b(?:freed|freeing|liberat(?:ed|ing)|escaped|broke out|jailbreaks?)\b/i],
  ["deployed", /\b(?:deploy(?:ed|ing|s|ment)?|station(?:ed)?|remain(?:s|ed)?|maintain(?:s|ed)?|based|garrison(?:ed)?|keep(?:s)?|presence)\b/i],
  ["thwarted", /\b(?:thwart(?:ed|ing)?|foil(?:ed|ing)?|disrupt(?:ed|ing)?)\b/i],
  ["claimed", /\b(?:claim(?:ed|ing|s)?)\b/i],
  ["held", /\b(?:held|holding|in detention|in custody|in camps?|in prisons?|detention)\b/i],
  ["joined", /\b(?:join(?:ed|ing)|travell?ed to join)\b/i],
];

/** Outcomes a metric of another outcome accepts: "lost five soldiers" were killed. */
const COMPATIBLE: Record<string, string[]> = { killed: ["killed"], lost: ["killed", "lost"], captured: ["captured"], held: ["held", "captured"] };

/** Who a metric is about, and the words that name them in news text. */
const QUALIFIERS: Record<string, RegExp> = {
  isis: /\b(?:ISIS|ISIL|IS|Islamic State|Daesh|Da'esh|ISKP|ISIS-K)\b/,
  us: /\b(?:US|U\.S\.|USA|United States|American|Americans|Pentagon|CENTCOM|Washington)\b/,
};

function qualifiersOf(name: string): string[] {
  const out: string[] = [];
  if (/\bISIS\b/.test(name)) out.push("isis");
  if (/\b(?:US|U\.S\.)\b/.test(name)) out.push("us");
  return out;
}

const words = (s: string) => s.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 2 && !/^(?:and|the|who|for|from|with|under|since|one|larger|last|its)$/.test(w));

function classesOf(noun: string): string[] {
  const n = noun.toLowerCase().trim();
  if (n === "") return [];
  // The whole noun first ("service members" are troops), then its head ("suspected fighters").
  const exact = Object.entries(NOUN_CLASSES).filter(([, list]) => list.includes(n));
  const found = exact.length > 0 ? exact : Object.entries(NOUN_CLASSES).filter(([, list]) => list.some((w) => n.endsWith(` ${w}`)));
  return found.map(([c]) => c);
}

/** The outcome of the event verb nearest to the figure within its clause, or null. */
export function outcomeNear(clause: string, figureAt: number): string | null {
  // "18 operatives killed and 63 detained": a verb right after the figure's own words, before the
  // next "and" or comma, is what happened to it, however near the verb of the figure before.
  const own = /^(?:[^,;]|,(?=\d))*?(?=,(?!\d)|;|\s+and\s|\s+but\s|$)/.exec(clause.slice(figureAt))![0];
  let best: { outcome: string; distance: number } | null = null;
  for (const [outcome, re] of OUTCOMES) {
    const m = new RegExp(re.source, "i").exec(own);
    if (m && (!best || m.index < best.distance)) best = { outcome, distance: m.index };
  }
  if (best) return best.outcome;
  for (const [outcome, re] of OUTCOMES) {
    for (const m of clause.matchAll(new RegExp(re.source, "gi"))) {
      const distance = Math.abs(m.index - figureAt) + (m.index < figureAt ? 0 : 3);
      if (!best || distance < best.distance) best = { outcome, distance };
    }
  }
  return best?.outcome ?? null;
}

function metricOutcome(metric: MetricHint): string | null {
  const name = metric.name.toLowerCase();
  if (/\bin detention\b|\bheld\b|\bdetained\b(?! in a single)/.test(name)) return "held";
  for (const [outcome, re] of OUTCOMES) if (re.test(name)) return outcome === "killed" && /\blost\b/.test(name) ? "lost" : outcome;
  return null;
}

function metricClasses(metric: MetricHint): string[] {
  const fromName = words(metric.name).flatMap((w) => classesOf(w));
  if (/service members|troops|personnel/i.test(metric.name)) fromName.push("troops");
  // People held ("ISIS members in detention") are counted as detainees and prisoners too.
  if (metricOutcome(metric) === "held" && fromName.some((c) => c === "fighters" || c === "people")) fromName.push("detainees");
  return fromName.length > 0 ? [...new Set(fromName)] : classesOf(metric.unit);
}

export type MetricChoice = { slug: string; name: string } | null;

type MetricProfile = { metric: MetricHint; unitIsShare: boolean; qualifiers: string[]; wanted: string | null; classes: string[]; nameWords: string[] };
const profileCache = new WeakMap<readonly MetricHint[], MetricProfile[]>();

/** What each metric's name says, worked out once per list of metrics. */
function profiles(metrics: readonly MetricHint[]): MetricProfile[] {
  let list = profileCache.get(metrics);
  if (!list) {
    list = metrics.map((metric) => {
      const wanted = metricOutcome(metric);
      const outcomeWord = wanted === null ? null : OUTCOMES.find(([o]) => o === wanted)?.[1];
      return {
        metric,
        unitIsShare: /^(?:share|percent|%|ratio|fraction)$/i.test(metric.unit),
        qualifiers: qualifiersOf(metric.name),
        wanted,
        classes: metricClasses(metric),
        // The event word of the name is weighed with its synonyms, not as a word to echo.
        nameWords: words(metric.name).filter((w) => !/^(?:isis|counter)$/.test(w) && !(outcomeWord && outcomeWord.test(w))),
      };
    });
    profileCache.set(metrics, list);
  }
  return list;
}

/**
 * `noun` is the counted noun; `clause` the words around the figure (the figure at `figureAt`);
 * `article` the whole text, for the qualifiers; `isShare` for percentages and fractions.
 */
const MEASURE_UNIT = /^(?:miles?|mi|km|kilomet(?:re|er)s?|km²|sq\.? ?km|square .+|years?|months?|days?|hectares?|acres?|tonnes?|tons?|metres?|meters?)$/i;
function sameMeasure(unit: string, noun: string): boolean {
  const key = (s: string) => s.toLowerCase().replace(/kilomet(?:re|er)s?/, "km").replace(/square\s+km|sq\.?\s?km|km²/, "km²").replace(/s$/, "");
  return noun !== "" && key(unit) === key(noun);
}

/**
 * `near` is the figure's sentence and the one before it in its paragraph: where "US" or "ISIS"
 * must be named for a metric about them.
 */
export function matchMetric(input: { noun: string; clause: string; figureAt: number; article: string; near?: string; isShare: boolean }, metrics: readonly MetricHint[]): MetricChoice {
  const { noun, clause, figureAt, article, isShare } = input;
  const near = input.near ?? clause;
  // "118 deaths among Islamic State fighters": the dead are the fighters.
  const head = noun.split(/\s+/).pop() ?? "";
  const isDeaths = /^(?:deaths?|dead|casualties|fatalities)$/i.test(head);
  // "118 deaths among Islamic State fighters": the dead are the fighters.
  const among = isDeaths ? /\b(?:among|of)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)*([a-z]+)/.exec(clause.slice(figureAt)) : null;
  const nounClasses = among ? classesOf(among[1]!) : isDeaths && /^civilian\b/i.test(noun) ? ["people"] : classesOf(noun);
  const counted = isDeaths ? [...nounClasses, "people"] : nounClasses;
  // Refugees and the internally displaced were displaced, whatever the sentence's verb.
  const outcome = isDeaths ? "killed" : (outcomeNear(clause, figureAt) ?? (/^(?:refugees|idps|asylum seekers|internally displaced(?: people| persons)?)$/i.test(noun.trim()) ? "displaced" : null));
  const context = new Set(words(clause));
  let best: { metric: MetricHint; score: number } | null = null;
  for (const { metric, unitIsShare, qualifiers, wanted, classes, nameWords } of profiles(metrics)) {
    if (unitIsShare !== isShare) continue;
    // Who it is about: a country named near the figure ("US troops"); a group named in the article.
    if (!qualifiers.every((q) => QUALIFIERS[q]!.test(q === "isis" ? article : near))) continue;
    // A metric of a measure ("miles", "km²", "years") takes figures of that measure only.
    if (MEASURE_UNIT.test(metric.unit) && !sameMeasure(metric.unit, noun)) continue;
    let score = 0;
    if (!isShare) {
      const classMatch = classes.some((c) => counted.includes(c));
      // An unnamed count ("3.1 million of them had fled") fits a metric of people by its event alone.
      if (!classMatch && !(noun === "" && classes.includes("people") && outcome !== null)) continue;
      if (wanted !== null) {
        if (outcome === null ? wanted !== "deployed" && wanted !== "held" : !(COMPATIBLE[outcome] ?? [outcome]).includes(wanted)) continue;
        // A state the sentence does not name ("fewer than 500 service members") fits, but weakly.
        score += outcome === null ? 1 : 3;
      } else if (outcome !== null && outcome !== "deployed" && outcome !== "claimed" && classes.some((c) => ["people", "fighters", "troops", "security", "detainees"].includes(c))) {
        // A count of the living ("ISIS fighters") is not a count of the dead or the detained.
        continue;
      }
      // The most specific class wins: fighters over people when the noun is a fighter.
      if (among ? classes.includes(nounClasses[0] ?? "") : classes.some((c) => nounClasses.includes(c))) score += 3;
    } else {
      score += 3;
    }
    let echoed = 0;
    for (const w of nameWords) {
      const stemmed = w.replace(/(?:ies|es|s|ed|ing)$/, "");
      const hit = [...context].some((c) => c.startsWith(stemmed));
      if (hit) echoed++;
      score += hit ? 1 : -1;
    }
    // A share fits a metric of shares only when the sentence says of what ("under ISIS control").
    if (isShare && (echoed < 1 || score < 1)) continue;
    // A count of people with no event word ("freeing 7.7 million people") is not a count of people
    // held unless the sentence echoes the metric's own words ("women and children").
    if (!isShare && wanted === "held" && outcome === null && echoed < 1) continue;
    if (best === null || score > best.score) best = { metric, score };
  }
  return best ? { slug: best.metric.slug, name: best.metric.name } : null;
}

/** A name for the metric an editor would create when none fits: "Villages attacked", "Police officer wounded". */
export function newMetricName(noun: string, clause: string, figureAt: number): string | null {
  if (noun === "" || noun === "times" || noun === "share") return null;
  const outcome = outcomeNear(clause, figureAt);
  const name = outcome && outcome !== "deployed" && outcome !== "claimed" ? `${noun} ${outcome}` : noun;
  return name.charAt(0).toUpperCase() + name.slice(1);
}
