// The cache handler of "use cache" (next.config.ts `cacheHandlers.default`), loaded by the Next.js
// server itself, outside the bundle. Entries stay in this process's memory (Next.js's own LRU
// handler); what is shared is when a tag expired:
// - on SQLite (one instance, the default) it is Next.js's handler as it is: nothing else runs;
// - on PostgreSQL, every instance LISTENs on one channel, and a tag a write expires here is sent
//   to the others with NOTIFY, which PostgreSQL delivers at once. While the listening connection is
//   down, this instance serves nothing from the cache (a notice may be missed), reconnects, and
//   then ignores every entry stored before it listened again. Decision 0018.
import crypto from "node:crypto";
import { createRequire } from "node:module";
import pg from "pg";

const require = createRequire(import.meta.url);
const { createDefaultCacheHandler } = require("next/dist/server/lib/cache-handlers/default.js");

export const CHANNEL = "figure_ledger_cache_tags";
/** NOTIFY takes at most 8,000 bytes; tags go in several notices past this. */
const PAYLOAD_BYTES = 7000;
const RECONNECT_MS = { first: 100, max: 5000 };
const HEARTBEAT_MS = 5000;
const MEMORY_BYTES = 50 * 1024 * 1024;

const now = () => Math.round(performance.timeOrigin + performance.now());

/** Tags split into NOTIFY payloads under the size limit. */
export function payloads(origin, tags) {
  const out = [];
  let batch = [];
  for (const tag of tags) {
    if (batch.length > 0 && Buffer.byteLength(JSON.stringify({ origin, tags: [...batch, tag] })) > PAYLOAD_BYTES) {
      out.push(JSON.stringify({ origin, tags: batch }));
      batch = [];
    }
    batch.push(tag);
  }
  if (batch.length > 0) out.push(JSON.stringify({ origin, tags: batch }));
  return out;
}

/** Next.js's in-memory handler, with tag expirations shared through PostgreSQL LISTEN/NOTIFY. */
export function createSharedTagsHandler(connectionString, local = createDefaultCacheHandler(MEMORY_BYTES)) {
  const origin = crypto.randomUUID();
  let client = null;
  let listening = false;
  /** When this instance last started listening: older entries may have missed a notice. */
  let listeningSince = Infinity;
  let delay = RECONNECT_MS.first;
  let heartbeat = null;
  const unsent = [];
  let closed = false;

  async function send(tags) {
    unsent.push(...payloads(origin, tags));
    if (!listening || !client) return;
    const current = client;
    while (unsent.length > 0 && current === client) {
      try {
        await current.query("SELECT pg_notify($1, $2)", [CHANNEL, unsent[0]]);
        unsent.shift();
      } catch {
        lost(current);
        return;
      }
    }
  }

  function lost(which) {
    if (which !== client) return;
    if (listening && !closed) console.warn("Read cache: lost the PostgreSQL connection that shares expirations; reading past the cache until it is back.");
    listening = false;
    client = null;
    clearInterval(heartbeat);
    which.end().catch(() => undefined);
    if (closed) return;
    setTimeout(connect, delay).unref();
    delay = Math.min(delay * 2, RECONNECT_MS.max);
  }

  async function connect() {
    const next = new pg.Client({ connectionString, keepAlive: true, query_timeout: HEARTBEAT_MS, application_name: "figure-ledger cache tags" });
    client = next;
    next.on("error", () => lost(next));
    next.on("end", () => lost(next));
    next.on("notification", (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        const notice = JSON.parse(message.payload);
        if (notice.origin !== origin && Array.isArray(notice.tags)) void local.updateTags(notice.tags.filter((t) => typeof t === "string"));
      } catch {
        // Not one of ours: ignore it.
      }
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
    } catch {
      lost(next);
      return;
    }
    if (next !== client) return;
    listening = true;
    listeningSince = now();
    delay = RECONNECT_MS.first;
    // A connection that died without closing (a cut network) shows on the next query.
    heartbeat = setInterval(() => next.query("SELECT 1").catch(() => lost(next)), HEARTBEAT_MS);
    heartbeat.unref();
    void send([]);
  }

  void connect();

  return {
    async get(cacheKey, softTags) {
      if (!listening) return undefined;
      const entry = await local.get(cacheKey, softTags);
      return entry && entry.timestamp >= listeningSince ? entry : undefined;
    },
    async set(cacheKey, pendingEntry) {
      if (!listening) return;
      return local.set(cacheKey, pendingEntry);
    },
    refreshTags: () => local.refreshTags(),
    getExpiration: (tags) => local.getExpiration(tags),
    async updateTags(tags, durations) {
      await local.updateTags(tags, durations);
      await send(tags);
    },
    /** Whether notices are being received now. */
    get listening() {
      return listening;
    },
    /** Stops listening for good (tests). */
    async close() {
      closed = true;
      if (client) lost(client);
    },
  };
}

const url = process.env.DATABASE_URL ?? "";
const handler = /^postgres(ql)?:\/\//.test(url) ? createSharedTagsHandler(url) : createDefaultCacheHandler(MEMORY_BYTES);

export default handler;
