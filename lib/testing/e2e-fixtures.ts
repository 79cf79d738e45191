import "server-only";
import { createUser } from "@/lib/auth/users";
import type { Db } from "@/lib/db/client";
import { makeClaim, makeSource } from "./factories";

/** An article whose text carries markup, to prove that the reader shows it as text and runs nothing. */
export const MARKUP_ARTICLE = [
  "Markup test: this article quotes raw HTML.",
  'An agency said <script>window.__ledgerInjected = true; document.title = "pwned";</script> that 7 <b>suspects</b> were held.',
  "<img src=x onerror=\"window.__ledgerInjected = true\"> A further line of plain text.",
].join("\n\n");

export const KABUL_REPORT_TITLE = "Pentagon names the 13 killed at Kabul airport";

/**
 * A second source on the Kabul airport bombing that says 13 U.S. service members were killed, where
 * the seeds say 11: the ledger must show a conflict naming both figures and both origins.
 */
export async function addKabulAirportReport(db: Db): Promise<number> {
  const text = "Thirteen U.S. service members were killed in the Kabul airport bombing on 26 August 2021, the Pentagon said.";
  const sourceId = await makeSource(db, text, { title: KABUL_REPORT_TITLE, outletSlug: "new-york-times", publishedAt: "2021-08-27" });
  return makeClaim(db, {
    sourceId,
    metricSlug: "us-service-members-killed",
    placeSlug: "kabul-airport",
    quote: "Thirteen U.S. service members were killed in the Kabul airport bombing on 26 August 2021",
    surface: "Thirteen",
    value: { qualifier: "exact", best: "13" },
    period: { start: "2021-08-26", end: "2021-08-26", label: "26 August 2021" },
  });
}

export async function loadE2eFixtures(db: Db) {
  const existing = await db.source.findFirst({ where: { title: "Markup fixture" }, select: { id: true } });
  if (existing) return;
  const sourceId = await makeSource(db, MARKUP_ARTICLE, { title: "Markup fixture" });
  await makeClaim(db, {
    sourceId,
    metricSlug: "isis-members-captured",
    // A place no other figure for this metric names, so the fixture stays out of the seeds' groups.
    placeSlug: "libya",
    quote: "that 7 <b>suspects</b> were held",
    surface: "7",
    value: { qualifier: "exact", best: "7" },
  });
  await addKabulAirportReport(db);
  await addE2eUsers();
}

/** The accounts the end-to-end tests sign in with (e2e/auth.spec.ts). */
export const E2E_USERS = {
  editor: { email: "editor@example.test", name: "E2E Editor", role: "editor" },
  admin: { email: "admin@example.test", name: "E2E Admin", role: "admin" },
} as const;
export const E2E_PASSWORD = "correct-horse-battery-staple";

async function addE2eUsers() {
  for (const user of Object.values(E2E_USERS)) await createUser({ ...user, password: E2E_PASSWORD });
}
