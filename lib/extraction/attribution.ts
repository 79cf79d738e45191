/**
 * Who the sentence says asserted a figure: "according to X", "X said", "X reported", "X told",
 * "X estimated", and the post-posed "…, said X". A suggestion for the editor, who builds the
 * attribution chain; `compromise` trims a long subject to the organisation or person in it.
 */
import nlp from "compromise";

const VERBS = String.raw`(?:said|says|say|reported|reports|told|tells|estimated|noted|stated|added|announced|claimed|confirmed|warned|revealed|indicated|recorded|documented)`;
/** Words that end a subject when read backwards from its verb. */
const CLAUSE_BREAK = /^(?:that|which|who|while|but|and|as|because|when|where|after|before|if|since|although|though|so|then|however|meanwhile)$/i;

export type FoundAttribution = { start: number; end: number; text: string };

function trimSubject(subject: string): string {
  const cleaned = subject
    .replace(/^[\s,"'“‘(]+|[\s,"'”’]+$/g, "")
    .replace(/^([^(]*)\)$/, "$1")
    .replace(/^(?:and|but|while|as|that)\s+/i, "")
    .replace(/\s+(?:have|has|had|were|was|is|are|also|had also|have also)$/i, "")
    .trim();
  if (cleaned.split(/\s+/).length <= 4) return cleaned;
  // A long subject ("General Rohilat Afrin, co-commander of the SDF"): the organisation or person in it.
  const doc = nlp(cleaned);
  const named = [...(doc.organizations().out("array") as string[]), ...(doc.people().out("array") as string[])];
  return named[0]?.replace(/[,.]$/, "") ?? cleaned;
}

function subjectBefore(a: string, clauseStart: number, verbStart: number): { start: number; text: string } | null {
  const before = a.slice(clauseStart, verbStart);
  const words = [...before.matchAll(/[^\s]+/g)];
  let first = words.length;
  for (let i = words.length - 1; i >= 0 && words.length - i <= 9; i--) {
    const w = words[i]![0];
    if (CLAUSE_BREAK.test(w.replace(/[,]$/, "")) || /[,;:]$/.test(w) || /^[0-9]/.test(w)) break;
    first = i;
  }
  if (first >= words.length) return null;
  const start = clauseStart + words[first]!.index;
  const text = trimSubject(a.slice(start, verbStart));
  if (text === "" || /^(?:it|he|she|they|we|i|you|this)$/i.test(text)) return text === "" ? null : { start, text };
  return { start, text };
}

/** The attributions a sentence states, nearest to the figure first. */
export function findAttribution(a: string, sentence: { start: number; end: number }, figure: { start: number; end: number }): string | null {
  const s = a.slice(sentence.start, sentence.end);
  const found: FoundAttribution[] = [];
  for (const m of s.matchAll(/\baccording\s+to\s+((?:the\s+|a\s+|an\s+)?[^,.;:()]+?)(?=\s*(?:[,.;:()]|\s+on\s+|\s+in\s+|\s+that\s+|$))/gi)) {
    const start = sentence.start + m.index;
    found.push({ start, end: start + m[0].length, text: trimSubject(m[1]!) });
  }
  for (const m of s.matchAll(new RegExp(String.raw`\b${VERBS}\b`, "gi"))) {
    const verbStart = sentence.start + m.index;
    const verbEnd = verbStart + m[0].length;
    // Passive ("still estimated to be", "was reported"): the sentence names no asserter here.
    if (/^\s+to\s+(?:be|have)\b/i.test(a.slice(verbEnd, verbEnd + 10)) || /\b(?:is|are|was|were|been|being|be|still)\s+$/i.test(a.slice(Math.max(0, verbStart - 12), verbStart))) continue;
    // Post-posed: "…, said Kursat Yilmaz", "…, a U.N. source said."
    const after = a.slice(verbEnd, sentence.end);
    const postposed = /^\s+((?:[A-Z][\w'’.-]*\s*){1,4}|one of the \w+)(?=[,.]|$)/.exec(after);
    const clauseStart = Math.max(sentence.start, a.lastIndexOf(",", verbStart) + 1, a.lastIndexOf(";", verbStart) + 1);
    const subject = subjectBefore(a, clauseStart, verbStart);
    if (subject && !/^(?:it|this)$/i.test(subject.text)) {
      found.push({ start: subject.start, end: verbEnd, text: subject.text });
    } else if (postposed && /,\s*$/.test(a.slice(sentence.start, verbStart))) {
      found.push({ start: verbStart, end: verbEnd + postposed[0].length, text: trimSubject(postposed[1]!) });
    }
  }
  if (found.length === 0) return null;
  const distance = (f: FoundAttribution) => (f.end <= figure.start ? figure.start - f.end : f.start >= figure.end ? f.start - figure.end : 0);
  const nearest = found.reduce((x, y) => (distance(y) < distance(x) ? y : x));
  return nearest.text;
}
