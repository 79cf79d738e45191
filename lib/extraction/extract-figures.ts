/**
 * Automatic figure extraction: every numeric claim an article states, proposed for an editor to
 * confirm, correct or reject. Pure: the caller passes the gazetteer and the known metrics.
 *
 *   text ─▶ analysis text (same length, typographic noise removed)
 *        ─▶ paragraphs ─▶ sentences
 *        ─▶ number mentions (recognizer, digits, compromise) + vague mentions (policy)
 *        ─▶ skip rules (dates, years, ages, ordinals, "one" as a determiner, …)
 *        ─▶ figure grammar (hedges, ranges, relative figures)
 *        ─▶ context: counted noun → metric, place, period, attribution
 *
 * The policy of what counts as a figure is seeds/README.md's, so the extractor proposes what a
 * curator would record; lib/extraction/README.md lists the decisions.
 */
import type { TextSpan } from "@/lib/domain/quote-selector";
import type { Qualifier } from "@/lib/schemas/claim";
import { analysisText } from "./analysis-text";
import { attributionFor, isOutlet, resolveStatements, type Statement } from "./attribution";
import { countedNoun, type MetricHint } from "./counted-noun";
import { matchMetric, newMetricName } from "./metric-matcher";
import { figuresInSentence, type FigureCandidate, type FigureRelation } from "./figure-grammar";
import { createPlaceMatcher, type Gazetteer, type PlaceMatcher } from "./gazetteer";
import { findNumberMentions } from "./number-mentions";
import { findPeriod, presentTense, SAME_PERIOD } from "./period-finder";
import { paragraphSpans, sentenceSpans, type SentenceSpan } from "./sentences";
import { durationSkip, skipReason } from "./skip-rules";
import { findVagueMentions } from "./vague-mentions";
import { findModality, type Modality } from "./modality";
import { findWorldPlaces, placeGraph, placeMentions, placesForSentence, type PlaceMention, type PlaceNode } from "./place-finder";
import type { WorldPlaceIndex } from "./world-places";

export type { MetricHint } from "./counted-noun";

export type ExtractOptions = {
  /** The source's publication day (YYYY-MM-DD), against which "this year" is resolved; null when unknown. */
  publishedOn: string | null;
  gazetteer: Gazetteer;
  metrics: readonly MetricHint[];
  /** The world's provinces and cities (world-places.ts); without it only the gazetteer's places are found. */
  worldPlaces?: WorldPlaceIndex | null;
  /** The outlet that published the text (its name): the last link of every attribution chain. */
  outlet?: string | null;
};

export type { Modality } from "./modality";

/** A place in a proposal: a ledger place (`known`), or one to create under its `parents` (country first). */
export type ProposedPlace = {
  slug: string;
  name: string;
  kind: string;
  known: boolean;
  /** The words of the text that named it ("the country", "Deir ez-Zor province"). */
  mention: string;
  /** The chain above it, outermost first (country → province), each known to the ledger or to create. */
  parents: Array<{ slug: string; name: string; kind: string; known: boolean }>;
};

export type Proposal = {
  /** The figure as written with its hedge words; offsets are UTF-16 code units, end exclusive. */
  surface: string;
  start: number;
  end: number;
  low: string | null;
  best: string | null;
  high: string | null;
  qualifier: Qualifier;
  vagueTerm: string | null;
  /** The sentence that states the figure. */
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  /**
   * The counted noun near the figure and the known metric it suggests, by slug and by name (what
   * the review screen shows); `proposedName` names a new metric when no known one fits.
   */
  metric: { slug: string | null; noun: string; name: string | null; proposedName: string | null };
  place: ProposedPlace | null;
  period: { start: string | null; end: string | null; label: string };
  /** Who the text says asserted the figure (the chain's origin), by name. */
  attribution: string | null;
  /** Names, origin → relay → outlet ("Syrian Democratic Forces", "Reuters", the outlet). */
  attributionChain: string[];
  relation: FigureRelation | null;
  modality: Modality;
};

type Prepared = {
  text: string;
  a: string;
  paragraphs: TextSpan[];
  sentences: SentenceSpan[];
  mentions: PlaceMention[];
  mostMentioned: PlaceNode | null;
  statements: Statement[][];
  options: ExtractOptions;
};

