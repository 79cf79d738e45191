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
import { findAttribution } from "./attribution";
import { countedNoun, suggestMetric, type MetricHint } from "./counted-noun";
import { figuresInSentence, type FigureCandidate, type FigureRelation } from "./figure-grammar";
import { createPlaceMatcher, type Gazetteer, type PlaceMatch, type PlaceMatcher } from "./gazetteer";
import { findNumberMentions } from "./number-mentions";
import { findPeriod } from "./period-finder";
import { paragraphSpans, sentenceSpans, type SentenceSpan } from "./sentences";
import { skipReason } from "./skip-rules";
import { findVagueMentions } from "./vague-mentions";

export type { MetricHint } from "./counted-noun";

export type ExtractOptions = {
  /** The source's publication day (YYYY-MM-DD), against which "this year" is resolved; null when unknown. */
  publishedOn: string | null;
  gazetteer: Gazetteer;
  metrics: readonly MetricHint[];
  /** The outlet that published the text (its name): the last link of every attribution chain. */
  outlet?: string | null;
};

/** Whether the sentence reports what happened, what someone plans, or what someone expects. */
export type Modality = "observed" | "planned" | "projected";

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
  places: PlaceMatch[];
  mostMentioned: { slug: string; name: string } | null;
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
  const places = placeMatcher(options.gazetteer).find(a);
  const counts = new Map<string, { slug: string; name: string; count: number; first: number }>();
  for (const p of places) {
    const c = counts.get(p.slug) ?? { slug: p.slug, name: p.name, count: 0, first: p.start };
    c.count++;
    counts.set(p.slug, c);
  }
  const top = [...counts.values()].sort((x, y) => y.count - x.count || x.first - y.first)[0];
  return { text, a, paragraphs, sentences, places, mostMentioned: top ? { slug: top.slug, name: top.name } : null, options };
}

/** Demonyms ("Iraqi hunters") suggest a place less strongly than the place's name. */
const DEMONYM_PENALTY = 25;

function suggestPlaceOld(p: Prepared, sentenceIndex: number, figure: TextSpan): { slug: string; name: string } | null {
  const sentence = p.sentences[sentenceIndex]!;
  const inSentence = p.places.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  if (inSentence.length > 0) {
    const distance = (m: PlaceMatch) =>
      (m.end <= figure.start ? figure.start - m.end : m.start >= figure.end ? m.start - figure.end : 0) + (m.viaDemonym ? DEMONYM_PENALTY : 0);
    const nearest = inSentence.reduce((x, y) => (distance(y) < distance(x) ? y : x));
    return { slug: nearest.slug, name: nearest.name };
  }
  const previous = p.sentences[sentenceIndex - 1];
  if (previous) {
    const named = p.places.filter((m) => m.start >= previous.start && m.end <= previous.end);
    // The place the previous sentence names first is usually what it is about.
    const first = named.find((m) => !m.viaDemonym) ?? named[0];
    if (first) return { slug: first.slug, name: first.name };
  }
  return p.mostMentioned;
}

function suggestPlace(p: Prepared, sentenceIndex: number, figure: TextSpan): Proposal["place"] {
  const found = suggestPlaceOld(p, sentenceIndex, figure);
  if (!found) return null;
  const entry = p.options.gazetteer.find((e) => e.slug === found.slug);
  return { ...found, kind: entry?.kind ?? "place", known: true, mention: found.name, parents: [] };
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
  p.sentences.forEach((sentence, sentenceIndex) => {
    if (sentence.paragraph !== paragraphIndex) return;
    const inside = <T extends TextSpan>(x: T) => x.start >= sentence.start && x.end <= sentence.end;
    const kept = numbers.filter((m) => inside(m) && skipReason(a, m, sentence) === null);
    const figures = figuresInSentence(a, sentence, kept, vague.filter(inside));
    for (const f of figures) out.push(toProposal(p, sentenceIndex, f));
  });
  return out;
}

function toProposal(p: Prepared, sentenceIndex: number, f: FigureCandidate): Proposal {
  const sentence = p.sentences[sentenceIndex]!;
  const isShare = f.kind === "share";
  const noun = isShare ? "share" : f.kind === "multiple" ? "times" : countedNoun(p.a.slice(f.nounFrom, sentence.end), p.a.slice(sentence.start, f.start));
  const context = p.a.slice(Math.max(sentence.start, f.start - 80), Math.min(sentence.end, f.end + 80));
  const attribution = findAttribution(p.a, sentence, f);
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
    metric: metricOf(suggestMetric(noun, context, isShare, p.options.metrics), noun, p.options.metrics),
    place: suggestPlace(p, sentenceIndex, f),
    period: findPeriod(p.text, p.a, sentence, f, p.options.publishedOn),
    attribution,
    attributionChain: [...(attribution ? [attribution] : []), ...(p.options.outlet ? [p.options.outlet] : [])],
    relation: f.relation,
    modality: "observed",
  };
}

function metricOf(slug: string | null, noun: string, metrics: readonly MetricHint[]): Proposal["metric"] {
  const name = slug === null ? null : (metrics.find((m) => m.slug === slug)?.name ?? null);
  return { slug, noun, name, proposedName: slug === null && noun !== "" ? noun : null };
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
