/** One field that differs between two revisions, by its dotted path ("value.best"). */
export type FieldChange = { path: string; before: string | null; after: string | null };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function flatten(value: Json, prefix: string, out: Map<string, string | null>) {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
    return;
  }
  out.set(prefix, value === null ? null : typeof value === "string" ? value : JSON.stringify(value));
}

/**
 * What changed from one revision snapshot to the next, field by field, in a stable order.
 * Arrays (an attribution chain) compare as a whole.
 */
export function diffSnapshots(before: string | null, after: string): FieldChange[] {
  const a = new Map<string, string | null>();
  const b = new Map<string, string | null>();
  if (before !== null) flatten(JSON.parse(before) as Json, "", a);
  flatten(JSON.parse(after) as Json, "", b);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths
    .filter((p) => (a.get(p) ?? null) !== (b.get(p) ?? null))
    .map((p) => ({ path: p, before: a.get(p) ?? null, after: b.get(p) ?? null }));
}