const matchers = new WeakMap<Gazetteer, PlaceMatcher>();

function placeMatcher(gazetteer: Gazetteer): PlaceMatcher {
  let matcher = matchers.get(gazetteer);
  if (!matcher) {
    matcher = createPlaceMatcher(gazetteer);
    matchers.set(gazetteer, matcher);
  }
  return matcher;
}

function prepare(text: string, options: ExtractOptions): Prepared {
  const a = analysisText(text);
  const paragraphs = paragraphSpans(a);
  const sentences = sentenceSpans(a, paragraphs);
  const matches = placeMatcher(options.gazetteer).find(a);
  const graph = placeGraph(options.gazetteer);
  const bySlug = new Map(options.gazetteer.map((e) => [e.slug, e]));
  // Provinces and cities are looked for only in the countries the article names.
  const countries = new Set(matches.filter((m) => !m.viaDemonym).map((m) => graph.node(bySlug.get(m.slug)!).iso2).filter((c): c is string => c !== null));
  const world = options.worldPlaces ? findWorldPlaces(a, options.worldPlaces, countries, matches) : [];
  const mentions = placeMentions(a, matches, world, options.gazetteer, graph);
  const counts = new Map<string, { node: PlaceNode; count: number; first: number }>();
  for (const m of mentions.filter((m) => !m.viaDemonym)) {
    const c = counts.get(m.node.slug) ?? { node: m.node, count: 0, first: m.start };
    c.count++;
    counts.set(m.node.slug, c);
  }
  const top = [...counts.values()].sort((x, y) => y.count - x.count || x.first - y.first)[0];
  return { text, a, paragraphs, sentences, mentions, mostMentioned: top?.node ?? null, statements: resolveStatements(a, sentences), options };
}

function proposalsForParagraph(p: Prepared, paragraphIndex: number): Proposal[] {
  const paragraph = p.paragraphs[paragraphIndex]!;
  const { a } = p;
  // Mentions are read per paragraph (offsets made absolute), so a long article is read in steps.
  const slice = a.slice(paragraph.start, paragraph.end);
  const shift = <T extends TextSpan>(x: T): T => ({ ...x, start: x.start + paragraph.start, end: x.end + paragraph.start });
  const numbers = findNumberMentions(slice).map(shift);
  const vague = findVagueMentions(slice).map(shift);
  const out: Proposal[] = [];
  let previousPlace: { node: PlaceNode; mention: string } | null = null;
  let previousPeriod: Proposal["period"] | null = null;
  p.sentences.forEach((sentence, sentenceIndex) => {
    if (sentence.paragraph !== paragraphIndex) return;
    const inside = <T extends TextSpan>(x: T) => x.start >= sentence.start && x.end <= sentence.end;
    const kept = numbers.filter((m) => inside(m) && skipReason(a, m, sentence) === null);
    // "several weeks of protests": a vague duration is a duration too.
    const vagueKept = vague.filter((v) => inside(v) && !durationSkip(a, v.start, v.end, sentence, false));
    const figures = figuresInSentence(a, sentence, kept, vagueKept);
    const places = placesForSentence(a, sentence, figures, p.mentions, paragraph.start, p.mostMentioned, previousPlace);
    let previousNoun = "";
    figures.forEach((f, i) => {
      const proposal = toProposal(p, sentenceIndex, f, places[i] ?? null, previousNoun);
      previousNoun = proposal.metric.noun;
      // A sentence that names no time goes on in the time of the paragraph's figure before.
      if (proposal.period.label === "" && previousPeriod !== null) proposal.period = previousPeriod;
      // "During this period": the period named before, in the words of this sentence.
      else if (SAME_PERIOD.test(proposal.period.label.trim()) && previousPeriod !== null) proposal.period = { ...previousPeriod, label: proposal.period.label };
      if (proposal.period.start !== null) previousPeriod = proposal.period;
      out.push(proposal);
    });
    previousPlace = places.findLast((x) => x !== null) ?? previousPlace;
  });
  return out;
}

