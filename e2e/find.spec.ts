// Finding figures and taking them away, as a reader would: search a phrase of a seed article and
// open the hit; filter a metric by place and reference period and open the shared address fresh;
// download the view as CSV and read it; follow the cite boxes of a claim, a source and a group.
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

  // A known figure of the seeds, as its article states it: undated, three years, "On Tuesday".
  const known = records.find((r) => r.quote!.includes("the largest confrontation between Syrian and U.S. forces and ISIS fighters in three years"));
  expect(known).toMatchObject({ metric: expect.any(String), place: "Syria", qualifier: "exact", modality: "observed", best: "3", surface: "three", period_label: "On Tuesday", published: "" });
  // Its permalink opens the claim.
  await page.goto(known!.permalink!);
  await expect(page.getByText(/largest confrontation between Syrian and U\.S\. forces/).first()).toBeVisible();
});

test("follow the cite boxes of a source, a claim and a group @phone", async ({ page }) => {
  await page.goto("/places/syria");
  // The place's feed is announced to feed readers, and is Atom.
  const feed = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute("href");
  expect(feed).toMatch(/\/feeds\/claims\.atom\?place=syria$/);
  const atom = await page.request.get(feed!);
  expect(atom.headers()["content-type"]).toMatch(/^application\/atom\+xml/);
  expect(await atom.text()).toMatch(/<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">[\s\S]*<entry>/);

  // A figure's source: its cite box names the version and today, and its permalink leads back to it.
  await page.getByRole("region", { name: "Claims" }).getByRole("article").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/claims\/\d+$/);
  const claimUrl = page.url();
  await expect(page.getByRole("textbox", { name: "Permalink" })).toHaveValue(`${claimUrl}?version=1`);
  await expect(page.getByRole("textbox", { name: "BibTeX" })).toHaveValue(/^@misc\{figureledger-claim-\d+-v1,[\s\S]*note = \{Accessed \d{4}-\d{2}-\d{2}\}/);
  await page.goto(await page.getByRole("textbox", { name: "Permalink" }).inputValue());
  await expect(page.getByRole("region", { name: "Cite this claim" })).toBeVisible();
  expect(page.url()).toBe(`${claimUrl}?version=1`);

  await page.goto(claimUrl);
  await page.getByRole("region", { name: "Source", exact: true }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/sources\/\d+/);
  const source = page.getByRole("region", { name: "Cite this source" });
  const sourceTitle = await page.getByRole("heading", { level: 1 }).innerText();
  const permalink = await source.getByRole("textbox", { name: "Permalink" }).inputValue();
  expect(permalink).toMatch(/\/sources\/\d+$/);
  await expect(source.getByRole("textbox", { name: "Citation" })).toHaveValue(new RegExp(`source #\\d+, version \\d+\\. ${permalink.replace(/[.?]/g, "\\$&")}\\. Accessed \\d{4}-\\d{2}-\\d{2}\\.$`));
  await page.goto(permalink);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(sourceTitle);

  // A group's cite box names when its verdict was analysed; its permalink opens the same group.
  await page.goto("/conflicts");
  await page.getByRole("link", { name: /on a timeline/ }).first().click();
  await expect(page).toHaveURL(/\/groups\/\d+/);
  const group = page.getByRole("region", { name: "Cite this group" });
  await expect(group.getByRole("textbox", { name: "Citation" })).toHaveValue(/, as analysed at \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\. http:\/\/\S+\/groups\/\d+\. Accessed/);
  const groupTitle = await page.getByRole("heading", { level: 1 }).innerText();
  await page.goto(await group.getByRole("textbox", { name: "Permalink" }).inputValue());
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(groupTitle);
});
