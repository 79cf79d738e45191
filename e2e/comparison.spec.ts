// An analyst adds figures from real articles and reads the comparisons as a person would: counts
// over partly overlapping periods are not called a conflict, a plan is drawn apart from what was
// observed, an origin that corrects itself is "revised", and a group link shared before a merge
// still leads to the figures it showed.
import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";

test.beforeEach(async ({ page }) => {
  // The login limit is per client address; each test presents its own (see e2e/auth.spec.ts).
  const [a, b, c] = crypto.randomBytes(3);
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.${a}.${b}.${c}` });
  await page.goto("/login?next=%2Fsources");
  await page.getByLabel("Email").fill("editor@example.test");
  await page.getByLabel("Password").fill("correct-horse-battery-staple");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/sources$/);
});

/** Adds an article through the intake form and returns its id. */
async function addSource(page: Page, title: string, published: string, text: string): Promise<string> {
  await page.goto("/sources/new");
  const desk = crypto.randomUUID().slice(0, 8);
  await page.getByLabel("Title").fill(`${title} ${desk}`);
  await page.getByLabel("Publication date").fill(published);
  await page.getByLabel("Full text").fill(`${text}\n\nFiled by desk ${desk.replace(/\d/g, "x")}.`);
  await page.getByRole("button", { name: "Save and review its figures" }).click();
  await expect(page).toHaveURL(/\/sources\/\d+\/review$/, { timeout: 30_000 });
  return /\/sources\/(\d+)\/review$/.exec(page.url())![1]!;
}

type Figure = {
  quote: string;
  surface: string;
  metric: string;
  place: string;
  qualifier?: string;
  best?: string;
  high?: string;
  vagueTerm?: string;
  from?: string;
  to?: string;
  modality?: "Observed" | "Planned" | "Projected";
  change?: string;
  attribution?: string;
};

/** Adds one claim through the claim form and returns the claim page's address. */
async function addClaim(page: Page, sourceId: string, f: Figure): Promise<string> {
  const params = new URLSearchParams({ source: sourceId, place: f.place, ...(f.attribution ? { attribution: f.attribution } : {}) });
  await page.goto(`/claims/new?${params.toString()}`);
  await page.getByLabel("Quote").fill(f.quote);
  await page.getByLabel("The figure as written").fill(f.surface);
  await page.getByLabel("Metric", { exact: true }).selectOption(f.metric);
  if (f.qualifier) await page.getByLabel("Qualifier").selectOption(f.qualifier);
  if (f.best) await page.getByLabel("Best").fill(f.best);
  if (f.high) await page.getByLabel("High").fill(f.high);
  if (f.vagueTerm) await page.getByLabel("Vague term").fill(f.vagueTerm);
  if (f.from) await page.getByLabel("From").fill(f.from);
  if (f.to) await page.getByLabel("To", { exact: true }).fill(f.to);
  if (f.modality) await page.getByLabel("Modality").selectOption({ label: f.modality });
  if (f.change) await page.getByLabel("The plan moves the level").selectOption({ label: f.change });
  await page.getByRole("button", { name: "Add the claim" }).click();
  await expect(page).toHaveURL(/\/claims\/\d+$/, { timeout: 30_000 });
  return page.url();
}

/** From a claim's page to its group's page. */
async function openGroup(page: Page, claimUrl: string): Promise<string> {
  await page.goto(claimUrl);
  await page.getByRole("link", { name: "The group of comparable figures" }).click();
  await expect(page).toHaveURL(/\/groups\/\d+$/, { timeout: 30_000 });
  return page.url();
}

test("3 strikes in January–July and dozens over a later year are not a conflict", async ({ page }) => {
  test.setTimeout(180_000);
  const text =
    "U.S. forces carried out 3 strikes on ISIS targets in Deir ez-Zor between January and July 2024. " +
    "Over the following year, from 19 April 2024 to 19 April 2025, dozens of strikes were reported in the province.";
  const sourceId = await addSource(page, "Strikes in Deir ez-Zor", "2025-04-20", text);
  const base = { metric: "airstrikes-conducted", place: "deir-ez-zor" };
  await addClaim(page, sourceId, { ...base, quote: "U.S. forces carried out 3 strikes on ISIS targets in Deir ez-Zor between January and July 2024.", surface: "3", best: "3", from: "2024-01-01", to: "2024-07-31" });
  const second = await addClaim(page, sourceId, {
    ...base,
    quote: "from 19 April 2024 to 19 April 2025, dozens of strikes were reported in the province.",
    surface: "dozens",
    qualifier: "vague",
    vagueTerm: "dozens",
    from: "2024-04-19",
    to: "2025-04-19",
  });
  await openGroup(page, second);
  const card = page.locator("section[id^=group-]");
  await expect(card).toContainText("Not comparable");
  await expect(card).toContainText("overlap only in part");
  await expect(card).toContainText("“dozens” read as 24–99 strikes");
  await expect(card).not.toContainText("Conflicting");

  await page.goto("/conflicts");
  await expect(page.getByRole("main")).not.toContainText("Deir ez-Zor");
});

test("a planned figure is drawn apart, and the level it implies is compared", async ({ page }) => {
  test.setTimeout(180_000);
  const text =
    "The United States plans to reduce its troops in Syria to fewer than 1,000 in the coming months, officials said. " +
    "About 2,000 U.S. troops are in Syria now.";
  const sourceId = await addSource(page, "US drawdown in Syria", "2025-04-18", text);
  const base = { metric: "us-troops-deployed", place: "syria" };
  await addClaim(page, sourceId, { ...base, quote: "About 2,000 U.S. troops are in Syria now.", surface: "About 2,000", qualifier: "approximately", best: "2000", from: "2025-04-18", to: "2025-04-18" });
  const plan = await addClaim(page, sourceId, {
    ...base,
    quote: "The United States plans to reduce its troops in Syria to fewer than 1,000 in the coming months",
    surface: "fewer than 1,000",
    qualifier: "fewer_than",
    high: "1000",
    modality: "Planned",
    change: "Down (reduce to)",
  });
  await expect(page.getByText("Planned (a target or announced plan)")).toBeVisible();
  await openGroup(page, plan);
  const card = page.locator("section[id^=group-]");
  await expect(card).toContainText("Shown apart, not compared with what was observed");
  await expect(card).not.toContainText("Conflicting");
  // Drawn hollow and labelled on the chart, and marked in the table.
  const planId = /\/claims\/(\d+)$/.exec(plan)![1]!;
  await expect(card.locator(`g[data-mark="${planId}"][data-modality="planned"]`).first()).toBeAttached();
  await expect(card.locator(`g[data-mark="p${planId}"]`).first()).toBeAttached();
  await expect(card.getByText("· planned").first()).toBeAttached();
});

test("11 and then 13 from one origin read as a revision", async ({ page }) => {
  test.setTimeout(180_000);
  const base = { metric: "isis-members-killed", place: "kirkuk", attribution: "centcom", from: "2024-06-10", to: "2024-06-10" };
  const first = await addSource(page, "CENTCOM raid, first report", "2024-06-10", "CENTCOM said 11 ISIS members were killed in a raid near Kirkuk on 10 June 2024.");
  await addClaim(page, first, { ...base, quote: "CENTCOM said 11 ISIS members were killed in a raid near Kirkuk on 10 June 2024.", surface: "11", best: "11" });
  const second = await addSource(page, "CENTCOM raid, update", "2024-06-12", "CENTCOM now says 13 ISIS members were killed in the raid near Kirkuk on 10 June 2024.");
  const later = await addClaim(page, second, { ...base, quote: "CENTCOM now says 13 ISIS members were killed in the raid near Kirkuk on 10 June 2024.", surface: "13", best: "13" });
  await openGroup(page, later);
  const card = page.locator("section[id^=group-]");
  await expect(card.getByText("Revised", { exact: true }).first()).toBeVisible();
  await expect(card).toContainText("gave 11 (10 Jun 2024), then 13 (10 Jun 2024)");
  await expect(card).not.toContainText("Conflicting");
});

test("an old group address leads to the merged group", async ({ page }) => {
  test.setTimeout(180_000);
  const text =
    "Officials said 40 people were kidnapped in Hasakah in May 2024. " +
    "In Raqqa, 12 people were kidnapped in May 2024. " +
    "Across Syria, 70 people were kidnapped in May 2024.";
  const sourceId = await addSource(page, "Kidnappings in May", "2024-06-02", text);
  const base = { metric: "people-kidnapped", from: "2024-05-01", to: "2024-05-31" };
  const hasakah = await addClaim(page, sourceId, { ...base, place: "hasakah", quote: "Officials said 40 people were kidnapped in Hasakah in May 2024.", surface: "40", best: "40" });
  const raqqa = await addClaim(page, sourceId, { ...base, place: "raqqa", quote: "In Raqqa, 12 people were kidnapped in May 2024.", surface: "12", best: "12" });
  const hasakahGroup = await openGroup(page, hasakah);
  const raqqaGroup = await openGroup(page, raqqa);
  expect(raqqaGroup).not.toBe(hasakahGroup);

  // A figure for Syria as a whole joins both groups into one.
  const syria = await addClaim(page, sourceId, { ...base, place: "syria", quote: "Across Syria, 70 people were kidnapped in May 2024.", surface: "70", best: "70" });
  const merged = await openGroup(page, syria);
  for (const old of [hasakahGroup, raqqaGroup]) {
    await page.goto(old);
    await expect(page).toHaveURL(merged);
    const card = page.locator("section[id^=group-]");
    await expect(card).toContainText("Hasakah");
    await expect(card).toContainText("Raqqa");
  }
});
