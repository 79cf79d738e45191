// Atom feeds on SQLite: the newest figures of a filtered view, and new conflicts, as a feed
// reader gets them; a bad filter is refused like everywhere else.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useDb } from "@/lib/db/client";
import { listClaims } from "@/lib/data/claim-list";
import { loadSeeds } from "@/lib/seed/load-seeds";
import { readSeeds } from "@/lib/seed/read-seeds";
import { addKabulAirportReport } from "@/lib/testing/e2e-fixtures";
import { createSqliteTestDb, type TestDb } from "@/lib/testing/test-db";

const claimsFeed = await import("@/app/feeds/claims.atom/route");
const conflictsFeed = await import("@/app/feeds/conflicts.atom/route");

const entries = (xml: string) => [...xml.matchAll(/<entry>[\s\S]*?<link href="([^"]+)"/g)].map((m) => m[1]);

describe("Atom feeds", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createSqliteTestDb();
    useDb(t.db);
    await loadSeeds(t.db, readSeeds());
    await addKabulAirportReport(t.db); // 13 killed against the seeds' 11: a conflict
  }, 120_000);
  afterAll(async () => {
    await t?.drop();
  });

  it("give the newest figures of a place, newest first, each linking to its claim", async () => {
    const response = await claimsFeed.GET(new Request("http://ledger.test/feeds/claims.atom?place=syria"));
    expect(response.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    const xml = await response.text();
    expect(xml).toMatch(/^<\?xml[\s\S]*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
    expect(xml).toContain("<title>Figure Ledger: New figures: place syria</title>");
    const { rows } = await listClaims({ place: "syria" }, { limit: 50 });
    expect(entries(xml)).toEqual(rows.map((r) => `http://ledger.test/claims/${r.id}`));
  });

  it("give the conflicts, and refuse a bad filter", async () => {
    const conflicts = await t.db.agreementGroup.count({ where: { verdict: "conflicting" } });
    expect(conflicts).toBeGreaterThan(0);
    const xml = await (await conflictsFeed.GET(new Request("http://ledger.test/feeds/conflicts.atom"))).text();
    expect(entries(xml)).toHaveLength(Math.min(conflicts, 50));
    expect((await claimsFeed.GET(new Request("http://ledger.test/feeds/claims.atom?metric=nothing-like-it"))).status).toBe(422);
    expect((await conflictsFeed.GET(new Request("http://ledger.test/feeds/conflicts.atom?x=1"))).status).toBe(422);
  });
});
