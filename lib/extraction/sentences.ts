/**
 * Paragraphs and sentences as spans of the text (UTF-16 offsets, end exclusive, trimmed).
 * A figure's quote is the sentence that holds it; paragraphs are the unit of incremental extraction.
 */
import type { TextSpan } from "@/lib/domain/quote-selector";

export type SentenceSpan = TextSpan & { paragraph: number };

/** Abbreviations whose full stop does not end a sentence when a capital follows ("U.S. Defense"). */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "st", "gen", "brig", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "adm", "gov", "sen", "rep",
  "pres", "prof", "rev", "hon", "jr", "sr", "no", "nos", "vs", "etc", "inc", "co", "corp", "ltd", "dept", "fig", "approx",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
]);

function trimSpan(text: string, start: number, end: number): TextSpan | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

/** Paragraphs: runs of text between blank lines. */
export function paragraphSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const breaks = /\n[ \t\r]*\n/g;
  let from = 0;
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
    const span = trimSpan(text, from, m.index);
    if (span) spans.push(span);
    from = m.index + m[0].length;
  }
  const last = trimSpan(text, from, text.length);
  if (last) spans.push(last);
  return spans;
}

/** Whether the full stop at `dot` closes an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.]/.test(text[i]!)) i--;
  const word = text.slice(i + 1, dot);
  if (/^[A-Za-z](\.[A-Za-z])+$/.test(word)) return true; // U.S, U.N, D.C, a.m
  if (/^[A-Z]$/.test(word)) return true; // an initial: "George W. Bush"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** The sentences of one paragraph (given as a span of the whole text). */
function sentencesIn(text: string, paragraph: TextSpan, index: number): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let from = paragraph.start;
  const push = (end: number) => {
    const span = trimSpan(text, from, end);
    if (span) out.push({ ...span, paragraph: index });
  };
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const ch = text[i]!;
    if (ch === "\n") {
      // A line break ends a sentence unless the line was wrapped in the middle of one.
      const before = text.slice(from, i).trimEnd();
      const next = /\S/.exec(text.slice(i + 1, paragraph.end));
      const wrapped = next !== null && /[a-z]/.test(next[0]) && /[A-Za-z,]$/.test(before);
      if (!wrapped) {
        push(i);
        from = i + 1;
      }
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    let end = i + 1;
    while (end < paragraph.end && /["')\]”’]/.test(text[end]!)) end++;
    if (end < paragraph.end && !/\s/.test(text[end]!)) continue; // "2.5", "U.S.-led"
    const next = /\S/.exec(text.slice(end, paragraph.end));
    if (next === null) continue;
    if (!/[A-Z0-9"'“‘(\u2022-]/.test(next[0])) continue;
    if (ch === "." && isAbbreviation(text, i)) continue;
    push(end);
    from = end;
  }
  push(paragraph.end);
  return out;
}

export function sentenceSpans(text: string, paragraphs: TextSpan[] = paragraphSpans(text)): SentenceSpan[] {
  return paragraphs.flatMap((p, index) => sentencesIn(text, p, index));
}
