import type { Db } from "@/lib/db/client";
import { makeClaim, makeSource } from "./factories";

/** An article whose text carries markup, to prove that the reader shows it as text and runs nothing. */
export const MARKUP_ARTICLE = [
  "Markup test: this article quotes raw HTML.",
  'An agency said <script>window.__ledgerInjected = true; document.title = "pwned";</script> that 7 <b>suspects</b> were held.',
  "<img src=x onerror=\"window.__ledgerInjected = true\"> A further line of plain text.",
].join("\n\n");

export async function loadE2eFixtures(db: Db) {
  const existing = await db.source.findFirst({ where: { title: "Markup fixture" }, select: { id: true } });
  if (existing) return;
  const sourceId = await makeSource(db, MARKUP_ARTICLE, { title: "Markup fixture" });
  await makeClaim(db, {
    sourceId,
    metricSlug: "isis-members-captured",
    placeSlug: "syria",
    quote: "that 7 <b>suspects</b> were held",
    surface: "7",
    value: { qualifier: "exact", best: "7" },
  });
}
