/**
 * What a person types into the search box, made safe for both databases' full-text engines.
 * Nothing typed reaches either engine's query syntax: the text is cut into words (letters and
 * digits of any script), and only those words, quoted, are searched for — all of them. So
 * quotes, FTS operators (NEAR, OR, *, ^, :), SQL, emoji and right-to-left text are plain words
 * or nothing, never syntax.
 */

import { MAX_SEARCH_LENGTH } from "@/lib/schemas/search";

/** More words than this add nothing to a search and only cost time. */
export const MAX_SEARCH_TERMS = 12;
/** Longer "words" are cut: no word of an article is this long, and the engines index prefixes alike. */
const MAX_TERM_LENGTH = 60;

/** The words searched for, in order, lower case, without repeats. */
export function searchTerms(q: string): string[] {
  const words = q.slice(0, MAX_SEARCH_LENGTH).normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu) ?? [];
  const terms: string[] = [];
  for (const word of words) {
    const term = word.slice(0, MAX_TERM_LENGTH);
    if (!terms.includes(term)) terms.push(term);
    if (terms.length === MAX_SEARCH_TERMS) break;
  }
  return terms;
}

/**
 * An SQLite FTS5 MATCH expression: every term as a quoted string, implicitly ANDed. A term holds
 * only letters, digits and marks, so it cannot contain a double quote; the escape is kept anyway.
 */
export function fts5Match(terms: readonly string[]): string {
  return terms.map((t) => `"${t.replaceAll('"', '""')}"`).join(" ");
}

/** Text for PostgreSQL's plainto_tsquery: the terms, space-separated, which it ANDs. */
export function tsQueryText(terms: readonly string[]): string {
  return terms.join(" ");
}

/** Marks both engines put around a matched word in a snippet; they cannot occur in stored text (see stripMarks). */
export const HIT_START = "\u0002";
export const HIT_END = "\u0003";

/** Stored text never carries the marks, so a snippet's marks are the engine's. */
export function stripMarks(text: string): string {
  return text.replace(/[\u0002\u0003]/g, "");
}

export type SnippetPart = { text: string; hit: boolean };

/** A snippet with marked hits, as parts a page renders as text and <mark>. */
export function snippetParts(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let hit = false;
  let buffer = "";
  const flush = () => {
    if (buffer === "") return;
    const last = parts.at(-1);
    if (last && last.hit === hit) last.text += buffer;
    else parts.push({ text: buffer, hit });
    buffer = "";
  };
  for (const ch of marked) {
    if (ch === HIT_START || ch === HIT_END) {
      flush();
      hit = ch === HIT_START;
    } else buffer += ch;
  }
  flush();
  return parts;
}
