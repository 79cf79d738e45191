// The reader's view: every page type in both themes, on a desktop and on a phone, screenshotted
// (data/tmp/screens/, not committed) and checked with axe; then what a reader does: sort a
// metric's claims on a phone, switch the theme and reload without a flash, follow a verdict to
// its explanation, and pick out one origin's figures on a chart.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const SCREENS = path.join("data", "tmp", "screens");

async function hrefOf(page: Page, from: string, name: string | RegExp): Promise<string> {
  await page.goto(from);
  const href = await page.getByRole("link", { name, exact: typeof name === "string" }).first().getAttribute("href");
  expect(href).toBeTruthy();
  return href!;
}

const PAGES: Array<{ name: string; url: (page: Page) => Promise<string> }> = [
  { name: "home", url: async () => "/" },
  { name: "topic", url: async () => "/topics/isis-strength" },
  { name: "metric", url: async () => "/metrics/isis-fighters" },
  { name: "metric, filtered", url: async () => "/metrics/isis-fighters?sort=value&dir=desc&qualifier=approximately" },
  { name: "sources", url: async () => "/sources" },
  { name: "source", url: (page) => hrefOf(page, "/sources", "US officials worried about a resurgence of ISIS in Syria amid turmoil in the Middle East") },
  { name: "claim", url: (page) => hrefOf(page, "/metrics/isis-fighters", "≈ 2,500 fighters") },
  { name: "conflicts", url: async () => "/conflicts" },
  { name: "group", url: (page) => hrefOf(page, "/conflicts", "See them on a timeline") },
  { name: "search", url: async () => "/search?q=fighters" },
  { name: "place", url: async () => "/places/syria" },
  { name: "actor", url: async () => "/actors/centcom" },
  { name: "outlet", url: async () => "/actors/cnn" },
  { name: "how-to-read", url: async () => "/how-to-read" },
  { name: "api-docs", url: async () => "/api-docs" },
  { name: "login", url: async () => "/login" },
  { name: "not-found", url: async () => "/claims/999999" },
];

/** WCAG 2.1 A and AA; serious and critical findings fail, each named with its elements. */
async function expectAxeClean(page: Page) {
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();
  // No loading skeleton left (a form's own live region, such as the review screen's, may stay).
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Loading…" })).toHaveCount(0);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `  ${n.target.join(" ")} ${n.failureSummary ?? ""}`).join("\n")}`);
  expect(blocking.join("\n\n"), `axe on ${page.url()}`).toBe("");
}

for (const theme of ["light", "dark"] as const) {
  for (const { name, url } of PAGES) {
    test(`@phone ${name} in the ${theme} theme: screenshot and axe`, async ({ page }, testInfo) => {
      // A full-page screenshot and axe over the whole page: long pages (the API reference) take a while.
      test.slow();
      // The theme follows the system: no choice is stored, only the colour scheme is emulated.
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(await url(page));
      const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      const [r, g, b] = (background.match(/[\d.]+/g) ?? []).map(Number);
      const light = (r! + g! + b!) / 3 > 128;
      expect(light, `${theme} page background ${background}`).toBe(theme === "light");
      fs.mkdirSync(SCREENS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENS, `${testInfo.project.name}-${theme}-${name}.png`), fullPage: true });
      await expectAxeClean(page);
    });
  }
}