function toProposal(p: Prepared, sentenceIndex: number, f: FigureCandidate, place: { node: PlaceNode; mention: string } | null, previousNoun: string): Proposal {
  const sentence = p.sentences[sentenceIndex]!;
  const isShare = f.kind === "share";
  const before = p.a.slice(sentence.start, f.start);
  let noun = isShare ? "share" : f.kind === "multiple" ? "times" : countedNoun(p.a.slice(f.nounFrom, sentence.end), before);
  // "two raids in Raqqa and one in Hasakah": the noun of the figure before.
  if (noun === "" && previousNoun !== "" && /(?:,|\band|\bor)\s+$/i.test(before)) noun = previousNoun;
  const found = attributionFor(p.statements, p.sentences, sentenceIndex, f);
  // The outlet speaking for itself is the outlet alone.
  const said = found && p.options.outlet && isOutlet(found.origin, p.options.outlet) && found.relay === null ? null : found;
  const attribution = said?.origin ?? null;
  return {
    surface: p.text.slice(f.start, f.end),
    start: f.start,
    end: f.end,
    low: f.low,
    best: f.best,
    high: f.high,
    qualifier: f.qualifier,
    vagueTerm: f.vagueTerm,
    quote: p.text.slice(sentence.start, sentence.end),
    quoteStart: sentence.start,
    quoteEnd: sentence.end,
    metric: metricOf(p, sentence, f, noun, isShare),
    place: place && { slug: place.node.slug, name: place.node.name, kind: place.node.kind, known: place.node.known, mention: place.mention, parents: place.node.parents },
    period: periodOf(p, sentence, f),
    attribution,
    attributionChain: [...(said ? [said.origin] : []), ...(said?.relay ? [said.relay] : []), ...(p.options.outlet ? [p.options.outlet] : [])],
    relation: f.relation,
    modality: findModality(p.a, sentence, f),
  };
}

function periodOf(p: Prepared, sentence: SentenceSpan, f: FigureCandidate): Proposal["period"] {
  const { publishedOn } = p.options;
  const found = findPeriod(p.text, p.a, sentence, f, publishedOn);
  if (publishedOn === null) return found;
  if (found.label === "" && presentTense(p.a, sentence, f)) return { start: publishedOn, end: publishedOn, label: "present tense" };
  // "has more than doubled in the past three decades, to roughly 46 million": the level it reached, now.
  const before = p.a.slice(sentence.start, f.start);
  if (found.end === publishedOn && /\b(?:rose|risen|fell|fallen|grew|grown|doubled|tripled|halved|increased|decreased|climbed|dropped|jumped|surged|reached)\b[^.;]*,?\s+to\s+$/i.test(before)) {
    return { start: publishedOn, end: publishedOn, label: "present tense" };
  }
  return found;
}

function metricOf(p: Prepared, sentence: SentenceSpan, f: FigureCandidate, noun: string, isShare: boolean): Proposal["metric"] {
  const clause = p.a.slice(sentence.start, sentence.end);
  const figureAt = f.start - sentence.start;
  const index = p.sentences.indexOf(sentence);
  const previous = p.sentences[index - 1];
  const near = p.a.slice(previous && previous.paragraph === sentence.paragraph ? previous.start : sentence.start, sentence.end);
  const known = matchMetric({ noun, clause, figureAt, article: p.a, near, isShare }, p.options.metrics);
  return { slug: known?.slug ?? null, noun, name: known?.name ?? null, proposedName: known ? null : newMetricName(noun, clause, figureAt) };
}

/** Every figure the text states, in text order. */
export function extractFigures(text: string, options: ExtractOptions): Proposal[] {
  const p = prepare(text, options);
  return p.paragraphs.flatMap((_, i) => proposalsForParagraph(p, i));
}

/**
 * The same proposals, one paragraph at a time, so a long article can show progress. Between
 * paragraphs it yields to the event loop; `onProgress(done, total)` counts paragraphs.
 */
export async function* extractFiguresInChunks(
  text: string,
  options: ExtractOptions,
  onProgress?: (done: number, total: number) => void,
): AsyncGenerator<Proposal[], void, void> {
  const p = prepare(text, options);
  const total = p.paragraphs.length;
  for (let i = 0; i < total; i++) {
    const proposals = proposalsForParagraph(p, i);
    onProgress?.(i + 1, total);
    yield proposals;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
}
