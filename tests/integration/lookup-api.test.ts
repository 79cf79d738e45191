// The picker searches as a client calls them: GET /api/v1/places and /api/v1/actors, public reads
// that answer a page of matches, and 422 naming the field for a query they cannot take.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useDb } from "@/lib/db/client";
import { loadSeeds } from "@/lib/seed/load-seeds";
import { readSeeds } from "@/lib/seed/read-seeds";
import { createSqliteTestDb, type TestDb } from "@/lib/testing/test-db";

const { GET: getPlaces } = await import("@/app/api/v1/places/route");
const { GET: getActors } = await import("@/app/api/v1/actors/route");
const { GET: getOutlets } = await import("@/app/api/v1/outlets/route");
const { actorNamedIn } = await import("@/lib/data/lookup");

let t: TestDb;
beforeAll(async () => {
  t = await createSqliteTestDb();
  useDb(t.db);
  await loadSeeds(t.db, readSeeds());
}, 120_000);
afterAll(async () => {
  await t?.drop();
});

const call = async (handler: (r: Request) => Promise<Response>, query: string) => {
  const response = await handler(new Request(`http://localhost/api/v1/x?${query}`));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe("picker searches", () => {
  it("answer a visitor with the matches, start of name first", async () => {
    expect(await call(getPlaces, "q=nangar")).toEqual({ status: 200, body: { items: [{ slug: "nangarhar", name: "Nangarhar Province", detail: "province in Afghanistan" }] } });
    const actors = await call(getActors, "q=stimson&limit=5");
    expect(actors.status).toBe(200);
    expect((actors.body.items as Array<{ slug: string }>).map((a) => a.slug)).toEqual(["stimson-center", "kawa-hassan"]);
  });

  it.each([
    ["q=", "q", "Type at least one letter to search."],
    ["q=%20%20", "q", "Type at least one letter to search."],
    [`q=${"a".repeat(101)}`, "q", "Search with at most 100 characters."],
    ["q=iraq&limit=0", "limit", "The limit is at least 1."],
    ["q=iraq&limit=500", "limit", "The limit is at most 25."],
    ["q=iraq&limit=ten", "limit", undefined],
    ["q=iraq&after=iraq", "after", undefined],
    ["q=iraq&colour=red", "colour", undefined],
  ])("refuse %j with 422 naming %s", async (query, field, message) => {
    for (const handler of [getPlaces, getActors, getOutlets]) {
      const { status, body } = await call(handler, query);
      expect(status).toBe(422);
      const fields = body.fields as Record<string, string>;
      expect(Object.keys(fields)).toEqual([field]);
      if (message) expect(fields[field]).toBe(message);
    }
  });
});

describe("the outlet picker", () => {
  it("finds news outlets only", async () => {
    const outlets = await call(getOutlets, "q=shaf");
    expect((outlets.body.items as Array<{ slug: string }>).map((a) => a.slug)).toEqual(["shafaq-news"]);
    expect((await call(getOutlets, "q=stimson")).body.items).toEqual([]);
    expect((await call(getActors, "q=stimson")).body.items).not.toEqual([]);
  });
});

describe("the actor an attribution phrase names", () => {
  it.each([
    ["according to the Syrian Democratic Forces (SDF)", "sdf"],
    ["a CENTCOM statement said", "centcom"],
    ["The Wall-Street Journal reported", "wall-street-journal"],
    ["Kawa Hassan, Stimson Center, told reporters", "kawa-hassan"],
    ["said Brig. Gen. Ali al-Hassan, spokesman of northeast Syria's internal security forces", "ali-al-hassan"],
  ])("%j names %s, the longest name it holds whole", async (phrase, slug) => {
    expect(await actorNamedIn(phrase)).toBe(slug);
  });

  it("names nobody for an unnamed source, or a name inside a longer word", async () => {
    expect(await actorNamedIn("US officials (unnamed) said")).toBeNull();
    expect(await actorNamedIn("the CNNs of this world")).toBeNull();
    expect(await actorNamedIn("")).toBeNull();
  });
});
