// Article text and quotes are data, never markup: the "Markup fixture" source (lib/testing/e2e-fixtures.ts)
// carries <script>, <b> and <img onerror> in its text, and none of it may run or render as HTML.
import { expect, test, type Page } from "@playwright/test";

declare global {
  interface Window {
    __ledgerInjected?: unknown;
  }
}

/** Fails the test if anything on the page opens a dialog or throws, the usual signs of injected script. */
function watchForScript(page: Page) {
  const problems: string[] = [];
  page.on("dialog", (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

async function expectNothingInjected(page: Page) {
  expect(await page.evaluate(() => window.__ledgerInjected)).toBeUndefined();
  await expect(page).not.toHaveTitle("pwned");
}

test("the markup fixture's article shows its markup as text and runs none of it", async ({ page }) => {
  const problems = watchForScript(page);
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources" }).click();
  await page.getByRole("link", { name: "Markup fixture", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Markup fixture" })).toBeVisible();
  await expect(page).toHaveTitle("Markup fixture · Figure Ledger");

  const article = page.getByRole("article", { name: "Article text" });
  await expect(article).toContainText('<script>window.__ledgerInjected = true; document.title = "pwned";</script>');
  await expect(article).toContainText("<b>suspects</b>");
  await expect(article).toContainText('<img src=x onerror="window.__ledgerInjected = true">');
  await expect(article).toContainText("A further line of plain text.");
  await expect(article.getByText("<script>window.__ledgerInjected", { exact: false })).toBeVisible();

  // None of the article's markup became elements.
  await expect(article.locator("script, b, img, iframe, [onerror]")).toHaveCount(0);
  await expect(page.locator("img[src='x']")).toHaveCount(0);

  // The fixture's claim is highlighted like any other, with its figure as a link.
  const quote = article.locator("mark");
  await expect(quote.first()).toBeVisible();
  expect((await quote.allTextContents()).join("")).toBe("that 7 <b>suspects</b> were held");

  await expectNothingInjected(page);
  expect(problems).toEqual([]);
});

test("a quote containing <b> is shown literally on its claim page and in the metric's table", async ({ page }) => {
  const problems = watchForScript(page);
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources" }).click();
  await page.getByRole("link", { name: "Markup fixture", exact: true }).click();

  // The figure in the highlighted quote leads to the claim.
  await page.getByRole("article", { name: "Article text" }).locator("mark").getByRole("link", { name: /^7:/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^ISIS members and suspects captured in / })).toBeVisible();
  const inContext = page.getByRole("region", { name: "The quote in context" });
  await expect(inContext.locator("blockquote mark")).toHaveText("that 7 <b>suspects</b> were held");
  await expect(inContext.locator("blockquote")).toContainText("<script>window.__ledgerInjected");
  // The claim's own schema.org data block is the one script element the page writes itself.
  await expect(page.getByRole("main").locator("b, img, script:not([type='application/ld+json'])")).toHaveCount(0);
  await expectNothingInjected(page);

  // The metric's table quotes it the same way.
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "ISIS members and suspects captured" }).click();
  const row = page.getByRole("table", { name: /^Every claim for ISIS members and suspects captured/ }).getByRole("row").filter({ hasText: "Markup fixture" });
  await expect(row).toContainText("“that 7 <b>suspects</b> were held”");
  await expect(row.locator("b")).toHaveCount(0);

  await expectNothingInjected(page);
  expect(problems).toEqual([]);
});
