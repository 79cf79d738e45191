// The read cache's shared tag handler on the local PostgreSQL: a tag expired on one instance
// reaches the other through LISTEN/NOTIFY, and an instance whose listening connection is cut
// serves nothing from its cache until it listens again, then nothing stored before.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CacheEntry, CacheHandler } from "next/dist/server/lib/cache-handlers/types";
import { createSharedTagsHandler, payloads } from "@/lib/read-cache/shared-tags-handler.mjs";
import { createEmptyPostgresDb } from "@/lib/testing/test-db";

/** A stand-in for Next.js's in-memory handler that records the expirations it is told about. */
function recordingHandler() {
  const entries = new Map<string, CacheEntry>();
  const expired: string[][] = [];
  const handler: CacheHandler = {
    async get(key) {
      return entries.get(key);
    },
    async set(key, pending) {
      entries.set(key, await pending);
    },
    async refreshTags() {},
    async getExpiration() {
      return 0;
    },
    async updateTags(tags) {
      expired.push(tags);
    },
  };
  return { handler, expired };
}

function entry(timestamp: number): CacheEntry {
  return { value: new ReadableStream(), tags: ["claim:1"], stale: 0, timestamp, expire: 3600, revalidate: 3600 };
}

let database: Awaited<ReturnType<typeof createEmptyPostgresDb>>;
beforeAll(async () => {
  database = await createEmptyPostgresDb();
});
afterAll(async () => {
  await database?.drop();
});

async function cutListeners(url: string) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'figure-ledger cache tags'");
    return rowCount;
  } finally {
    await admin.end();
  }
}

describe("shared tag handler", () => {
  it("splits many tags into notices PostgreSQL accepts", () => {
    const tags = Array.from({ length: 2000 }, (_, i) => `claim:${i}`);
    const notices = payloads("o", tags);
    expect(notices.length).toBeGreaterThan(1);
    expect(notices.every((n) => Buffer.byteLength(n) <= 7000)).toBe(true);
    expect(notices.flatMap((n) => (JSON.parse(n) as { tags: string[] }).tags)).toEqual(tags);
  });

  it("passes a tag expired on one instance to the other, and not back to itself", async () => {
    const a = recordingHandler();
    const b = recordingHandler();
    const onA = createSharedTagsHandler(database.url, a.handler);
    const onB = createSharedTagsHandler(database.url, b.handler);
    await expect.poll(() => onA.listening && onB.listening, { timeout: 10_000 }).toBe(true);
    await onA.updateTags(["claim:1", "metric:deaths"], { expire: 0 });
    expect(a.expired).toEqual([["claim:1", "metric:deaths"]]);
    await expect.poll(() => b.expired).toEqual([["claim:1", "metric:deaths"]]);
    expect(a.expired).toHaveLength(1);
    await Promise.all([onA.close(), onB.close()]);
  });

  it("reads past its cache while the connection is down, reconnects, and drops what it stored before", async () => {
    const b = recordingHandler();
    const onB = createSharedTagsHandler(database.url, b.handler);
    await expect.poll(() => onB.listening, { timeout: 10_000 }).toBe(true);
    await onB.set("k", Promise.resolve(entry(Date.now())));
    expect(await onB.get("k", [])).toBeDefined();

    expect(await cutListeners(database.url)).toBeGreaterThan(0);
    await expect.poll(() => onB.listening).toBe(false);
    expect(await onB.get("k", [])).toBeUndefined();

    await expect.poll(() => onB.listening, { timeout: 10_000 }).toBe(true);
    expect(await onB.get("k", [])).toBeUndefined();
    await onB.set("k2", Promise.resolve(entry(Date.now())));
    expect(await onB.get("k2", [])).toBeDefined();

    // A notice sent after the reconnection arrives.
    const a = createSharedTagsHandler(database.url, recordingHandler().handler);
    await expect.poll(() => a.listening, { timeout: 10_000 }).toBe(true);
    await a.updateTags(["source:4"]);
    await expect.poll(() => b.expired).toEqual([["source:4"]]);
    await Promise.all([a.close(), onB.close()]);
  });
});
