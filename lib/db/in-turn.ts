/**
 * Runs queries one after another and returns their results in order, like Promise.all. Inside a
 * transaction there is a single connection: queries sent together only queue on it, and
 * node-postgres warns that it will refuse a query while another is running.
 */
export async function inTurn<T extends unknown[]>(...steps: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
  const results: unknown[] = [];
  for (const step of steps) results.push(await step());
  return results as T;
}
