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
