// An editor grows the ledger as a person would: signs in, pastes a new article, creates the outlet,
// actor and province the ledger lacks where they are needed, reviews the figures the ledger proposes
// (correcting in place, accepting by keyboard, rejecting), retitles the source with a reason, and
// finds everything on the source, claim and metric pages.
import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";

/** Eight figures the extractor reads right in every field: the editor only has to accept them. */
const EIGHT_FIGURES = [
  "In the first half of 2024, ISIS claimed responsibility for 153 attacks in Syria and Iraq.",
  "Security forces captured 233 ISIS members in Deir ez-Zor in March 2024.",
  "About 2,500 US troops were deployed in Iraq in July 2024.",
  "ISIS fighters killed 11 soldiers in Kirkuk in May 2024.",
  "At least 40 people were kidnapped in Hasakah in April 2024.",
  "More than 3,000 people were displaced in Nangarhar in February 2024.",
  "Security forces killed 17 ISIS members in Raqqa in May 2024.",
  "Iraqi forces thwarted 12 ISIS plots in Kirkuk in June 2024.",
].join("\n\n");

/** A sign-off in letters only keeps each run's article new (the ledger refuses a duplicate) without adding a figure. */
const letters = (n: number) => Array.from(crypto.randomBytes(n), (b) => String.fromCharCode(97 + (b % 26))).join("");

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
  // Password hashing is slow on purpose, and slower on a loaded machine.
  await expect(page).toHaveURL(/\/sources$/, { timeout: 20_000 });
  // The page's scripts are in before the first click, on a machine under load too.
  await page.waitForLoadState("networkidle");
}

function proposal(page: Page, surface: string) {
  return page.getByRole("list", { name: "Proposed figures" }).getByRole("listitem").filter({ hasText: `“${surface}”` });
}

