// SQLite builds allow as few as 999 bound parameters in one statement.
const CHUNK = 900;

/** Runs a query over ids in chunks, so that no statement exceeds the databases' parameter limits. */
export async function inChunks<T>(ids: number[], query: (chunk: number[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await query(ids.slice(i, i + CHUNK))));
  return out;
}
