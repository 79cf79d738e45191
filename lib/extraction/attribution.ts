/**
 * Who asserted a figure, as a chain origin → relay (the outlet is appended by the caller):
 * "according to X", "X said", "…, said X", "X, a spokesman, said", "X told Reuters".
 *
 * Only named actors and organisations are proposed, never a fragment of the sentence or the counted
 * noun: a subject must hold a capitalised name, or end in a word for an organisation ("the
 * ministry", "a monitoring group") or a person's role ("a US defence official"). "The group",
 * "the monitor", "it" resolve to the organisation named last, "she", "the official" to the person;
 * "its country director" to that organisation's. A sentence that names no asserter takes the
 * paragraph's ("according to X" carries across sentences), else the one a later sentence of the
 * paragraph names ("…, the officials said").
 */
import nlp from "compromise";
import type { TextSpan } from "@/lib/domain/quote-selector";

const VERBS = String.raw`(?:said|says|say|reported|reports|told|tells|estimated|estimates|noted|stated|added|announced|claimed|confirmed|warned|revealed|indicated|recorded|documented|promised|pledged)`;
/** Words that end a subject when read backwards from its verb. */
const CLAUSE_BREAK = /^(?:that|which|who|while|but|and|as|because|when|where|after|before|if|since|although|though|so|then|however|meanwhile|of)$/i;

const ORG_HEAD = /\b(?:agency|ministry|force|forces|army|military|navy|police|office|command|group|monitor|observatory|council|government|committee|commission|programme|program|organization|organisation|fund|coalition|mission|department|authority|authorities|administration|service|services|institute|center|centre|project|network|union|court|bank|guard|cell|unit|observatory|watch|crescent|cross|company|companies|firms|insurers|media|news|agency)$/i;
const PERSON_HEAD = /\b(?:official|officials|spokesman|spokeswoman|spokesperson|governor|minister|officer|officers|director|commander|president|analyst|analysts|expert|experts|researcher|chief|head|mayor|envoy|diplomat|diplomats|source|sources|witness|witnesses|resident|residents|doctor|doctors|colonel|general|lieutenant|captain|leader|leaders|secretary|ambassador|coordinator|representative|prosecutor|judge)$/i;
const ANAPHOR_ORG = /^(?:it|they|the (?:group|monitor|agency|force|forces|command|mission|ministry|organi[sz]ation|observatory|body|office|council|rights group|watchdog|coalition|project|network|militia|statement|report|programme|fund|institute|centre|center))$/i;
const ANAPHOR_PERSON = /^(?:he|she|the (?:official|officials|spokesman|spokeswoman|spokesperson|governor|minister|officer|director|commander|analyst|source|sources))$/i;

