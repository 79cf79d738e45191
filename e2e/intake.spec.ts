// An editor grows the ledger as a person would: signs in, pastes a new article, reviews the figures
// the ledger proposes (accepting, editing and rejecting), finds the new claims on their metric page
// with the verdicts updated, and edits a claim to see its history.
import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";

const ARTICLE = [
  "Iraqi officials said on Monday that security forces had detained 41 ISIS suspects in Kirkuk during the first half of 2024.",
  "The interior ministry reported that at least 12 attacks were foiled this year.",
  "About 2,500 U.S. troops remain in Iraq, according to the Pentagon.",
  "Officials estimated that between 5,000 and 7,000 ISIS fighters remain active across Syria and Iraq.",
  "Two soldiers were killed and fifteen were wounded in an ambush near Kirkuk.",
  "The coalition carried out 28 air strikes in June, and hundreds of families fled the fighting.",
].join("\n\n");

test.beforeEach(async ({ page }) => {
  // The login limit is per client address; each test presents its own (see e2e/auth.spec.ts).
  const [a, b, c] = crypto.randomBytes(3);
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.${a}.${b}.${c}` });
});

async function signInAsEditor(page: Page) {
  await page.goto("/login?next=%2Fsources");
  await page.getByLabel("Email").fill("editor@example.test");
  await page.getByLabel("Password").fill("correct-horse-battery-staple");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/sources$/);
}

function proposal(page: Page, surface: string) {
  return page.getByRole("list", { name: "Proposed figures" }).getByRole("listitem").filter({ hasText: `“${surface}”` });
}

test("an editor adds an article, reviews its figures, and finds the new claims with updated verdicts", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAsEditor(page);

  // A visitor cannot reach the form; an editor can.
  await page.getByRole("link", { name: "Add a source" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a source" })).toBeVisible();
  const title = `Kirkuk raids ${crypto.randomUUID().slice(0, 8)}`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Publication date").fill("2024-08-13");

  // A first submit without the text keeps the title and says what is missing.
  await page.getByRole("button", { name: "Save and review its figures" }).click();
  await expect(page.getByText("Paste the article's full text.")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(title);

  // A sign-off in letters only keeps each run's article new (the ledger refuses a duplicate) without adding a figure.
  const desk = Array.from(crypto.randomBytes(8), (b) => String.fromCharCode(97 + (b % 26))).join("");
  await page.getByLabel("Full text").fill(`${ARTICLE}\n\nFiled by the ${desk} desk.`);
  await page.getByRole("button", { name: "Save and review its figures" }).click();
  await expect(page).toHaveURL(/\/sources\/\d+\/review$/);
  const sourceUrl = page.url().replace(/\/review$/, "");

  // Every figure is proposed, with progress while the article is read.
  await expect(page.getByRole("status").filter({ hasText: "figures proposed" })).toContainText(/\b8 figures proposed/);
  await expect(page.getByRole("list", { name: "Proposed figures" }).getByRole("listitem")).toHaveCount(8);
  await expect(page.getByRole("article", { name: /proposed figures highlighted/ }).locator("mark")).toHaveCount(8);

  // Accept two by keyboard and mouse.
  await proposal(page, "41").click();
  await page.keyboard.press("a");
  await expect(proposal(page, "41")).toContainText(/accepted as claim #\d+/);
  await proposal(page, "at least 12").getByRole("button", { name: "Accept" }).click();
  await expect(proposal(page, "at least 12")).toContainText(/accepted as claim #\d+/);

  // Reject one by keyboard.
  await proposal(page, "28").click();
  await page.keyboard.press("r");
  await expect(proposal(page, "28")).toContainText("rejected");

  // Edit one: the claim form opens prefilled, the editor sets the period, and returns to the review.
  await proposal(page, "between 5,000 and 7,000").getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a claim" })).toBeVisible();
  await expect(page.getByLabel("The figure as written")).toHaveValue("between 5,000 and 7,000");
  await expect(page.getByLabel("Qualifier")).toHaveValue("range");
  await expect(page.getByLabel("Metric", { exact: true })).toHaveValue("isis-fighters");
  await expect(page.getByRole("combobox", { name: "Place", exact: true })).toHaveValue("Syria and Iraq");
  await page.getByLabel("From", { exact: true }).fill("2024-08-13");
  await page.getByLabel("To", { exact: true }).fill("2024-08-13");
  await page.getByLabel("Period as written").fill("remain active");
  await page.getByRole("button", { name: "Add the claim" }).click();
  await expect(page).toHaveURL(/\/sources\/\d+\/review$/);
  await expect(page.getByRole("status").filter({ hasText: "figures proposed" })).toContainText(/\b5 figures proposed/);
  // The rejection was kept: the rejected figure is still marked rejected on this new visit.
  await expect(proposal(page, "28")).toContainText("rejected");

  // The edited figure is on its metric page, and its group's verdict now counts it.
  await page.goto("/metrics/isis-fighters");
  const group = page.getByRole("region", { name: "ISIS fighters in Syria and Iraq" });
  await expect(group).toContainText("5 figures");
  await expect(group).toContainText("Trend over time");
  await expect(page.getByRole("table", { name: /Every claim for ISIS fighters/ })).toContainText("5,000–7,000");

  // The accepted 41 shows on the source, highlighted; its claim page offers editing.
  await page.goto(sourceUrl);
  await expect(page.getByRole("heading", { level: 2, name: /claims in this article/ })).toContainText("3 claims");
  await page.getByRole("link", { name: /^41: / }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("in Kirkuk");

  // An edit asks for a reason and shows up in the history with what changed.
  await page.getByRole("link", { name: "Edit this claim" }).click();
  // The place is searched as it is typed: "iraq" finds names that start with it, then later words.
  const place = page.getByRole("combobox", { name: "Place", exact: true });
  await expect(place).toHaveValue("Kirkuk Governorate");
  await place.fill("iraq");
  await expect(page.getByRole("listbox").getByRole("option")).toHaveText([/^Iraq/, /^Northern Iraq/, /^Syria and Iraq/]);
  await page.getByRole("option", { name: /^Northern Iraq/ }).click();
  await expect(place).toHaveValue("Northern Iraq");
  // An actor is found by a word of its name and added, from the keyboard, at the end of the chain.
  const finder = page.getByRole("combobox", { name: "Add an actor to the chain" });
  await finder.fill("military intel");
  await expect(page.getByRole("option", { name: /Iraqi military intelligence/ })).toBeVisible();
  await finder.press("ArrowDown");
  await finder.press("Enter");
  await expect(page.getByLabel("Attribution chain")).toHaveValue(/(^|, )iraqi-military-intelligence$/);
  await page.getByRole("button", { name: "Save a new version" }).click();
  await expect(page.getByText("Say why the claim changes (at least 5 characters).")).toBeVisible();
  // A failed submit keeps both choices.
  await expect(place).toHaveValue("Northern Iraq");
  await expect(page.getByLabel("Attribution chain")).toHaveValue(/(^|, )iraqi-military-intelligence$/);
  await page.getByLabel("Reason for this edit").fill("The raids covered the whole north, not Kirkuk alone");
  await page.getByRole("button", { name: "Save a new version" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("in Northern Iraq");
  const history = page.getByRole("region", { name: "History" });
  await expect(history).toContainText("Reason: The raids covered the whole north, not Kirkuk alone");
  await expect(history.getByRole("table", { name: "Changes in version 2" })).toContainText("Kirkuk Governorate");
  await expect(history.getByRole("table", { name: "Changes in version 2" })).toContainText("Northern Iraq");
  await expect(page.getByRole("list", { name: "Attribution chain, from origin to publisher" })).toContainText("Iraqi military intelligence");
  // Authors appear by name; their email addresses never reach a claim page or the claim API.
  await expect(history).toContainText("by E2E Editor");
  expect(await history.textContent()).not.toContain("@");
  const claimPath = new URL(page.url()).pathname;
  const api = await page.request.get(`/api/v1${claimPath}`);
  expect(api.status()).toBe(200);
  expect(await api.text()).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
});

test("a visitor who is not signed in is sent to sign in, and the API refuses mutations with 401", async ({ page, request }) => {
  await page.goto("/sources/new");
  await expect(page).toHaveURL(/\/login\?next=%2Fsources%2Fnew$/);
  for (const [method, url] of [
    ["POST", "/api/v1/sources"],
    ["POST", "/api/v1/claims"],
    ["PATCH", "/api/v1/claims/1"],
    ["POST", "/api/v1/claims/1/status"],
    ["POST", "/api/v1/extract"],
  ] as const) {
    const response = await request.fetch(url, { method, data: {} });
    expect(response.status(), `${method} ${url}`).toBe(401);
    expect(await response.json()).toHaveProperty("error");
  }
});
