// Browsing the ledger as a reader would: follow links by their visible names and read what each
// page shows. The data comes from the curated seeds plus the "Markup fixture" source.
import { expect, test, type Locator, type Page } from "@playwright/test";

/** Clicks like a reader and keeps count, so that a test can say how many clicks a path took. */
function clickCounter() {
  let clicks = 0;
  return {
    click: async (target: Locator) => {
      await target.click();
      clicks += 1;
    },
    get count() {
      return clicks;
    },
  };
}

/** The metric page's table of claims, named by its caption. */
const claimsTable = (page: Page, includeHidden = false) =>
  page.getByRole("table", { name: /^Every claim for ISIS fighters, side by side/, includeHidden });

/** The figures of the metric table's Value column, top to bottom; a figure given in words reads as null. */
async function tableValues(page: Page): Promise<Array<number | null>> {
  const cells = await claimsTable(page).locator("tbody tr td:first-child a").allInnerTexts();
  return cells.map((text) => {
    const digits = text.replace(/[^\d.]/g, "");
    return digits === "" ? null : Number(digits);
  });
}

/** How far the page scrolls sideways, in CSS pixels; 0 when everything fits the screen. */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function openIsisFightersFromHome(page: Page) {
  await page.goto("/");
  await page.getByRole("link", { name: /^ISIS strength\b/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "ISIS strength" })).toBeVisible();
  await page.getByRole("link", { name: "ISIS fighters", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "ISIS fighters" })).toBeVisible();
}

test("home → topic → metric → article reaches a figure's quote in three clicks, then its claim page", async ({ page }) => {
  const reader = clickCounter();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Every figure, with its source.");

  await reader.click(page.getByRole("link", { name: /^ISIS strength\b/ }));
  await expect(page).toHaveURL(/\/topics\/isis-strength$/);
  await expect(page.getByRole("heading", { level: 1, name: "ISIS strength" })).toBeVisible();

  await reader.click(page.getByRole("link", { name: "ISIS fighters", exact: true }));
  await expect(page).toHaveURL(/\/metrics\/isis-fighters$/);
  await expect(page.getByRole("heading", { level: 1, name: "ISIS fighters" })).toBeVisible();

  // The claims side by side: every figure for the metric, each with its outlet and date.
  const table = claimsTable(page);
  await expect(table).toBeVisible();
  await expect(table.locator("tbody tr")).toHaveCount(4);
  for (const figure of ["15,000 fighters", "≈ 2,500 fighters", "≈ 2,000 fighters", "thousands of fighters"]) {
    await expect(table.getByRole("link", { name: figure, exact: true })).toBeVisible();
  }
  const centcomRow = table.locator("tbody tr").filter({ hasText: "≈ 2,500 fighters" });
  await expect(centcomRow).toContainText("approximately");
  await expect(centcomRow).toContainText("Syria and Iraq");
  await expect(centcomRow).toContainText("Apr 2024");
  await expect(centcomRow).toContainText("Shafaq News");
  await expect(centcomRow).toContainText("Undated");
  await expect(table.locator("tbody tr").filter({ hasText: "15,000 fighters" })).toContainText("Not stated");

  // Third click: the source link lands on the article at the claim's quote.
  await reader.click(centcomRow.getByRole("link", { name: "US officials worried about a resurgence of ISIS in Syria amid turmoil in the Middle East" }));
  expect(reader.count).toBe(3);
  await expect(page).toHaveURL(/\/sources\/\d+#claim-\d+$/);
  const claimId = new URL(page.url()).hash.replace("#claim-", "");
  await expect(page.getByRole("heading", { level: 1, name: "US officials worried about a resurgence of ISIS in Syria amid turmoil in the Middle East" })).toBeVisible();

  const article = page.getByRole("article", { name: "Article text" });
  const quoteMarks = article.locator(`mark[data-claims~="${claimId}"]`);
  await expect(quoteMarks.first()).toBeVisible();
  await expect(quoteMarks.first()).toBeInViewport();
  // The quote the reader came for is outlined, not just highlighted like the others.
  await expect(quoteMarks.first()).toHaveAttribute("data-current", "true");
  await expect(article.locator("mark[data-current]")).toHaveCount(await quoteMarks.count());
  const quote = (await quoteMarks.allTextContents()).join("");
  expect(quote).toContain("US Central Command (CENTCOM) reported that the number of ISIS fighters had increased to approximately 2,500");

  // The figure inside the quote is a link to the claim.
  const figure = quoteMarks.getByRole("link", { name: /^approximately 2,500:/ });
  await expect(figure).toBeVisible();
  await expect(figure).toHaveAttribute("href", `/claims/${claimId}`);

  await reader.click(figure);
  await expect(page).toHaveURL(new RegExp(`/claims/${claimId}$`));
  await expect(page.getByRole("heading", { level: 1, name: "ISIS fighters in Syria and Iraq" })).toBeVisible();
  await expect(page.getByText(`Claim #${claimId}`, { exact: true })).toBeVisible();

  const inContext = page.getByRole("region", { name: "The quote in context" });
  await expect(inContext.locator("blockquote mark")).toContainText("the number of ISIS fighters had increased to approximately 2,500");
  // Context around the quote: the sentence before it in the article.
  await expect(inContext.locator("blockquote")).toContainText("both US officials and SDF leaders have repeatedly voiced concerns");

  const chain = page.getByRole("list", { name: "Attribution chain, from origin to publisher" });
  const links = chain.getByRole("listitem");
  await expect(links).toHaveCount(2);
  await expect(links.first()).toContainText("US Central Command (CENTCOM)");
  await expect(links.first()).toContainText("origin");
  await expect(links.last()).toContainText("Shafaq News");
  await expect(links.last()).toContainText("publisher");
});

test("sorting the metric table by value reorders the rows and updates aria-sort", async ({ page }) => {
  await openIsisFightersFromHome(page);
  const valueHeader = claimsTable(page).getByRole("columnheader", { name: /^Value/ });
  const periodHeader = claimsTable(page).getByRole("columnheader", { name: /^Period/ });
  await expect(valueHeader).toHaveAttribute("aria-sort", "none");
  await expect(periodHeader).toHaveAttribute("aria-sort", "descending");
  // By default the newest period comes first: the only dated claim, April 2024.
  const before = await tableValues(page);
  expect(before[0]).toBe(2500);
  expect(before).toHaveLength(4);
  expect(before).not.toEqual([15000, 2500, 2000, null]);

  // First click: largest first, the figure given only in words last.
  await valueHeader.getByRole("link").click();
  await expect(page).toHaveURL(/sort=value&dir=desc/);
  await expect(valueHeader).toHaveAttribute("aria-sort", "descending");
  await expect(periodHeader).toHaveAttribute("aria-sort", "none");
  await expect.poll(() => tableValues(page)).toEqual([15000, 2500, 2000, null]);

  // Second click: ascending, still with the unquantified figure last.
  await valueHeader.getByRole("link").click();
  await expect(page).toHaveURL(/sort=value&dir=asc/);
  await expect(valueHeader).toHaveAttribute("aria-sort", "ascending");
  await expect.poll(() => tableValues(page)).toEqual([2000, 2500, 15000, null]);
  await expect(claimsTable(page).locator("caption")).toContainText("Sorted by value, ascending");
});

test("the sources list shows every source and opens one", async ({ page }) => {
  await page.goto("/");
  // The home page's own count: the five seed articles plus the test fixtures.
  const stated = (await page.getByText(/^[\d,]+ claims from \d+ sources in \d+ topics$/).innerText()).match(/from (\d+) sources/);
  const sourceCount = Number(stated?.[1]);
  expect(sourceCount).toBeGreaterThanOrEqual(6);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sources" })).toBeVisible();

  const sources = page.getByRole("main").getByRole("listitem");
  await expect(sources).toHaveCount(sourceCount);
  for (const title of [
    "Markup fixture",
    "Is ISIS planning a comeback? Latest fighting shows it may be on the ropes",
    "US officials worried about a resurgence of ISIS in Syria amid turmoil in the Middle East",
    "ISIS Reinstates Fighters Amid a Resurgence in Syria and Iraq",
    "ISIS resurging and posing an escalating threat to US coalition forces in Iraq and Syria",
    "“ISIS is Not Over:” Islamic State Militants Resurge in Areas Where Trump Wiped Them Out",
  ]) {
    await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
  }
  const comeback = sources.filter({ hasText: "Is ISIS planning a comeback?" });
  await expect(comeback).toContainText("19 claims");

  await comeback.getByRole("link").click();
  await expect(page).toHaveURL(/\/sources\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Is ISIS planning a comeback\?/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "19 claims in this article" })).toBeVisible();
  await expect(page.getByRole("article", { name: "Article text" }).locator("mark").first()).toBeVisible();
  // Each claim in the side list opens its claim page.
  await expect(page.getByRole("complementary").getByRole("link", { name: "ISIS fighters", exact: true })).toHaveCount(2);
});