test("an editor adds an article, creating its outlet, an actor and a province in place, corrects one figure inline, accepts the rest by keyboard and retitles the source", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAsEditor(page);
  const run = letters(6);
  const outletName = `JFeed ${run}`;
  const actorName = `Syrian Observatory for Human Rights ${run}`;
  const provinceName = `Aleppo Governorate ${run}`;

  await page.getByRole("link", { name: "Add a source" }).click();
  await expect(page).toHaveURL(/\/sources\/new$/);
  await expect(page.getByRole("heading", { level: 1, name: "Add a source" })).toBeVisible({ timeout: 15_000 });
  // The limits are stated before anything is sent.
  await expect(page.getByText("up to 500,000 characters")).toBeVisible();
  await expect(page.getByText("Up to 2 MB.")).toBeVisible();
  const title = `Aleppo toll ${run}`;
  await page.getByLabel("Title").fill(title);

  // The outlet is not in the ledger: it is created from the form.
  const outlet = page.getByRole("combobox", { name: "Outlet" });
  await outlet.fill(outletName);
  await page.getByRole("option", { name: `Create “${outletName}” as a new outlet…` }).click();
  const newOutlet = page.getByRole("group", { name: "New outlet" });
  await expect(newOutlet.getByLabel("Name of the new outlet")).toHaveValue(outletName);
  await newOutlet.getByLabel("Other names (comma-separated)").fill(`jfeed.com/${run}`);
  await newOutlet.getByRole("button", { name: "Create the outlet" }).click();
  await expect(newOutlet).toBeHidden();
  await expect(outlet).toHaveValue(outletName);

  const article = [
    `At least 64 people were killed in Aleppo province in July 2024, according to the Syrian Observatory for Human Rights.`,
    "ISIS fighters killed 11 soldiers in Kirkuk in May 2024.",
    "At least 40 people were kidnapped in Hasakah in April 2024.",
    "Iraqi forces thwarted 12 ISIS plots in Kirkuk in June 2024.",
    `Filed by the ${run} desk.`,
  ].join("\n\n");
  await page.getByLabel("Full text").fill(article);
  // Neither a date nor "undated": refused at the field, with everything kept.
  await page.getByRole("button", { name: "Save and review its figures" }).click();
  await expect(page.getByText("Give the publication date, or tick “undated”.")).toBeVisible();
  await expect(page.getByLabel("Full text")).toHaveValue(article);
  await expect(outlet).toHaveValue(outletName);
  await page.getByLabel("Publication date").fill("2024-08-13");
  await page.getByRole("button", { name: "Save and review its figures" }).click();
  await expect(page).toHaveURL(/\/sources\/\d+\/review$/);
  const sourceUrl = page.url().replace(/\/review$/, "");

  const status = page.getByRole("status").filter({ hasText: "figures proposed" });
  await expect(status).toContainText("4 figures proposed · 0 accepted · 0 edited · 0 rejected · 4 left", { timeout: 30_000 });
  await expect(page.getByRole("list", { name: "Proposed figures" }).getByRole("listitem")).toHaveCount(4);

  // The first figure's place and attribution are wrong: corrected in place, creating the province and the actor.
  await proposal(page, "At least 64").click();
  await page.keyboard.press("e");
  const editor = proposal(page, "At least 64").getByRole("group", { name: "Correct this figure" });
  await expect(editor.getByLabel("Metric")).toBeFocused();
  const place = editor.getByRole("combobox", { name: "Place" });
  await place.fill(provinceName);
  await page.getByRole("option", { name: `Create “${provinceName}” as a new place…` }).click();
  const newPlace = editor.getByRole("group", { name: "New place" });
  await newPlace.getByLabel("Kind of place").selectOption("province");
  await newPlace.getByRole("combobox", { name: "Lies inside" }).fill("syria");
  await page.getByRole("option", { name: /^Syria\s*country/ }).click();
  await newPlace.getByRole("button", { name: "Create the place" }).click();
  await expect(newPlace).toBeHidden();
  await expect(place).toHaveValue(provinceName);

  const finder = editor.getByRole("combobox", { name: "Add an actor to the chain" });
  await finder.fill(actorName);
  await page.getByRole("option", { name: `Create “${actorName}” as a new actor…` }).click();
  const newActor = editor.getByRole("group", { name: "New actor" });
  await newActor.getByLabel("Other names (comma-separated)").fill(`SOHR ${run}`);
  await newActor.getByLabel("Kind of actor").selectOption("ngo");
  await newActor.getByRole("button", { name: "Create the actor" }).click();
  await expect(newActor).toBeHidden();
  await expect(editor.getByRole("list", { name: "Attribution chain" })).toContainText(actorName);
  // The new actor is found again by its alias, whatever the case.
  await finder.fill(`sohr ${run}`.toUpperCase());
  await expect(page.getByRole("option", { name: new RegExp(actorName) })).toBeVisible();
  await finder.press("Escape");
  await finder.fill("");

  await editor.getByLabel("Metric").focus();
  await page.keyboard.press("Control+Enter");
  await expect(proposal(page, "At least 64")).toContainText(/corrected and accepted as claim #\d+/);
  await expect(status).toContainText("4 figures proposed · 0 accepted · 1 edited · 0 rejected · 3 left");

  // The rest are right: accepted by keyboard, one key each, moving on by itself.
  for (let i = 0; i < 3; i += 1) await page.keyboard.press("a");
  await expect(status).toContainText("4 figures proposed · 3 accepted · 1 edited · 0 rejected · 0 left");

  // The tally survives a reload: accepted figures are claims now, and still counted.
  await page.reload();
  await expect(status).toContainText("4 figures proposed · 3 accepted · 1 edited · 0 rejected · 0 left");

  // The source's title is corrected with a reason; its history keeps it.
  await page.goto(sourceUrl);
  await page.getByRole("link", { name: "Edit this source" }).click();
  await expect(page.getByRole("combobox", { name: "Outlet" })).toHaveValue(outletName);
  const newTitle = `Sixty-four killed in Aleppo province ${run}`;
  await page.getByLabel("Title").fill(newTitle);
  await page.getByRole("button", { name: "Save the source" }).click();
  await expect(page.getByText("Say why the source changes (at least 5 characters).")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(newTitle);
  await page.getByLabel("Reason for this change").fill("The headline names the toll");
  await page.getByRole("button", { name: "Save the source" }).click();
  await expect(page.getByRole("heading", { level: 1, name: newTitle })).toBeVisible();
  const about = page.getByRole("region", { name: "About this source" });
  await expect(about).toContainText(outletName);
  await expect(page.getByRole("region", { name: "History" })).toContainText("Reason: The headline names the toll");
  await expect(page.getByRole("heading", { level: 2, name: /claims in this article/ })).toContainText("4 claims");

  // The corrected claim, on its page and on its metric's page.
  await page.getByRole("region", { name: /claims in this article/ }).getByRole("link", { name: "People killed" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`in ${provinceName}`);
  await expect(page.getByRole("list", { name: "Attribution chain, from origin to publisher" })).toContainText(actorName);
  await expect(page.getByRole("list", { name: "Attribution chain, from origin to publisher" })).toContainText(outletName);
  const claimUrl = page.url();

  // The actor is corrected from its page with a reason: a name another actor has is refused at the field, and the revision shows.
  await page.getByRole("list", { name: "Attribution chain, from origin to publisher" }).getByRole("link", { name: actorName }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(actorName);
  await expect(page.getByText(`Also known as SOHR ${run}.`)).toBeVisible();
  await page.getByRole("link", { name: "Edit this actor" }).click();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(actorName);
  await page.getByLabel("Name", { exact: true }).fill(outletName);
  await page.getByLabel("Reason for this change").fill("Its full name, as the report gives it");
  await page.getByRole("button", { name: "Save the actor" }).click();
  await expect(page.locator("#field-name-error")).toContainText(`The ledger already has “${outletName}”`);
  await expect(page.getByLabel("Reason for this change")).toHaveValue("Its full name, as the report gives it");
  const renamed = `Syrian Observatory (SOHR) ${run}`;
  await page.getByLabel("Name", { exact: true }).fill(renamed);
  await page.getByRole("button", { name: "Save the actor" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(renamed);
  const history = page.getByRole("region", { name: "History" });
  await expect(history).toContainText("Version 2");
  await expect(history).toContainText("Reason: Its full name, as the report gives it");
  // The claim shows the new name at once.
  await page.goto(claimUrl);
  await expect(page.getByRole("list", { name: "Attribution chain, from origin to publisher" })).toContainText(renamed);

  await page.goto("/metrics/people-killed");
  await expect(page.getByRole("table", { name: /Every claim for People killed/ })).toContainText(provinceName);
});

test("the 8-figure article, every suggestion right, takes at most 25 keys and clicks from the form to the last accepted figure", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAsEditor(page);
  let actions = 0;
  const click = async (locator: ReturnType<Page["getByRole"]>) => {
    actions += 1;
    await locator.click();
  };
  /** Clicking into a field and pasting or typing its value: two actions. */
  const fill = async (locator: ReturnType<Page["getByLabel"]>, value: string) => {
    actions += 2;
    await locator.fill(value);
  };
  const press = async (key: string) => {
    actions += 1;
    await page.keyboard.press(key);
  };

  await click(page.getByRole("link", { name: "Add a source" }));
  await fill(page.getByLabel("Title"), `Eight figures ${letters(6)}`);
  await fill(page.getByLabel("Publication date"), "2024-08-13");
  await fill(page.getByLabel("Full text"), `${EIGHT_FIGURES}\n\nFiled by the ${letters(8)} desk.`);
  await click(page.getByRole("button", { name: "Save and review its figures" }));
  await expect(page).toHaveURL(/\/sources\/\d+\/review$/);
  const status = page.getByRole("status").filter({ hasText: "figures proposed" });
  await expect(status).toContainText("8 figures proposed · 0 accepted · 0 edited · 0 rejected · 8 left", { timeout: 30_000 });
  for (let i = 0; i < 8; i += 1) await press("a");
  await expect(status).toContainText("8 figures proposed · 8 accepted · 0 edited · 0 rejected · 0 left");
  expect(actions).toBeLessThanOrEqual(25);
  console.log(`8-figure article: ${actions} keys and clicks`);

  // A batch: a second visit finds nothing left, and the tally is unchanged.
  await page.reload();
  await expect(status).toContainText("8 figures proposed · 8 accepted · 0 edited · 0 rejected · 0 left");
});

test("a batch of marked proposals is accepted together, and a rejection is kept", async ({ page }) => {
  await signInAsEditor(page);
  await page.goto("/sources/new");
  await page.getByLabel("Title").fill(`Batch ${letters(6)}`);
  await page.getByRole("checkbox", { name: "The article is undated" }).check();
  await page.getByLabel("Full text").fill(`${EIGHT_FIGURES.split("\n\n").slice(0, 3).join("\n\n")}\n\nFiled by the ${letters(8)} desk.`);
  await page.getByRole("button", { name: "Save and review its figures" }).click();
  await expect(page).toHaveURL(/\/sources\/\d+\/review$/);
  const status = page.getByRole("status").filter({ hasText: "figures proposed" });
  await expect(status).toContainText("3 figures proposed", { timeout: 30_000 });
  await page.keyboard.press("x");
  await page.keyboard.press("j");
  await page.keyboard.press("x");
  await page.keyboard.press("j");
  await page.keyboard.press("r");
  await expect(proposal(page, "About 2,500")).toContainText("rejected");
  await page.keyboard.press("Shift+A");
  await expect(status).toContainText("3 figures proposed · 2 accepted · 0 edited · 1 rejected · 0 left");
  await page.reload();
  await expect(status).toContainText("3 figures proposed · 2 accepted · 0 edited · 1 rejected · 0 left");
  await expect(proposal(page, "About 2,500")).toContainText("rejected");
});

test("an accepted claim is edited with a reason: places and actors are searched as typed, and the history shows the change", async ({ page }) => {
  test.setTimeout(60_000);
  await signInAsEditor(page);
  await page.goto("/sources/new");
  await page.getByLabel("Title").fill(`Kirkuk ambush ${letters(6)}`);
  await page.getByLabel("Publication date").fill("2024-08-13");
  await page.getByLabel("Full text").fill(`ISIS fighters killed 11 soldiers in Kirkuk in May 2024.\n\nFiled by the ${letters(8)} desk.`);
  await page.getByRole("button", { name: "Save and review its figures" }).click();
  await expect(page.getByRole("status").filter({ hasText: "proposed" })).toContainText("1 figure proposed · 0 accepted", { timeout: 30_000 });
  await page.keyboard.press("a");
  await proposal(page, "11").getByRole("link", { name: /accepted as claim #\d+/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("in Kirkuk");

  await page.getByRole("link", { name: "Edit this claim" }).click();
  // The place is searched as it is typed: "iraq" finds names that start with it, then later words, then offers to create it.
  const place = page.getByRole("combobox", { name: "Place", exact: true });
  await expect(place).toHaveValue("Kirkuk Governorate");
  await place.fill("iraq");
  await expect(page.getByRole("listbox").getByRole("option")).toHaveText([/^Iraq/, /^Northern Iraq/, /^Syria and Iraq/, "Create “iraq” as a new place…"]);
  await page.getByRole("option", { name: /^Northern Iraq/ }).click();
  await expect(place).toHaveValue("Northern Iraq");
  // An actor is found by a word of its name and added, from the keyboard, at the end of the chain.
  const finder = page.getByRole("combobox", { name: "Add an actor to the chain" });
  await finder.fill("military intel");
  await expect(page.getByRole("option", { name: /Iraqi military intelligence/ })).toBeVisible();
  // The first match is active as the list opens; "Create" follows it.
  await finder.press("Enter");
  await expect(page.getByLabel("Attribution chain")).toHaveValue(/(^|, )iraqi-military-intelligence$/);
  await page.getByRole("button", { name: "Save a new version" }).click();
  await expect(page.getByText("Say why the claim changes (at least 5 characters).")).toBeVisible();
  // A failed submit keeps both choices.
  await expect(place).toHaveValue("Northern Iraq");
  await expect(page.getByLabel("Attribution chain")).toHaveValue(/(^|, )iraqi-military-intelligence$/);
  await page.getByLabel("Reason for this edit").fill("The ambush was reported for the whole north");
  await page.getByRole("button", { name: "Save a new version" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("in Northern Iraq");
  const history = page.getByRole("region", { name: "History" });
  await expect(history).toContainText("Reason: The ambush was reported for the whole north");
  await expect(history.getByRole("table", { name: "Changes in version 2" })).toContainText("Kirkuk Governorate");
  await expect(page.getByRole("list", { name: "Attribution chain, from origin to publisher" })).toContainText("Iraqi military intelligence");
  // Authors appear by name; their email addresses never reach a claim page or the claim API.
  await expect(history).toContainText("by E2E Editor");
  expect(await history.textContent()).not.toContain("@");
  const claimPath = new URL(page.url()).pathname;
  const api = await page.request.get(`/api/v1${claimPath}`);
  expect(api.status()).toBe(200);
  expect(await api.text()).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
});

test("a 2 MB paste is refused at the field with the limit named, and nothing typed is lost", async ({ page }) => {
  await signInAsEditor(page);
  await page.goto("/sources/new");
  const title = `Huge ${letters(6)}`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Publication date").fill("2024-08-13");
  const huge = "Officials said 40 fighters were captured. ".repeat(Math.ceil(2_000_000 / 42)).slice(0, 2_000_000);
  await page.getByLabel("Full text").fill(huge);
  await expect(page.getByText("2,000,000 of 500,000 characters")).toBeVisible();
  await page.getByRole("button", { name: "Save and review its figures" }).click();
  await expect(page.getByText("The text has 2,000,000 characters; the limit is 500,000 characters.", { exact: false })).toBeVisible();
  await expect(page.getByLabel("Full text")).toBeFocused();
  await expect(page).toHaveURL(/\/sources\/new$/);
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await expect(page.getByLabel("Publication date")).toHaveValue("2024-08-13");
  expect(await page.getByLabel("Full text").inputValue()).toHaveLength(2_000_000);
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
    ["POST", "/api/v1/outlets"],
    ["POST", "/api/v1/actors"],
    ["POST", "/api/v1/places"],
    ["PATCH", "/api/v1/sources/1"],
  ] as const) {
    const response = await request.fetch(url, { method, data: {} });
    expect(response.status(), `${method} ${url}`).toBe(401);
    expect(await response.json()).toHaveProperty("error");
  }
});