const UNIT_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|dozens|hundreds|thousands)`;
const NUMBER_WORDS = new RegExp(String.raw`^(?:${UNIT_WORD}(?:[-\s]+(?:and\s+)?${UNIT_WORD})*|[\d.,]+)$`, "i");

/** `heads`: the words it has been called by ("observatory", then "monitor", "group"). */
export type Actor = { name: string; kind: "org" | "person"; heads: Set<string> };
export type Statement = TextSpan & { origin: string; relay: string | null; kind: "org" | "person" | null };
export type ResolvedAttribution = { origin: string; relay: string | null };

const actorNames = new Map<string, { name: string; kind: "org" | "person" } | null>();

/** The actor a subject names, or null when it names none (a fragment, a counted noun). */
export function actorName(subject: string): { name: string; kind: "org" | "person" } | null {
  // compromise takes about a millisecond a call; articles repeat their subjects.
  if (!actorNames.has(subject)) {
    if (actorNames.size > 5_000) actorNames.clear();
    actorNames.set(subject, readActor(subject));
  }
  return actorNames.get(subject)!;
}

function readActor(subject: string): { name: string; kind: "org" | "person" } | null {
  let s = subject
    .replace(/\s*\(([A-Z][\w.&-]+)\)[\s.,]*$/, "")
    .replace(/^[\s,"'“‘(]+|[\s,"'”’)]+$/g, "")
    .replace(/^(?:and|but|while|as|that|also)\s+/i, "")
    .replace(/\s+(?:have|has|had|were|was|is|are|also|had also|have also|would|will|said)$/i, "")
    // "the United States today announced": a time word is not part of the name.
    .replace(/\s+(?:today|yesterday|tonight|now|earlier|later|once|again|previously|recently|(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month))$/i, "")
    .replace(/^(?:the|a|an)\s+/i, "")
    .replace(/^(?:two|three|four|five|several|some|many|\d+)\s+/i, "")
    .trim();
  // "the … monitoring mission in Ukraine", "a Ukrainian officer with a three-brigade command": the actor before the place or detail.
  // Only a head in lower case: "UN Assistance Mission in Afghanistan" is a proper name whole.
  const cut = new RegExp(String.raw`^(.*?\b(?:${ORG_HEAD.source.slice(5, -2)}|${PERSON_HEAD.source.slice(5, -2)}))\s+(?:in|with|from|at|who|based)\b.*$`).exec(s);
  if (cut && cut[1]!.split(/\s+/).length >= 2) s = cut[1]!;
  if (s === "") return null;
  // "Seventy-nine reports are still open": a number is not who speaks.
  if (NUMBER_WORDS.test(s)) return null;
  if (ANAPHOR_ORG.test(s) || ANAPHOR_PERSON.test(s) || /^(?:the\s+)?(?:group|monitor|agency|force|command|mission|ministry|observatory|official|officials|spokesman|spokeswoman)$/i.test(s)) return null;
  const words = s.split(/\s+/);
  const last = words[words.length - 1]!.replace(/[,.]$/, "");
  if (/^(?:it|them|they|he|she|we|this|these|those)$/i.test(last) || words.some((w) => /^\d/.test(w))) return null;
  const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length;
  const kind = PERSON_HEAD.test(last) ? "person" : ORG_HEAD.test(last) ? "org" : null;
  if (kind !== null && words.length <= 8) return { name: s, kind };
  // A proper name ("Syrian Observatory for Human Rights", "Oleksandr Prokudin", "ACLED").
  const properName = words.every((w) => /^[A-Z0-9]/.test(w) || /^(?:of|for|the|and|on|in|de|al|el|du|des|la|le|to)$/.test(w)) && /^[A-Z]/.test(last);
  if (properName && words.length <= 10) return { name: s, kind: nlp(s).people().found ? "person" : "org" };
  if (capitalised === 0) return null;
  // A long subject ("General Rohilat Afrin, co-commander of the SDF"): the organisation or person in it.
  const doc = nlp(s);
  const person = doc.people().out("array") as string[];
  const org = doc.organizations().out("array") as string[];
  if (person[0]) return { name: person[0].replace(/[,.]$/, ""), kind: "person" };
  if (org[0]) return { name: org[0].replace(/[,.]$/, ""), kind: "org" };
  return words.length <= 4 ? { name: s, kind: "org" } : null;
}

function subjectBefore(a: string, clauseStart: number, verbStart: number): { start: number; text: string } | null {
  let before = a.slice(clauseStart, verbStart);
  // "A US defence official, speaking on condition of anonymity, said": skip the aside.
  before = before.replace(/,\s+(?:speaking|who|citing|quoted|writing)\b[^,]*,\s*$/i, " ");
  const words = [...before.matchAll(/[^\s]+/g)];
  let first = words.length;
  for (let i = words.length - 1; i >= 0 && words.length - i <= 12; i--) {
    const w = words[i]![0];
    if ((CLAUSE_BREAK.test(w.replace(/[,]$/, "")) && i < words.length - 1 && !/^of$/i.test(w)) || /[;:]$/.test(w) || (/,$/.test(w) && i < words.length - 1)) break;
    if (/^of$/i.test(w) && !/^[A-Z]/.test(words[i - 1]?.[0] ?? "")) break;
    first = i;
  }
  if (first >= words.length) return null;
  return { start: clauseStart + words[first]!.index, text: before.slice(words[first]!.index).trim() };
}

/** What a sentence says about who asserted what, anaphors unresolved ("the group", "it"). */
export function statementsIn(a: string, sentence: TextSpan): Array<TextSpan & { subject: string; relay: string | null }> {
  const s = a.slice(sentence.start, sentence.end);
  const out: Array<TextSpan & { subject: string; relay: string | null }> = [];
  for (const m of s.matchAll(/\baccording\s+to\s+((?:the\s+|a\s+|an\s+)?[^,.;:]+?(?:\s*\([A-Z][\w.&-]*\))?)(?=\s*(?:[,.;:]|\s+on\s+|\s+that\s+|$))/gi)) {
    const start = sentence.start + m.index;
    out.push({ start, end: start + m[0].length, subject: m[1]!, relay: null });
  }
  for (const m of s.matchAll(new RegExp(String.raw`\b${VERBS}\b`, "gi"))) {
    const verbStart = sentence.start + m.index;
    const verbEnd = verbStart + m[0].length;
    // "the land that ISIS once claimed as its caliphate": a claim to something, not a statement.
    if (/^claimed$/i.test(m[0]) && /^\s+(?:it|them|this|that)?\s*as\b/i.test(a.slice(verbEnd, verbEnd + 12))) continue;
    // "reports are still open", "estimates of the dead": the noun, not the verb.
    if (/^(?:reports|estimates|claims)$/i.test(m[0]) && /^\s+(?:are|were|is|was|have|had|of|from|by|about|on|remain)\b/i.test(a.slice(verbEnd, verbEnd + 12))) continue;
    // Passive ("still estimated to be", "was reported"): the sentence names no asserter here.
    if (/^\s+to\s+(?:be|have)\b/i.test(a.slice(verbEnd, verbEnd + 10)) || /\b(?:is|are|was|were|been|being|be|still)\s+$/i.test(a.slice(Math.max(0, verbStart - 12), verbStart))) continue;
    const after = a.slice(verbEnd, sentence.end);
    // "X told Reuters": the agency that carried it is the relay.
    const told = /^told\b|^tells\b/i.test(m[0]) ? /^\s+((?:the\s+)?(?:[A-Z][\w'’.&-]*\s*){1,5})/.exec(after) : null;
    const relay = told ? told[1]!.trim().replace(/^the\s+/i, "") : null;
    const beforeVerb = a.slice(sentence.start, verbStart);
    // "A police spokesman, Nahum Daso, said": the name in apposition.
    const apposition = /,\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*),\s*$/.exec(beforeVerb);
    if (apposition && /^[A-Z]/.test(apposition[1]!) && nlp(apposition[1]!).people().found) {
      out.push({ start: verbStart - apposition[0].length, end: verbEnd, subject: apposition[1]!, relay });
      continue;
    }
    const clauseStart = Math.max(sentence.start, a.lastIndexOf(";", verbStart) + 1);
    const subject = subjectBefore(a, clauseStart, verbStart);
    // Post-posed: "…, said Kursat Yilmaz", "…, a U.N. source said."
    const postposed = /^\s+((?:[A-Z][\w'’.-]*\s*){1,4}|one of the \w+)(?=[,.]|$)/.exec(after);
    if (subject) out.push({ start: subject.start, end: verbEnd, subject: subject.text, relay });
    else if (postposed && /,\s*$/.test(beforeVerb)) out.push({ start: verbStart, end: verbEnd + postposed[0].length, subject: postposed[1]!, relay });
  }
  return out;
}

/**
 * Every sentence's statements with anaphors resolved, in text order: `actors` carries the
 * organisations and people named so far across the article.
 */
export function resolveStatements(a: string, sentences: readonly TextSpan[]): Statement[][] {
  const named: Actor[] = [];
  const headOf = (text: string) => text.toLowerCase().split(/\s+/).pop()!.replace(/[^a-z]/g, "");
  const lastOf = (kind: Actor["kind"], head?: string) =>
    (head ? [...named].reverse().find((n) => n.kind === kind && n.heads.has(head)) : undefined) ?? [...named].reverse().find((n) => n.kind === kind) ?? null;
  return sentences.map((sentence) => {
    const out: Statement[] = [];
    for (const raw of statementsIn(a, sentence)) {
      const subject = raw.subject.replace(/^[\s,"'“‘]+|[\s,"'”’]+$/g, "").replace(/\s+(?:also|had|has|have)$/i, "");
      // "The Britain-based monitor", "the Kurdish-led force": still the one named before.
      const bare = subject.replace(/^(?:and|but|while|as|that)\s+/i, "").replace(/\b[\w]+-(?:based|led|backed|run|allied|funded)\s+/gi, "");
      let actor: Actor | null = null;
      if (ANAPHOR_ORG.test(bare) || ANAPHOR_PERSON.test(bare)) {
        const head = /^the\s/i.test(bare) ? headOf(bare) : undefined;
        actor = ANAPHOR_ORG.test(bare) ? lastOf("org", head) : (lastOf("person", head) ?? (/officials?$/i.test(bare) ? null : lastOf("org", head)));
        if (actor && head) actor.heads.add(head);
      } else {
        // "its country director": the organisation the sentence names before, else the last one named.
        const its = /^(?:its|their)\s+(.+)$/i.exec(bare);
        let found: { name: string; kind: "org" | "person" } | null;
        if (its) {
          const inSentence = [...a.slice(sentence.start, raw.start).matchAll(/(?:[A-Z][\w'’-]*\s+(?:(?:of|for|the|and)\s+)*)*[A-Z][\w'’-]*/g)]
            .map((m) => actorName(m[0]))
            .filter((x) => x?.kind === "org")
            .at(-1);
          const org = inSentence ?? lastOf("org");
          found = org ? { name: `${org.name} ${its[1]}`, kind: "person" } : null;
        } else {
          found = actorName(bare);
        }
        if (found) {
          actor = { ...found, heads: new Set([headOf(found.name)]) };
          named.push(actor);
        }
      }
      if (actor) out.push({ start: raw.start, end: raw.end, origin: actor.name, relay: raw.relay?.replace(/[.,;:]+$/, "") ?? null, kind: actor.kind });
    }
    return out;
  });
}

/** The attribution of a figure: the statement of its sentence nearest to it, else its paragraph's. */
export function attributionFor(
  statements: readonly Statement[][],
  sentences: ReadonlyArray<TextSpan & { paragraph: number }>,
  sentenceIndex: number,
  figure: TextSpan,
): ResolvedAttribution | null {
  const own = statements[sentenceIndex] ?? [];
  if (own.length > 0) {
    const distance = (f: Statement) => (f.end <= figure.start ? figure.start - f.end : f.start >= figure.end ? f.start - figure.end : 0);
    const nearest = own.reduce((x, y) => (distance(y) < distance(x) ? y : x));
    return { origin: nearest.origin, relay: nearest.relay };
  }
  const paragraph = sentences[sentenceIndex]!.paragraph;
  for (let i = sentenceIndex - 1; i >= 0 && sentences[i]!.paragraph === paragraph; i--) {
    const last = statements[i]!.at(-1);
    if (last) return { origin: last.origin, relay: last.relay };
  }
  for (let i = sentenceIndex + 1; i < sentences.length && sentences[i]!.paragraph === paragraph; i++) {
    const first = statements[i]![0];
    if (first) return { origin: first.origin, relay: first.relay };
  }
  return null;
}

/**
 * Whether an asserter is the outlet itself ("CJTF-OIR assesses …" in a CJTF-OIR release), so that
 * the chain does not name it twice: the same name, or the abbreviation the outlet's name gives in
 * brackets, or the initials of its name.
 */
export function isOutlet(origin: string, outlet: string): boolean {
  const key = (x: string) => x.toLowerCase().normalize("NFKD").replace(/\p{M}+/gu, "").replace(/[^\p{L}\p{N}]+/gu, " ").replace(/^(?:the|a|an)\s+/, "").trim();
  const o = key(origin);
  const bracket = /\(([^)]+)\)\s*$/.exec(outlet);
  const full = outlet.replace(/\s*\([^)]*\)\s*$/, "");
  const initials = full.split(/[^\p{L}]+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("").toLowerCase();
  return o === key(full) || (bracket !== null && o === key(bracket[1]!)) || (initials.length >= 3 && o.replace(/\s+/g, "") === initials);
}