test.describe("unknown addresses answer 404 with a not-found page", () => {
  const cases = [
    { url: "/claims/999999", heading: "No such claim" },
    { url: "/groups/999999", heading: "No such group" },
    { url: "/groups/not-a-number", heading: "No such group" },
    { url: "/topics/no-such-topic", heading: "No such topic" },
    { url: "/metrics/no-such-metric", heading: "No such metric" },
    { url: "/sources/not-a-number", heading: "No such source" },
    { url: "/sources/999999", heading: "No such source" },
    { url: "/nowhere/at/all", heading: "Not in the ledger" },
  ];
  for (const { url, heading } of cases) {
    test(url, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await expect(page.getByText("404", { exact: true })).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await page.getByRole("link", { name: "Back to the topics" }).click();
      await expect(page.getByRole("heading", { level: 2, name: "Topics" })).toBeVisible();
    });
  }
});

test("@phone a phone shows a metric's claims as cards, not a table", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "the card list is the phone layout");
  await openIsisFightersFromHome(page);

  const cards = page.getByRole("list", { name: "Claims for ISIS fighters" });
  await expect(cards).toBeVisible();
  await expect(cards.getByRole("listitem")).toHaveCount(4);
  // The table is still in the page for wider screens, just not shown.
  await expect(claimsTable(page, true)).toHaveCount(1);
  await expect(claimsTable(page, true)).toBeHidden();
  const centcom = cards.getByRole("listitem").filter({ hasText: "≈ 2,500 fighters" });
  await expect(centcom).toContainText("Shafaq News · Undated");
  await expect(centcom).toContainText("US Central Command (CENTCOM) reported");

  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

  // The claim page fits the screen too, long hashes and all.
  await centcom.getByRole("link", { name: "≈ 2,500 fighters", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "ISIS fighters in Syria and Iraq" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "History" })).toBeVisible();
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
});
