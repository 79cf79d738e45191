// Finding figures and taking them away, as a reader would: search a phrase of a seed article and
// open the hit; filter a metric by place and reference period and open the shared address fresh;
// download the view as CSV and read it.
import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { expect, test, type Page } from "@playwright/test";

const claimLinks = (page: Page) => page.getByRole("region", { name: "Claims" }).getByRole("article").getByRole("blockquote");

test("search a phrase from a seed article and open the figure it finds", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("searchbox", { name: "Search the ledger" });
  await box.fill("deadly Kabul blast");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=deadly\+Kabul\+blast/);
  const figures = page.getByRole("region", { name: /^Figures/ });
  await expect(figures).toBeVisible();
  const hit = figures.getByRole("listitem").filter({ hasText: "Kabul blast" }).first();
  await expect(hit.locator("mark", { hasText: /^Kabul$/i }).first()).toBeVisible();
  await hit.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/claims\/\d+$/);
  await expect(page.getByText(/deadly Kabul blast that killed 11 U\.S\. service members/).first()).toBeVisible();

  // The claim can be cited, naming the version read and the day, and describes itself as a schema.org Claim.
  await expect(page.getByRole("textbox", { name: "Citation" })).toHaveValue(/claim #\d+, version 1\. http:\/\/localhost:\d+\/claims\/\d+\?version=1\. Accessed \d{4}-\d{2}-\d{2}\.$/);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>;
  expect(ld["@type"]).toBe("Claim");
  expect(String(ld.text)).toContain("Kabul blast");
});

test("filter a metric by place and date, then open the shared address fresh", async ({ page, browser }) => {
  await page.goto("/claims");
  await page.getByRole("region", { name: "Metric counts" }).getByRole("link", { name: "ISIS fighters" }).click();
  await expect(page).toHaveURL(/metric=isis-fighters/);
  await page.getByRole("region", { name: "Place counts" }).getByRole("link", { name: "Syria and Iraq" }).click();
  await expect(page).toHaveURL(/place=syria-and-iraq/);
  await page.getByRole("textbox", { name: "Period from" }).fill("2020-01-01");
  await page.getByRole("textbox", { name: "Period to" }).fill("2024-12-31");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/periodFrom=2020-01-01&periodTo=2024-12-31/);
  expect(page.url()).not.toMatch(/=(&|$)/);

  const shown = await claimLinks(page).allInnerTexts();
  expect(shown.length).toBeGreaterThan(0);
  await expect(page.getByRole("link", { name: /Remove filter Metric: isis-fighters/ })).toBeVisible();

  const shared = page.url();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(shared);
  await expect(other.getByRole("textbox", { name: "Period from" })).toHaveValue("2020-01-01");
  expect(await claimLinks(other).allInnerTexts()).toEqual(shown);
  await fresh.close();

  // Removing the date filter shows at least as many figures.
  await page.getByRole("link", { name: /Remove filter Period from/ }).click();
  await expect(page).not.toHaveURL(/periodFrom/);
  expect((await claimLinks(page).allInnerTexts()).length).toBeGreaterThanOrEqual(shown.length);
});

test("download a filtered view as CSV and read it", async ({ page }) => {
  await page.goto("/places/syria");
  await expect(page.getByRole("heading", { level: 1, name: "Everything on Syria" })).toBeVisible();
  const total = Number((await page.getByText(/^\d[\d,]* claims?$/).first().innerText()).replace(/\D/g, ""));
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV", exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^figure-ledger-claims-\d{4}-\d{2}-\d{2}\.csv$/);
  const records = parse(fs.readFileSync((await download.path())!, "utf8"), { columns: true }) as Array<Record<string, string>>;
  const end = records.pop()!;
  expect(end.id).toBe("#complete");
  expect(Number(end.permalink)).toBe(total);
  expect(records).toHaveLength(total);
  expect(records.every((r) => /\/claims\/\d+$/.test(r.permalink!) && r.quote!.length > 0)).toBe(true);
});
