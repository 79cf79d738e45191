// `npm run bench:lookup`: how long the place and actor pickers' searches take when the ledger
// holds many places and actors, on SQLite and on PostgreSQL. Prints medians and 95th percentiles,
// and ratios against a lookup by slug (one unique-index read) measured in the same run.
//
//   npm run bench:lookup -- --places 100000 --queries 300 [--sqlite-only]
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { useDb as setCurrentDb, type Db } from "@/lib/db/client";
import { placeBySlug, searchActors, searchPlaces } from "@/lib/data/lookup";
import { searchKey } from "@/lib/domain/search-key";
import { loadSeeds } from "@/lib/seed/load-seeds";
import { readSeeds } from "@/lib/seed/read-seeds";
import { quantile, random } from "@/lib/testing/synthetic-ledger";
import { createPostgresTestDb, createSqliteTestDb, type TestDb } from "@/lib/testing/test-db";

const { values: args } = parseArgs({
  options: {
    places: { type: "string", default: "100000" },
    queries: { type: "string", default: "300" },
    seed: { type: "string", default: "11" },
    "sqlite-only": { type: "boolean", default: false },
  },
});
const COUNT = Number(args.places);
const QUERIES = Number(args.queries);

const SYLLABLES = ["ka", "bu", "lan", "der", "mo", "sar", "ti", "vel", "gor", "an", "ri", "zu", "pe", "hal", "nor", "qa", "mir", "dos", "el", "yan"];
const SUFFIXES = ["Province", "District", "Governorate", "City", "Camp", "Valley", "Region", "Airport", "Crossing", "Base"];
const PREFIXES = ["", "", "", "North ", "South ", "East ", "West ", "Upper ", "Al-"];

/** Place-like and actor-like names: "North Kabuder District", "Lanmo Brigade". */
function names(count: number, rand: () => number, tail: string[]): string[] {
  const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  return Array.from({ length: count }, () => {
    const word = Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(SYLLABLES)).join("");
    return `${pick(PREFIXES)}${word[0]!.toUpperCase()}${word.slice(1)} ${pick(tail)}`;
  });
}

async function fill(db: Db, rand: () => number) {
  const placeNames = names(COUNT, rand, SUFFIXES);
  const actorNames = names(COUNT, rand, ["Brigade", "Ministry", "Agency", "Front", "Tribune", "Herald", "Council", "Monitor"]);
  for (let i = 0; i < COUNT; i += 5_000) {
    await db.place.createMany({
      data: placeNames.slice(i, i + 5_000).map((name, j) => ({ slug: `bench-place-${i + j}`, name, searchKey: searchKey(name), kind: "province" as const })),
    });
    await db.actor.createMany({
      data: actorNames.slice(i, i + 5_000).map((name, j) => ({ slug: `bench-actor-${i + j}`, name, searchKey: searchKey(name), kind: "armed_group" as const })),
    });
  }
  return { placeNames, actorNames };
}

async function sample(queries: string[], fn: (q: string) => Promise<unknown>): Promise<number[]> {
  for (const q of queries.slice(0, 20)) await fn(q); // warm the caches and the prepared statements
  const out: number[] = [];
  for (const q of queries) {
    const start = performance.now();
    await fn(q);
    out.push(performance.now() - start);
  }
  return out;
}

async function bench(label: string, create: () => Promise<TestDb>) {
  const t = await create();
  setCurrentDb(t.db);
  try {
    await loadSeeds(t.db, readSeeds());
    const rand = random(Number(args.seed));
    const started = performance.now();
    const { placeNames, actorNames } = await fill(t.db, rand);
    console.log(`\n${label}: ${COUNT.toLocaleString("en")} places and ${COUNT.toLocaleString("en")} actors added in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
    const slugs = Array.from({ length: QUERIES }, () => `bench-place-${Math.floor(rand() * COUNT)}`);
    // What a person types: the first 2 to 5 letters of a name, or of a later word of it.
    const prefixOf = (name: string) => searchKey(name).slice(0, 2 + Math.floor(rand() * 4));
    const laterWordOf = (name: string) => {
      const words = searchKey(name).split(" ");
      return words[words.length - 1]!.slice(0, 3 + Math.floor(rand() * 3));
    };
    const cases: Array<[string, string[], (q: string) => Promise<unknown>]> = [
      ["place by slug (baseline)", slugs, (s) => placeBySlug(s)],
      ["places, name start", Array.from({ length: QUERIES }, () => prefixOf(pick(placeNames))), (q) => searchPlaces(q, 10)],
      ["places, later word", Array.from({ length: QUERIES }, () => laterWordOf(pick(placeNames))), (q) => searchPlaces(q, 10)],
      ["places, no match", Array.from({ length: QUERIES }, (_, i) => `xq${i}`), (q) => searchPlaces(q, 10)],
      ["actors, name start", Array.from({ length: QUERIES }, () => prefixOf(pick(actorNames))), (q) => searchActors(q, 10)],
      ["actors, later word", Array.from({ length: QUERIES }, () => laterWordOf(pick(actorNames))), (q) => searchActors(q, 10)],
    ];
    let baseline = 0;
    console.log(`  ${"search".padEnd(26)} ${"median".padStart(9)} ${"p95".padStart(9)} ${"× baseline".padStart(11)}`);
    for (const [name, queries, fn] of cases) {
      const times = await sample(queries, fn);
      const median = quantile(times, 0.5);
      if (baseline === 0) baseline = median;
      console.log(`  ${name.padEnd(26)} ${`${median.toFixed(2)} ms`.padStart(9)} ${`${quantile(times, 0.95).toFixed(2)} ms`.padStart(9)} ${`${(median / baseline).toFixed(1)}×`.padStart(11)}`);
    }
  } finally {
    await t.drop();
  }
}

await bench("SQLite", () => createSqliteTestDb());
if (!args["sqlite-only"]) await bench("PostgreSQL", () => createPostgresTestDb());
