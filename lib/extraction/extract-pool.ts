// Extraction off the request thread. Extracting figures from a long article is seconds of pure
// computation (26 s at the 1,000,000-character limit), and on the server's own thread it would
// stall every other request for that long. A small pool of worker threads runs it instead; the
// server thread only hands over the text and waits.
import os from "node:os";
import path from "node:path";
import Tinypool from "tinypool";
import type { ExtractRequest, ExtractResponse } from "./extract-input";
import type { ExtractionContext } from "./taxonomy-context";

/**
 * Two threads even on two cores: a maximal extraction (tens of seconds) then still leaves one for
 * the review screen's small parts, and the OS shares the cores with the server thread.
 */
export const EXTRACTION_THREADS = Math.max(2, Math.min(4, os.availableParallelism() - 1));

const globalForPool = globalThis as unknown as { extractionPool?: Tinypool };

function pool(): Tinypool {
  globalForPool.extractionPool ??= new Tinypool({
    // Resolved at run time from the project root (where `next start` and the tests run), so the
    // bundler leaves the worker file alone.
    filename: path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "extraction", "extract-worker.mjs"),
    minThreads: 0,
    maxThreads: EXTRACTION_THREADS,
    // A worker is kept a while after its last task: loading the extractor takes about a second.
    idleTimeout: 5 * 60_000,
  });
  return globalForPool.extractionPool;
}

/**
 * Runs the extractor on a validated request in a worker thread. When `signal` aborts (the client
 * went away), the pool ends that thread rather than finish work nobody will read.
 */
export async function extractInWorker(request: ExtractRequest, context: ExtractionContext, signal?: AbortSignal): Promise<ExtractResponse> {
  // The world index (171,000 places) is not copied to the thread for every call: the thread loads
  // its own copy once, from the same package.
  const { worldPlaces, ...rest } = context;
  return (await pool().run({ request, context: rest, withWorldPlaces: Boolean(worldPlaces) }, { signal })) as ExtractResponse;
}

/** Ends the worker threads (tests and scripts that must exit). */
export async function closeExtractionPool(): Promise<void> {
  const current = globalForPool.extractionPool;
  globalForPool.extractionPool = undefined;
  await current?.destroy();
}
