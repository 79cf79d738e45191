/**
 * Where a figure happened. Places are the ledger's and the package countries (gazetteer.ts), and
 * the world's provinces and cities (world-places.ts) of the countries the article names.
 *
 * Rules, in order, for a figure:
 *  1. the places named where the event is placed ("in", "near", "over", "the city of", …) in the
 *     figure's own stretch of the sentence (up to the next figure);
 *  2. "in the region", "the country", "the area", "the city" there, resolved to the last place of
 *     that kind named before;
 *  3. the same in the rest of the sentence;
 *  4. a place the sentence names otherwise ("Iraq's population");
 *  5. the last place named before, in the paragraph and then the article;
 *  6. the article's most-named place.
 * Several places are reduced to one: a place inside another wins ("Niger's Tillaberi region"),
 * places side by side give the place that holds them all ("Deir ez-Zor and Hasakah" → Syria).
 * A demonym or a country that qualifies an actor ("US-led", "American troops", "Ukraine's air
 * force") never places a figure: it is who acted or spoke, not where.
 */
import type { TextSpan } from "@/lib/domain/quote-selector";
import { slugify } from "@/lib/domain/slug";
import type { Gazetteer, GazetteerEntry, PlaceMatch } from "./gazetteer";
import { placeKeys, type WorldPlace, type WorldPlaceIndex } from "./world-places";

export type PlaceRef = { slug: string; name: string; kind: string; known: boolean };
export type PlaceNode = PlaceRef & { iso2: string | null; /** Outermost first. */ parents: PlaceRef[] };
/** `partial`: named as part of a whole ("most of them in X"), for the figures before `partFrom`. */
export type PlaceMention = TextSpan & { node: PlaceNode; mention: string; viaDemonym: boolean; locative: boolean; partial: boolean; partFrom: number; majority: boolean };

const KIND_DEPTH: Record<string, number> = { world: 0, region: 1, country: 2, province: 4, city: 5, site: 6 };

/** Ancestor-aware view of the gazetteer: ledger entries carry `within`; package countries have none. */
export type PlaceGraph = {
  node(entry: GazetteerEntry): PlaceNode;
  /** A world place as a node: the ledger's own entry when it has one, else one to create. */
  worldNode(place: WorldPlace): PlaceNode;
  countryIso(node: PlaceNode): string | null;
};

export function placeGraph(gazetteer: Gazetteer): PlaceGraph {
  const bySlug = new Map(gazetteer.map((e) => [e.slug, e]));
  const byIso = new Map(gazetteer.filter((e) => e.iso2).map((e) => [e.iso2!, e]));
  const byKey = new Map<string, GazetteerEntry[]>();
  for (const e of gazetteer) {
    if (e.kind === "country" || e.kind === "world") continue;
    for (const name of [e.name, ...e.aliases]) for (const k of placeKeys(name)) byKey.set(k, [...(byKey.get(k) ?? []), e]);
  }
  const nodes = new Map<string, PlaceNode>();
  const ancestors = (entry: GazetteerEntry): GazetteerEntry[] => {
    const seen = new Map<string, GazetteerEntry>();
    const queue = [...(entry.within ?? [])];
    while (queue.length > 0) {
      const slug = queue.shift()!;
      const e = bySlug.get(slug);
      if (!e || seen.has(slug) || e.kind === "world") continue;
      seen.set(slug, e);
      queue.push(...(e.within ?? []));
    }
    return [...seen.values()];
  };
  const ref = (e: GazetteerEntry): PlaceRef => ({ slug: e.slug, name: e.name, kind: e.kind, known: !e.fromPackage });
  const node = (entry: GazetteerEntry): PlaceNode => {
    let n = nodes.get(entry.slug);
    if (!n) {
      const up = ancestors(entry);
      const depth = (e: GazetteerEntry) => ancestors(e).length * 10 + (KIND_DEPTH[e.kind] ?? 3);
      up.sort((x, y) => depth(x) - depth(y));
      const iso2 = entry.iso2 ?? up.find((e) => e.iso2)?.iso2 ?? null;
      n = { ...ref(entry), iso2, parents: up.map(ref) };
      nodes.set(entry.slug, n);
    }
    return n;
  };
  const countryNode = (iso2: string): PlaceNode | null => {
    const e = byIso.get(iso2);
    return e ? node(e) : null;
  };
  const worldNode = (place: WorldPlace): PlaceNode => {
    const country = countryNode(place.iso2);
    const inCountry = (e: GazetteerEntry) => country === null || node(e).parents.some((p) => p.slug === country.slug);
    const ledger = placeKeys(place.name)
      .flatMap((k) => byKey.get(k) ?? [])
      .find((e) => inCountry(e) && (place.kind === "city" ? e.kind !== "country" : e.kind === "province" || e.kind === "region"));
    if (ledger) return node(ledger);
    const parents: PlaceRef[] = country ? [...country.parents.filter((p) => p.kind !== "region"), country] : [];
    if (place.kind === "city" && place.province) {
      const province = worldNode({ name: place.province, kind: "province", iso2: place.iso2, province: null });
      parents.splice(0, parents.length, ...province.parents, { slug: province.slug, name: province.name, kind: province.kind, known: province.known });
    }
    return { slug: slugify(place.name), name: place.name, kind: place.kind, known: false, iso2: place.iso2, parents };
  };
  return { node, worldNode, countryIso: (n) => n.iso2 };
}