/** Signs in as the seeded editor or admin, from an address of the test's own (sign-ins are limited per address). */
async function signIn(page: Page, who: "editor" | "admin") {
  const [a, b, c] = crypto.randomBytes(3);
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.${a}.${b}.${c}` });
  await page.goto("/login");
  await page.getByLabel("Email").fill(`${who}@example.test`);
  await page.getByLabel("Password").fill("correct-horse-battery-staple");
  await page.getByRole("button", { name: "Sign in" }).click();
  // Signing in hashes the password: slow on a busy machine.
  await expect(page.getByRole("button", { name: /sign out/i })).toBeAttached({ timeout: 60_000 });
}

for (const theme of ["light", "dark"] as const) {
  test(`@phone editors' pages in the ${theme} theme: screenshot and axe`, async ({ page }, testInfo) => {
    test.slow(); // seven pages, each screenshotted and analysed
    await page.emulateMedia({ colorScheme: theme });
    const claim = await hrefOf(page, "/metrics/isis-fighters", "≈ 2,500 fighters");
    const source = await hrefOf(page, "/sources", "US officials worried about a resurgence of ISIS in Syria amid turmoil in the Middle East");
    await signIn(page, "admin");
    const pages: Array<[string, string]> = [
      ["new-source", "/sources/new"],
      ["new-claim", "/claims/new"],
      ["edit-claim", `${claim}/edit`],
      ["edit-source", `${source}/edit`],
      ["review-source", `${source}/review`],
      ["claims-list", "/claims"],
      ["admin-users", "/admin/users"],
    ];
    fs.mkdirSync(SCREENS, { recursive: true });
    for (const [name, path_] of pages) {
      await page.goto(path_);
      await page.screenshot({ path: path.join(SCREENS, `${testInfo.project.name}-${theme}-${name}.png`), fullPage: true });
      await expectAxeClean(page);
    }
  });
}

test("@phone on a phone, a metric's claims are filtered from the card layout", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "the card layout is the phone's");
  await page.goto("/metrics/isis-fighters");
  const form = page.getByRole("form", { name: "Filter the claims" });
  await expect(form).toBeVisible();
  const cards = page.getByRole("list", { name: /^Claims for ISIS fighters/ });
  const all = await cards.getByRole("listitem").count();
  const place = form.getByLabel("Place");
  // The place with the fewest claims: its name as the cards write it, without the count.
  const options = await place.locator("option:not([value=''])").evaluateAll((els) =>
    els.map((el) => ({ value: (el as HTMLOptionElement).value, text: (el as HTMLOptionElement).text })),
  );
  const count = (text: string) => Number(/\((\d+)\)$/.exec(text)![1]);
  const fewest = options.sort((a, b) => count(a.text) - count(b.text))[0]!;
  const [value, label] = [fewest.value, fewest.text.replace(/ \(\d+\)$/, "")];
  expect(count(fewest.text)).toBeLessThan(all);
  await place.selectOption(value);
  await form.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`place=${value}`));
  await expect(form.getByLabel("Place")).toHaveValue(value);
  const lines = await cards.getByRole("listitem").locator("article > p:first-of-type").allInnerTexts();
  expect(lines).toHaveLength(count(fewest.text));
  for (const line of lines) expect(line.split(" · ")[0]).toBe(label);

  // Sorting keeps the filter; "Show all" drops it.
  await page.getByRole("navigation", { name: "Sort the claims" }).getByRole("link", { name: /^Value/ }).click();
  await expect(page).toHaveURL(new RegExp(`sort=value&dir=desc.*place=${value}`));
  await form.getByRole("link", { name: "Show all" }).click();
  await expect(page).not.toHaveURL(/place=/);
  await expect(cards.getByRole("listitem")).toHaveCount(all);
});

test("@phone on a phone, a metric's claims are sorted from the card layout", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "the card layout is the phone's");
  await page.goto("/metrics/isis-fighters");
  const sort = page.getByRole("navigation", { name: "Sort the claims" });
  await expect(sort).toBeVisible();
  await sort.getByRole("link", { name: /^Value/ }).click();
  await expect(page).toHaveURL(/sort=value&dir=desc/);
  await expect(sort.getByRole("link", { name: /^Value/ })).toHaveAttribute("aria-current", "true");
  const cards = page.getByRole("list", { name: /Claims for ISIS fighters, sorted by value, descending/ });
  await expect(cards).toBeVisible();
  const figures = async () =>
    (await cards.getByRole("listitem").locator("article > div > a:first-child").allInnerTexts())
      .filter((t) => /^(≈ )?[\d,]+ /.test(t))
      .map((t) => Number(t.replace(/^≈ /, "").split(" ")[0]!.replace(/,/g, "")));
  const desc = await figures();
  expect(desc.length).toBeGreaterThan(1);
  expect(desc).toEqual([...desc].sort((a, b) => b - a));
  // Choosing it again reverses the order.
  await sort.getByRole("link", { name: /^Value/ }).click();
  await expect(page).toHaveURL(/sort=value&dir=asc/);
  await expect(page.getByRole("list", { name: /sorted by value, ascending/ })).toBeVisible();
  const asc = await (async () =>
    (await page.getByRole("list", { name: /sorted by value, ascending/ }).getByRole("listitem").locator("article > div > a:first-child").allInnerTexts())
      .filter((t) => /^(≈ )?[\d,]+ /.test(t))
      .map((t) => Number(t.replace(/^≈ /, "").split(" ")[0]!.replace(/,/g, ""))))();
  expect(asc).toEqual([...desc].reverse());
});

