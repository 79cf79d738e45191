/**
 * The form in which place and actor names are searched: what a person types should find the
 * name whatever its accents, case and punctuation ("cote d ivoire" finds "Côte d'Ivoire").
 * Stored beside the name (`searchKey`), so that a prefix of it is one range of an index.
 */
export function searchKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * The largest key that starts with `prefix`: keys `k` with prefix ≤ k < searchKeyUpperBound(prefix)
 * are exactly those that start with it, in byte order (SQLite's default, and COLLATE "C" on
 * PostgreSQL).
 */
export function searchKeyUpperBound(prefix: string): string {
  return `${prefix}\u{10FFFF}`;
}

/**
 * Every run of up to `maxWords` consecutive words of a phrase, as search keys: the names a phrase
 * can contain whole ("according to the SDF's media office" holds "sdf", "sdf s media office", …).
 * Looking these up in the searchKey index finds the names a phrase mentions without reading every name.
 */
export function phraseKeys(phrase: string, maxWords = 8): string[] {
  const words = searchKey(phrase).split(" ").filter(Boolean);
  const keys = new Set<string>();
  for (let i = 0; i < words.length; i += 1) {
    for (let n = 1; n <= maxWords && i + n <= words.length; n += 1) keys.add(words.slice(i, i + n).join(" "));
  }
  return [...keys];
}
