// A group too large to draw whole, as its page shows it: a timeline of a sample of its figures, and
// every figure in a table, a page at a time. Rendered from a real SQLite ledger.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TIMELINE_FIGURES } from "@/components/agreement/group-card";
import { useDb } from "@/lib/db/client";
import { listMetricGroups } from "@/lib/data/agreement";
import { loadSeeds } from "@/lib/seed/load-seeds";
import { readSeeds } from "@/lib/seed/read-seeds";
import { makeClaim, makeSource } from "@/lib/testing/factories";
import { createSqliteTestDb, type TestDb } from "@/lib/testing/test-db";

// The page's cite box names the site's address; outside a request it comes from the configuration.
process.env.BETTER_AUTH_URL ??= "http://ledger.test";
const { default: GroupPage } = await import("@/app/groups/[id]/page");

const FIGURES = 60;
let t: TestDb;
let groupId: number;

beforeAll(async () => {
  t = await createSqliteTestDb();
  useDb(t.db);
  await loadSeeds(t.db, readSeeds());
  // Sixty reports of car bombs in Marawi over one month, each from its own article.
  for (let i = 1; i <= FIGURES; i += 1) {
    const text = `Officials said ${100 + i} car bombs were found in Marawi in March 2019 (report ${i}).`;
    const sourceId = await makeSource(t.db, text, { title: `Marawi report ${i}`, publishedAt: "2019-04-01" });
    await makeClaim(t.db, {
      sourceId,
      metricSlug: "isis-fighters",
      placeSlug: "marawi",
      quote: text,
      surface: String(100 + i),
      value: { qualifier: "exact", best: String(100 + i) },
      period: { start: "2019-03-01", end: "2019-03-31", label: "March 2019" },
    });
  }
  const metric = await t.db.metric.findUniqueOrThrow({ where: { slug: "isis-fighters" } });
  const groups = await listMetricGroups(metric.id, undefined, 50);
  groupId = groups.rows.find((g) => g.place.name === "Marawi")!.id;
}, 120_000);

afterAll(async () => {
  await t?.drop();
});

const render = async (query: Record<string, string>) =>
  renderToStaticMarkup(createElement("main", null, await GroupPage({ params: Promise.resolve({ id: String(groupId) }), searchParams: Promise.resolve(query) })));

describe("the page of a large group", () => {
  it("draws a sample of its figures and says so", async () => {
    const html = await render({});
    expect(html).toContain(`${TIMELINE_FIGURES} of the ${FIGURES} figures drawn`);
    expect(html).toContain(`1–25 of ${FIGURES}`);
    expect(html).toContain(`href="/groups/${groupId}?page=2"`);
    expect(html).not.toContain("Earlier figures");
  });

  it("lists every figure a page at a time, and keeps an out-of-range page in range", async () => {
    const last = await render({ page: "3" });
    expect(last).toContain(`51–60 of ${FIGURES}`);
    expect(last).toContain(`href="/groups/${groupId}?page=2"`);
    expect(last).not.toContain("Later figures");
    expect(await render({ page: "99" })).toContain(`51–60 of ${FIGURES}`);
    expect(await render({ page: "zero" })).toContain(`1–25 of ${FIGURES}`);
  });
});