/** Capitalised words that are not places in news text, though some town bears the name. */
const NOT_PLACES = new Set(
  "january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday".split(" "),
);
const CONNECTOR = /^(?:al|ar|as|ad|an|el|ez|es|ed|de|du|da|la|le|of|and|upon|on|sur|am|bin|ibn)$/;
const WORD = /\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*/gu;

/**
 * Provinces and cities named in the text, of the given countries only: a world of 170,000 names
 * holds "Police", "Mission" and "Independence", and an article names the countries it is about.
 */
export function findWorldPlaces(a: string, index: WorldPlaceIndex, countries: ReadonlySet<string>, taken: readonly TextSpan[]): Array<TextSpan & { place: WorldPlace }> {
  const out: Array<TextSpan & { place: WorldPlace }> = [];
  const words = [...a.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(4, words.length - i); n >= 1; n--) {
      const start = words[i]!.start;
      const end = words[i + n - 1]!.end;
      const span = a.slice(start, end);
      // Words of one name: separated by a space or a hyphen only, lower-case words only as connectors.
      if (!/^[\p{L}\p{M}'’ -]+$/u.test(span) || /\s{2,}/.test(span)) continue;
      if (span.split(/[\s-]+/).some((w) => /^\p{Ll}/u.test(w) && !CONNECTOR.test(w))) continue;
      if (taken.some((t) => t.start < end && start < t.end) || NOT_PLACES.has(span.toLowerCase())) continue;
      // Part of a longer name ("US Central Command", "Information Center"): not a place of its own.
      const previous = /(^|[.!?:]\s+|\n\s*)?([A-Z][\w'’.-]*)\s+$/.exec(a.slice(Math.max(0, start - 40), start));
      if (previous && previous[1] === undefined && !/['’]s$/.test(previous[2]!) && !/^(?:In|At|Near|From|On|Across|Over|Around|Outside|Inside|The|And|Of|For|To|By)$/.test(previous[2]!)) continue;
      if (/^\s+[A-Z]/.test(a.slice(end, end + 3)) && !/^\s+(?:Province|Region|State|Governorate|Oblast|District)\b/.test(a.slice(end, end + 14))) continue;
      const after = a.slice(end, end + 14);
      const before = a.slice(Math.max(0, start - 16), start);
      const wantsProvince = /^\s+(?:province|region|state|governorate|oblast|district)\b/i.test(after) || /\b(?:province|region|state|governorate) of\s+$/i.test(before);
      const wantsCity = /\b(?:city|town|village|capital) of\s+$/i.test(before);
      const all = index.lookup(span.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim());
      // A division word or "the city of" names a place even in a country the article does not name.
      const strong = wantsProvince ? all.filter((p) => p.kind === "province") : wantsCity ? all.filter((p) => p.kind === "city") : [];
      const candidates = all.filter((p) => countries.has(p.iso2)).length > 0 ? all.filter((p) => countries.has(p.iso2)) : strong.length === 1 || new Set(strong.map((p) => p.iso2)).size === 1 ? strong : [];
      if (candidates.length === 0) continue;
      const best =
        candidates.find((p) => p.kind === (wantsProvince ? "province" : "city")) ??
        candidates.find((p) => p.kind === "province") ??
        candidates[0]!;
      out.push({ start, end, place: best });
      i += n - 1;
      break;
    }
  }
  // The countries of places named with a division word ("North Kivu province") are the article's too.
  const more = out.map((w) => w.place.iso2).filter((c) => !countries.has(c));
  if (more.length > 0) return findWorldPlaces(a, index, new Set([...countries, ...more]), taken);
  return out;
}

/** Words that place an event: "in X", "near X", "over the X region", "the city of X", "captured X". */
const LOCATIVE_BEFORE =
  /(?:\b(?:defending|attacking|attacked|shelling|shelled|besieging|besieged|entering|entered|seizing|seized|captured|capturing|retook|retaking|bombed|bombing|struck|striking|hit|stormed|storming|overran|evacuated|in|near|across|over|around|at|outside|inside|throughout|through|via|from|to|into|within|towards|toward|between|of|on|off|along|against|beyond)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?east|north-?west|south-?east|south-?west|north-?eastern|north-?western|south-?eastern|south-?western|besieged|embattled|neighbouring|neighboring|nearby|frontline|front-line|capital|border|coastal|key|strategic)\s+)*(?:(?:city|town|village|province|region|state|governorate|district|camp|capital|port|area|countryside|outskirts|suburbs?)\s+of\s+(?:the\s+)?)?)$/i;
/** "most of them in X", "mostly at X", "including X": part of a figure's whole, up to the next comma. */
const PARTIAL_MARKER = /\b(?:(?:most|many|some|half|the majority|the rest) of them|mostly|mainly|largely|chiefly|including|notably|especially)\b/gi;

const DIRECTION = String.raw`(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|north-?east|north-?west|south-?east|south-?west)`;

function isLocative(a: string, m: TextSpan, previous: PlaceMention | undefined): boolean {
  const before = a.slice(Math.max(0, m.start - 90), m.start);
  if (/-(?:led|backed|based|allied)\b/i.test(a.slice(m.end, m.end + 8))) return false;
  if (LOCATIVE_BEFORE.test(before)) return true;
  if (/^(?:worldwide|globally)$/i.test(a.slice(m.start, m.end))) return true;
  // A list goes on: "over the Kharkiv, Sumy and Poltava regions"; a possessive names a part: "in Niger's Tillaberi region".
  // "in Hawija and western Anbar Province": a direction word may stand before the next.
  if (previous?.locative && m.start - previous.end <= 26 && new RegExp(String.raw`^(?:,\s*|\s+and\s+|,?\s+or\s+|['’]s\s+)(?:the\s+)?(?:${DIRECTION}\s+)?$`, "i").test(a.slice(previous.end, m.start))) return true;
  return false;
}

/** Seas, canals, lakes and mountains a gazetteer of divisions does not hold: proposed as new places. */
const FEATURE = /\b(?:(?:[A-Z][\w'’-]*\s+){1,3}(?:Sea|Gulf|Canal|Strait|Straits|Lake|River|Mountains|Valley|Desert|Islands?|Peninsula|Basin|Bay)|(?:Lake|Mount|Gulf of|Sea of|Bay of|Strait of)\s+[A-Z][\w'’-]*)\b/g;

/** "worldwide", "around the world", "globally": the whole world, as a place where it happened. */
const WORLDWIDE = /\b(?:worldwide|globally|(?:around|across|in|throughout)\s+the\s+(?:world|globe))\b/gi;

function worldMentions(a: string, gazetteer: Gazetteer, graph: PlaceGraph): Array<TextSpan & { node: PlaceNode; viaDemonym: boolean }> {
  const entry = gazetteer.find((e) => e.kind === "world");
  const node: PlaceNode = entry ? graph.node(entry) : { slug: "world", name: "World", kind: "world", known: false, iso2: null, parents: [] };
  // "the second largest crisis in the world": the scope of a superlative, not where it happened.
  const superlative = (at: number) => /\b(?:\w{3,}est|most|least)\b[^,.;]{0,40}$/i.test(a.slice(Math.max(0, at - 60), at));
  return [...a.matchAll(WORLDWIDE)].filter((m) => !superlative(m.index)).map((m) => {
    // "in the world": the words that place it are the locative themselves.
    const at = m[0].search(/world|globe|globally|worldwide/i);
    return { start: m.index + at, end: m.index + m[0].length, node, viaDemonym: false };
  });
}

export function featureMentions(a: string): Array<TextSpan & { node: PlaceNode }> {
  return [...a.matchAll(FEATURE)].map((m) => {
    const name = m[0].replace(/^(?:The|In|At|On|Near|Across|Over|From)\s+/, "");
    const start = m.index + m[0].length - name.length;
    return { start, end: m.index + m[0].length, node: { slug: slugify(name), name, kind: "site", known: false, iso2: null, parents: [] } };
  });
}

/** Every place the text names, in order, with whether it places an event there. */
export function placeMentions(a: string, matches: readonly PlaceMatch[], world: ReadonlyArray<TextSpan & { place: WorldPlace }>, gazetteer: Gazetteer, graph: PlaceGraph): PlaceMention[] {
  const bySlug = new Map(gazetteer.map((e) => [e.slug, e]));
  const features = featureMentions(a);
  // "Lake Chad", "the Red Sea": the feature, not the country or town inside its name.
  const inFeature = (x: TextSpan) => features.some((f) => f.start <= x.start && x.end <= f.end);
  const raw = [
    ...matches.filter((m) => !inFeature(m)).map((m) => ({ start: m.start, end: m.end, node: graph.node(bySlug.get(m.slug)!), viaDemonym: m.viaDemonym })),
    ...world.filter((w) => !inFeature(w)).map((w) => ({ start: w.start, end: w.end, node: graph.worldNode(w.place), viaDemonym: false })),
    ...features.map((f) => ({ ...f, viaDemonym: false })),
    ...worldMentions(a, gazetteer, graph),
  ].sort((x, y) => x.start - y.start);
  // "if the fighting spreads towards Bukavu": a place that may be, not where it happened.
  const conditions = [...a.matchAll(/\b(?:if|unless|should)\s/gi)].map((m) => {
    const stop = a.slice(m.index).search(/[;!?]|[,.](?!\d)/);
    return { start: m.index, end: stop === -1 ? a.length : m.index + stop };
  });
  const partialZones: Array<TextSpan & { majority: boolean }> = [];
  for (const m of a.matchAll(PARTIAL_MARKER)) {
    const stop = a.slice(m.index).search(/[;!?]|[,.](?!\d)/);
    partialZones.push({ start: m.index, end: stop === -1 ? a.length : m.index + stop, majority: !/^(?:including|notably|especially)$/i.test(m[0]) });
  }
  const anaphora = [...a.matchAll(ANAPHORA)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[1]! }));
  const out: PlaceMention[] = [];
  const push = (r: { start: number; end: number; node: PlaceNode; viaDemonym: boolean }) => {
    if (conditions.some((c) => c.start <= r.start && r.end <= c.end)) return;
    const locative = !r.viaDemonym && isLocative(a, r, out[out.length - 1]);
    const zone = partialZones.find((z) => z.start <= r.start && r.end <= z.end);
    out.push({ ...r, mention: a.slice(r.start, r.end), locative, partial: zone !== undefined, partFrom: zone?.start ?? 0, majority: zone?.majority ?? false });
  };
  for (const r of raw) {
    while (anaphora.length > 0 && anaphora[0]!.start < r.start) resolveInto(anaphora.shift()!);
    push(r);
  }
  anaphora.forEach(resolveInto);
  return out;

  // "in the region", "across the country": the place of that kind named last, where the words stand.
  function resolveInto(x: { start: number; end: number; word: string }) {
    const node = resolveAnaphor(x.word, out);
    // "in the region", and "the state government", "the regional governor": the place they answer for.
    const placing = LOCATIVE_BEFORE.test(a.slice(Math.max(0, x.start - 90), x.start)) || /^\s+(?:government|governor|authorities|administration|council|police)\b/i.test(a.slice(x.end, x.end + 16));
    if (node && placing) {
      push({ start: x.start, end: x.end, node, viaDemonym: false });
      out[out.length - 1]!.locative = true;
    }
  }
}

const chain = (n: PlaceNode): PlaceRef[] => [...n.parents, n];

/** One place for several: the innermost when they nest, else the deepest place that holds them all. */
export function reducePlaces(nodes: readonly PlaceNode[]): PlaceNode | null {
  const unique = [...new Map(nodes.map((n) => [n.slug, n])).values()];
  const innermost = unique.filter((n) => !unique.some((o) => o !== n && o.parents.some((p) => p.slug === n.slug)));
  if (innermost.length === 1) return innermost[0]!;
  if (innermost.length === 0) return null;
  const chains = innermost.map(chain);
  let common: PlaceRef | null = null;
  for (let i = 0; i < chains[0]!.length; i++) {
    const slug = chains[0]![i]!.slug;
    if (chains.every((c) => c.some((r) => r.slug === slug))) common = chains[0]![i]!;
  }
  if (!common) return null;
  // The common place as a node of its own: its parents are what lies above it in the first chain.
  const at = chains[0]!.findIndex((r) => r.slug === common.slug);
  const holder = innermost.find((n) => n.slug === common.slug);
  return holder ?? { ...common, iso2: innermost[0]!.iso2, parents: chains[0]!.slice(0, at) };
}

/** "the country", "in the region", "the area", "the city": the place of that kind named last before `at`. */
const ANAPHORA = /\b(?:the|this|that)\s+(country|region|province|governorate|state|area|city|town|village|capital)\b(?!\s+of\b|['’]s)/gi;

function resolveAnaphor(word: string, before: readonly PlaceMention[]): PlaceNode | null {
  const named = before.filter((m) => m.locative).reverse();
  const kind = word.toLowerCase();
  for (const m of named) {
    const c = chain(m.node);
    if (kind === "country") {
      const country = [...c].reverse().find((r) => r.kind === "country");
      if (country) return country.slug === m.node.slug ? m.node : { ...country, iso2: m.node.iso2, parents: c.slice(0, c.indexOf(country)) };
      continue;
    }
    if (kind === "area") return m.node;
    const kinds = kind === "city" || kind === "town" || kind === "village" || kind === "capital" ? ["city", "site"] : ["region", "province"];
    if (kinds.includes(m.node.kind)) return m.node;
  }
  return null;
}

export type FigureSpan = TextSpan;

/** The place of each figure of one sentence (see the rules at the top of the file). */
export function placesForSentence(
  a: string,
  sentence: TextSpan,
  figures: readonly FigureSpan[],
  mentions: readonly PlaceMention[],
  paragraphStart: number,
  mostMentioned: PlaceNode | null,
  /** The place of the paragraph's figure before this sentence's, if any. */
  previousPlace: { node: PlaceNode; mention: string } | null,
): Array<{ node: PlaceNode; mention: string } | null> {
  const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  const before = mentions.filter((m) => m.end <= sentence.start);
  const ordered = [...figures].sort((x, y) => x.start - y.start);
  const scopeOf = (f: FigureSpan): TextSpan => {
    const next = ordered.find((o) => o.start > f.start);
    const end = next ? next.start : sentence.end;
    // "… to 700,000 within a month if the fighting spreads towards Bukavu": a place that may be is not where it happened.
    const condition = a.slice(f.end, end).search(/,?\s+(?:if|unless|should)\s/i);
    return { start: f.start, end: condition === -1 ? end : f.end + condition };
  };
  const reduced = (list: readonly PlaceMention[]) => {
    const node = reducePlaces(list.map((m) => m.node));
    return node ? { node, mention: list.length === 1 ? list[0]!.mention : list.map((m) => m.mention).join(", ") } : null;
  };
  return figures.map((f) => {
    const scope = scopeOf(f);
    // A part named after the figure ("…, most of them in Nineveh") does not place the whole.
    const partOfWhole = (m: PlaceMention) => !m.partial || f.end > m.partFrom;
    const own = inSentence.filter((m) => m.locative && partOfWhole(m) && m.start >= scope.start && m.end <= scope.end);
    return (
      (own.length > 0 ? reduced(own) : null) ??
      reduced(inSentence.filter((m) => m.locative && partOfWhole(m) && !(m.start >= scope.start && m.end <= scope.end))) ??
      // A place the sentence names otherwise ("Iraq's population"), but not one that qualifies an actor ("US Central Command", "US-led").
      reduced(inSentence.filter((m) => !m.viaDemonym && !m.partial && !/^(?:-(?:led|backed|based|allied)\b|\s+[A-Z])/.test(a.slice(m.end, m.end + 8)))) ??
      // "most of them in Nineveh": the whole lies in Nineveh's country.
      reduced(inSentence.filter((m) => m.partial && m.majority).map((m) => ({ ...m, node: countryOf(m.node) ?? m.node }))) ??
      previousPlace ??
      lastPlaceBefore(before.filter((m) => m.start >= paragraphStart)) ??
      countryBefore(before) ??
      // A summary before its breakdown ("94 missions … In Iraq, 66 … In Syria, 28 …"): the place that holds the paragraph's.
      reduced(mentions.filter((m) => m.locative && !m.viaDemonym && m.start >= sentence.end && m.end <= paragraphEndOf(a, sentence.end))) ??
      (mostMentioned ? { node: mostMentioned, mention: mostMentioned.name } : null) ??
      reduced(inSentence)
    );
  });
}

function paragraphEndOf(a: string, from: number): number {
  const at = a.indexOf("\n\n", from);
  return at === -1 ? a.length : at;
}

function countryOf(node: PlaceNode): PlaceNode | null {
  const c = chain(node);
  const country = [...c].reverse().find((r) => r.kind === "country");
  if (!country) return null;
  return country.slug === node.slug ? node : { ...country, iso2: node.iso2, parents: c.slice(0, c.indexOf(country)) };
}

/** A paragraph that names no place is about the country the article was last in. */
function countryBefore(before: readonly PlaceMention[]): { node: PlaceNode; mention: string } | null {
  const last = lastPlaceBefore(before);
  if (!last) return null;
  return { node: countryOf(last.node) ?? last.node, mention: last.mention };
}

function lastPlaceBefore(before: readonly PlaceMention[]): { node: PlaceNode; mention: string } | null {
  const last = [...before].reverse().find((m) => m.locative);
  if (!last) return null;
  // "most of them in Nineveh" placed part of the last figure: the whole was in Nineveh's country.
  const node = last.partial ? (countryOf(last.node) ?? last.node) : last.node;
  return { node, mention: last.mention };
}
