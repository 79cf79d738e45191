// Next.js's cache functions where no Next.js server runs: the unit and integration tests call
// route handlers, actions and commands directly. Cached reads run uncached there, and a write has
// no cache to expire. What the cache does is tested against real servers (e2e/instances.spec.ts)
// and through the shared tag handler (tests/integration/read-cache-handler.test.ts).
export function cacheLife(_profile: unknown): void {}
export function cacheTag(..._tags: string[]): void {}
export function revalidateTag(_tag: string, _profile?: unknown): void {}
export function revalidatePath(_path: string, _type?: unknown): void {}
