// axe-core on every page type, against WCAG 2.1 A and AA. Serious and critical violations fail
// the test; each is printed with its rule, help link and the offending elements.
import crypto from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;

const BLOCKING = new Set(["serious", "critical"]);

function describe(violations: AxeResults["violations"]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(" ")}\n      ${n.failureSummary?.replace(/\n/g, "\n      ") ?? ""}`)
        .join("\n");
      const more = v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : "";
      return `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
    })
    .join("\n\n");
}

/** Waits until the page's content has replaced its loading skeleton, then runs axe. */
async function expectNoSeriousViolations(page: Page) {
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("main").getByRole("status")).toHaveCount(0);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = results.violations.filter((v) => BLOCKING.has(v.impact ?? ""));
  const minor = results.violations.filter((v) => !BLOCKING.has(v.impact ?? ""));
  if (minor.length > 0) console.log(`Minor axe findings on ${page.url()}:\n${describe(minor)}`);
  expect(describe(blocking), `Serious or critical axe violations on ${page.url()}`).toBe("");
}

/** The id of one claim, read from a page that links to it, so that no test depends on insertion order. */
async function claimHref(page: Page, metric: string, figure: string): Promise<string> {
  await page.goto(`/metrics/${metric}`);
  const href = await page.getByRole("link", { name: figure, exact: true }).first().getAttribute("href");
  expect(href).toMatch(/^\/claims\/\d+$/);
  return href!;
}

async function sourceHref(page: Page, title: string): Promise<string> {
  await page.goto("/sources");
  const href = await page.getByRole("link", { name: title, exact: true }).getAttribute("href");
  expect(href).toMatch(/^\/sources\/\d+$/);
  return href!;
}

/** The Kabul group's own page, read from the Conflicts page. */
async function groupHref(page: Page): Promise<string> {
  await page.goto("/conflicts");
  const href = await page.getByRole("link", { name: "See them on a timeline" }).first().getAttribute("href");
  expect(href).toMatch(/^\/groups\/\d+$/);
  return href!;
}

const PAGES: Array<{ name: string; url: (page: Page) => Promise<string> }> = [
  { name: "home", url: async () => "/" },
  { name: "topic", url: async () => "/topics/isis-strength" },
  { name: "metric", url: async () => "/metrics/isis-fighters" },
  { name: "metric sorted by value", url: async () => "/metrics/isis-fighters?sort=value&dir=asc" },
  { name: "sources list", url: async () => "/sources" },
  { name: "source with 19 claims", url: (page) => sourceHref(page, "Is ISIS planning a comeback? Latest fighting shows it may be on the ropes") },
  { name: "claim", url: (page) => claimHref(page, "isis-fighters", "≈ 2,500 fighters") },
  { name: "claim with related figures", url: (page) => claimHref(page, "isis-members-captured", "233 people") },
  { name: "conflicts", url: async () => "/conflicts" },
  { name: "group of comparable figures", url: (page) => groupHref(page) },
  { name: "metric with a conflict", url: async () => "/metrics/us-service-members-killed" },
  { name: "404", url: async () => "/claims/999999" },
];

for (const { name, url } of PAGES) {
  test(`axe: ${name}`, async ({ page }) => {
    await page.goto(await url(page));
    await expectNoSeriousViolations(page);
  });
}

test("axe: the claim form, with the place picker's matches open", async ({ page }) => {
  const [a, b, c] = crypto.randomBytes(3);
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.${a}.${b}.${c}` }); // the login limit is per address
  const claim = await claimHref(page, "isis-fighters", "≈ 2,500 fighters");
  await page.goto(`/login?next=${encodeURIComponent(`${claim}/edit`)}`);
  await page.getByLabel("Email").fill("editor@example.test");
  await page.getByLabel("Password").fill("correct-horse-battery-staple");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit a claim" })).toBeVisible();
  await page.getByRole("combobox", { name: "Place", exact: true }).fill("syria");
  await expect(page.getByRole("listbox").getByRole("option").first()).toBeVisible();
  await expectNoSeriousViolations(page);
});

test("@phone axe on a phone: home, metric cards, source and claim", async ({ page }) => {
  test.slow(); // four pages, each waited for and analysed
  for (const path of ["/", "/metrics/isis-fighters", await sourceHref(page, "US officials worried about a resurgence of ISIS in Syria amid turmoil in the Middle East"), await claimHref(page, "isis-fighters", "≈ 2,500 fighters")]) {
    await page.goto(path);
    await expectNoSeriousViolations(page);
  }
});