test("the theme switch is remembered, and the reloaded page is dark from its first byte", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "once is enough");
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/metrics/isis-fighters");
  const themes = page.getByRole("group", { name: "Theme" });
  await themes.getByRole("button", { name: "Dark" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(themes.getByRole("button", { name: "Dark" })).toHaveAttribute("aria-pressed", "true");

  // What the page looks like before any of its scripts run: recorded at DOMContentLoaded.
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      const w = window as unknown as { firstPaint: { theme: string | null; background: string } };
      w.firstPaint = { theme: document.documentElement.getAttribute("data-theme"), background: getComputedStyle(document.documentElement).backgroundColor };
    });
  });
  const response = await page.reload();
  const html = await response!.text();
  expect(html).toMatch(/<html[^>]*\sdata-theme="dark"/);
  const first = await page.evaluate(() => (window as unknown as { firstPaint: { theme: string | null; background: string } }).firstPaint);
  expect(first.theme).toBe("dark");
  const [r, g, b] = (first.background.match(/[\d.]+/g) ?? []).map(Number);
  expect((r! + g! + b!) / 3).toBeLessThan(64);
  await expect(themes.getByRole("button", { name: "Dark" })).toHaveAttribute("aria-pressed", "true");

  // Back to following the system.
  await themes.getByRole("button", { name: "Auto" }).click();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /./);
  const again = await page.reload();
  expect(await again!.text()).not.toMatch(/<html[^>]*\sdata-theme=/);
});

test("@phone a verdict leads to its explanation, with a real example from the ledger", async ({ page }) => {
  await page.goto("/metrics/us-service-members-killed");
  await page.getByRole("link", { name: /^Conflicting/ }).first().click();
  await expect(page).toHaveURL(/\/how-to-read#verdict-conflicting$/);
  const section = page.locator("#verdict-conflicting");
  await expect(section.getByRole("heading", { level: 3, name: "Conflicting" })).toBeVisible();
  await expect(section).toContainText("cannot all be right");
  const example = section.getByRole("link", { name: /in / });
  await expect(example).toBeVisible();
  await example.click();
  await expect(page).toHaveURL(/\/groups\/\d+$/);
  await expect(page.getByRole("main").getByRole("link", { name: /^Conflicting/ }).first()).toBeVisible();
});

test("pointing at an origin in a chart's key picks out all its figures", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "pointing needs a mouse");
  await page.goto(await hrefOf(page, "/conflicts", "See them on a timeline"));
  const key = page.getByRole("list", { name: /^Origins/ }).first();
  const first = key.getByRole("button").first();
  const letter = await first.getAttribute("data-origin-letter");
  await first.hover();
  const chart = page.locator(".origin-highlight").first();
  await expect(chart).toHaveAttribute("data-highlight", letter!);
  const lit = chart.locator(`svg [data-mark][data-lit]`);
  await expect(lit.first()).toBeAttached();
  expect(await chart.locator(`svg [data-mark][data-lit]:not([data-origin-letter="${letter}"])`).count()).toBe(0);
  // Choosing it keeps it picked out after the pointer leaves.
  await first.click();
  await expect(first).toHaveAttribute("aria-pressed", "true");
  await page.mouse.move(0, 0);
  await expect(chart).toHaveAttribute("data-highlight", letter!);
});
