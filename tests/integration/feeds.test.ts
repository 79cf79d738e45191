// Atom feeds on SQLite: the newest figures of a filtered view, and new conflicts, as a feed
// reader gets them; a bad filter is refused like everywhere else.
import { xml2js, type Element } from "xml-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useDb } from "@/lib/db/client";
import { listClaims } from "@/lib/data/claim-list";
import { loadSeeds } from "@/lib/seed/load-seeds";
import { readSeeds } from "@/lib/seed/read-seeds";
import { addKabulAirportReport } from "@/lib/testing/e2e-fixtures";
import { createSqliteTestDb, type TestDb } from "@/lib/testing/test-db";

const claimsFeed = await import("@/app/feeds/claims.atom/route");
const conflictsFeed = await import("@/app/feeds/conflicts.atom/route");

/**
 * What RFC 4287 requires of a feed, checked on the parsed XML: the Atom namespace; one id, title and
 * updated (an RFC 3339 time) on the feed and on each entry; an author on the feed or on every entry;
 * each entry a link to its page; ids that are absolute IRIs; and each feed link rel="self".
 * Returns the problems found.
 */
function atomProblems(xml: string): string[] {
  const problems: string[] = [];
  const root = (xml2js(xml, { compact: false }) as Element).elements?.find((e) => e.type === "element");
  if (root?.name !== "feed" || root.attributes?.xmlns !== "http://www.w3.org/2005/Atom") return ["the root is not an Atom feed"];
  const children = (e: Element, name: string) => (e.elements ?? []).filter((c) => c.name === name);
  const textOf = (e: Element) => (e.elements ?? []).map((c) => c.text ?? c.cdata ?? "").join("");
  const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
  const one = (e: Element, name: string, where: string) => {
    const found = children(e, name);
    if (found.length !== 1) problems.push(`${where} has ${found.length} ${name} elements`);
    return found[0];
  };
  const common = (e: Element, where: string) => {
    const id = one(e, "id", where);
    if (id && !/^[a-z][a-z0-9+.-]*:/i.test(textOf(id))) problems.push(`${where} id is not an absolute IRI`);
    one(e, "title", where);
    const updated = one(e, "updated", where);
    if (updated && !rfc3339.test(textOf(updated))) problems.push(`${where} updated is not an RFC 3339 time: ${textOf(updated)}`);
  };
  common(root, "feed");
  if (!children(root, "link").some((l) => l.attributes?.rel === "self")) problems.push("feed has no self link");
  const entries = children(root, "entry");
  if (children(root, "author").length === 0 && entries.some((e) => children(e, "author").length === 0)) problems.push("an entry has no author and the feed has none");
  entries.forEach((entry, i) => {
    common(entry, `entry ${i + 1}`);
    if (!children(entry, "link").some((l) => (l.attributes?.rel ?? "alternate") === "alternate" && l.attributes?.href)) problems.push(`entry ${i + 1} has no link`);
  });
  return problems;
}

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
    expect(atomProblems(xml)).toEqual([]);
  });

  it("give a valid Atom feed per topic, metric and place, and for new conflicts", async () => {
    for (const query of ["topic=isis-strength", "metric=isis-fighters", "place=syria-and-iraq", "verdict=conflicting"]) {
      const xml = await (await claimsFeed.GET(new Request(`http://ledger.test/feeds/claims.atom?${query}`))).text();
      expect(entries(xml).length, query).toBeGreaterThan(0);
      expect(atomProblems(xml), query).toEqual([]);
    }
    const conflicts = await (await conflictsFeed.GET(new Request("http://ledger.test/feeds/conflicts.atom"))).text();
    expect(entries(conflicts).length).toBeGreaterThan(0);
    expect(atomProblems(conflicts)).toEqual([]);
    // The checker finds what it is for.
    expect(atomProblems(conflicts.replace(/<author>[\s\S]*?<\/author>/, ""))).not.toEqual([]);
    expect(atomProblems(conflicts.replace(/<updated>[^<]*<\/updated>/, "<updated>yesterday</updated>"))).toContain("feed updated is not an RFC 3339 time: yesterday");
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
