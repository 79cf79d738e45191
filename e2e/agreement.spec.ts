// The agreement analysis as a reader meets it: the fighters metric's timeline and verdicts, a
// topic's verdicts at a glance, and the Conflicts page with the Kabul airport figures.
import { expect, test } from "@playwright/test";

test("the ISIS fighters metric shows its figures as a trend on a timeline, with the reasons", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /^ISIS strength\b/ }).click();
  // Topic page: each metric's verdict at a glance.
  const fightersRow = page.getByRole("row", { name: /ISIS fighters\b.*fighters/ }).first();
  await expect(fightersRow).toContainText("Trend over time");
  await fightersRow.getByRole("link", { name: "ISIS fighters", exact: true }).click();

  const group = page.getByRole("region", { name: "ISIS fighters in Syria and Iraq" });
  await expect(group).toBeVisible();
  await expect(group).toContainText("Trend over time");
  await expect(group).not.toContainText("Conflicting");
  // The reasons say which way the series goes and by how much, name the figures in time order,
  // and say the January 2024 figure is derived, not stated.
  await expect(group.getByRole("listitem").first()).toContainText("fell from 15,000 (undated, not before Mar 2019) to about 2,500 (Apr 2024), a drop of about 83%");
  await expect(group).toContainText("In time order: 15,000");
  await expect(group).toContainText(/derived/i);
  await expect(group).toContainText("15,000");
  // The metric's page lists its groups with their figures side by side; each group's page draws them.
  await expect(group.getByRole("list", { name: "The figures, lowest first" }).getByRole("listitem")).toHaveCount(4);
  await expect(group.getByRole("img")).toHaveCount(0);
  await group.getByRole("link", { name: "See them on a timeline" }).click();
  await expect(page).toHaveURL(/\/groups\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: "ISIS fighters in Syria and Iraq" })).toBeVisible();

  // The chart is an accessible image whose description counts the figures.
  const chart = page.getByRole("img", { name: /ISIS fighters in Syria and Iraq/ }).first();
  await expect(chart).toBeVisible();
  await expect(chart.locator("desc")).toContainText(/4 figures/);

  // Its table alternative lists every figure, the derived one marked as such.
  await page.getByText("Show the figures as a table").first().click();
  const table = page.getByRole("main").getByRole("table").first();
  await expect(table).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(5);
  await expect(table).toContainText("derived");
  await expect(table).toContainText("2,250–2,750");
});

test("the Conflicts page shows the Kabul airport figures, 11 against 13, with both origins", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Conflicts" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Conflicts" })).toBeVisible();
  await expect(page.getByText(/^1 conflict in the ledger\b/)).toBeVisible();

  const group = page.getByRole("region", { name: "US service members killed in Kabul" });
  await expect(group).toContainText("Conflicting");
  await expect(group).toContainText("13 is 1.18× 11");
  await expect(group).toContainText("The New York Times");
  await expect(group).toContainText("ISIS is Not Over");

  await page.getByRole("link", { name: "All figures for US service members killed" }).click();
  await expect(page).toHaveURL(/\/metrics\/us-service-members-killed#group-\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: "US service members killed" })).toBeVisible();
  await expect(page.getByText(/1 in conflict/)).toBeVisible();
});

test("a group of comparable figures has its own page, with its timeline and its place in the ledger", async ({ page }) => {
  await page.goto("/conflicts");
  const group = page.getByRole("region", { name: "US service members killed in Kabul" });
  await group.getByRole("link", { name: "See them on a timeline" }).click();
  await expect(page).toHaveURL(/\/groups\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: "US service members killed in Kabul" })).toBeVisible();
  const card = page.getByRole("region", { name: "US service members killed in Kabul" });
  await expect(card).toContainText("13 is 1.18× 11");
  await expect(card.getByRole("img", { name: /US service members killed in Kabul/ }).first()).toBeVisible();
  await expect(card.getByRole("link", { name: "See them on a timeline" })).toHaveCount(0);
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "US service members killed" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "US service members killed" })).toBeVisible();
});
