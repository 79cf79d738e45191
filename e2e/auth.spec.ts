// Signing in and out, the login form's errors, and who may open the admin page. The accounts come
// from lib/testing/e2e-fixtures.ts (editor@example.test and admin@example.test).
import crypto from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const PASSWORD = "correct-horse-battery-staple";
const EDITOR = "editor@example.test";
const ADMIN = "admin@example.test";

// The login limit (5 attempts a minute per client address) holds here too, and every browser of
// the suite connects from 127.0.0.1. Each test therefore presents its own address: Next.js keeps an
// X-Forwarded-For the client sends, and the login form passes it on to better-auth's limiter.
test.beforeEach(async ({ page }) => {
  const [a, b, c] = crypto.randomBytes(3);
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.${a}.${b}.${c}` });
});

async function fillLogin(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

function accountMenu(page: Page) {
  return page.getByRole("banner").getByRole("group", { name: "Account" });
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

test("an editor signs in on the login page, sees their email in the header, and signs out", async ({ page }) => {
  await page.goto("/sources");
  await page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/login\?next=%2Fsources$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();

  await fillLogin(page, EDITOR, PASSWORD);
  await expect(page).toHaveURL(/\/sources$/);
  await expect(accountMenu(page)).toContainText(EDITOR);
  await expect(accountMenu(page)).toContainText("editor");
  await expect(accountMenu(page).getByRole("link", { name: "Users" })).toHaveCount(0);

  // The session survives navigation and reloads.
  await page.reload();
  await expect(accountMenu(page)).toContainText(EDITOR);

  await accountMenu(page).getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("banner")).not.toContainText(EDITOR);
  // Reading stays public.
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();
});

test("a wrong password shows the error by the form and keeps the email typed", async ({ page }) => {
  await page.goto("/login");
  await fillLogin(page, EDITOR, "not-the-password");
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toHaveText("That email and password do not match an account. Check both and try again.");
  await expect(alert).toBeFocused();
  await expect(page.getByLabel("Email")).toHaveValue(EDITOR);
  await expect(page.getByLabel("Password")).toHaveValue("");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("empty fields are named next to each field, and focus goes to the first", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Sign in" }).click();
  const email = page.getByLabel("Email");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription("Enter an email address.");
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription("Enter your password.");
  await expect(email).toBeFocused();
  await expectNoSeriousViolations(page);
});

test("the sixth rapid sign-in attempt is refused with a wait", async ({ page }) => {
  await page.goto("/login");
  for (let i = 0; i < 5; i++) {
    await fillLogin(page, EDITOR, `wrong-${i}`);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("do not match");
    // Wait for the form to be ready again before the next attempt.
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await fillLogin(page, EDITOR, PASSWORD);
  await expect(page.getByRole("main").getByRole("alert")).toContainText(/Too many sign-in attempts\. Wait \d+ seconds/);
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("signed out, the admin page sends to the login page and comes back", async ({ page }) => {
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fusers$/);
  await fillLogin(page, ADMIN, PASSWORD);
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
});

test("an editor opening /admin/users gets a 403 page", async ({ page }) => {
  await page.goto("/login?next=/admin/users");
  await fillLogin(page, EDITOR, PASSWORD);
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(accountMenu(page)).toContainText(EDITOR);
  await expect(page.getByRole("main")).toContainText("403");
  await expect(page.getByRole("table")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Create user" })).toHaveCount(0);
  // Opened directly, the answer itself is a 403.
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("main")).toContainText("403");
});

test("an admin sees the user list, creates a user and promotes them, and they can sign in", async ({ page }) => {
  await page.goto("/login?next=/admin/users");
  await fillLogin(page, ADMIN, PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expect(accountMenu(page)).toContainText("admin");
  const table = page.getByRole("table");
  await expect(table.getByRole("row", { name: new RegExp(EDITOR) })).toBeVisible();
  await expect(table.getByRole("row", { name: new RegExp(ADMIN) })).toBeVisible();
  await expect(page.getByRole("columnheader")).toHaveText(["Email", "Name", "Role", "Created", "Sessions"]);
  await expect(page).toHaveTitle("Users · Figure Ledger");
  await expectNoSeriousViolations(page);

  const form = page.getByRole("form", { name: "Add a user" });
  // A duplicate email is named next to the field and what was typed stays.
  await form.getByLabel("Email").fill(EDITOR.toUpperCase());
  await form.getByLabel("Name").fill("Someone Else");
  await form.getByLabel("Password").fill("another-long-password");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByLabel("Email")).toHaveAccessibleDescription(`A user with the email ${EDITOR} already exists.`);
  await expect(form.getByLabel("Email")).toBeFocused();
  await expect(form.getByLabel("Name")).toHaveValue("Someone Else");

  const email = `new-${crypto.randomUUID().slice(0, 8)}@example.test`;
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Name").fill("New Editor");
  await form.getByLabel("Role").selectOption("editor");
  await form.getByLabel("Password").fill("a-fresh-long-password");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByRole("status")).toHaveText(`Created ${email} as editor.`);
  const row = table.getByRole("row", { name: new RegExp(email) });
  await expect(row).toContainText("New Editor");
  await expect(row.getByLabel(`Role of ${email}`)).toHaveValue("editor");

  // Promote them; the page says so beside the row.
  await row.getByLabel(`Role of ${email}`).selectOption("admin");
  await row.getByRole("button", { name: `Change role of ${email}` }).click();
  await expect(row.getByRole("status")).toHaveText(`${email} is now an admin.`);

  await accountMenu(page).getByRole("button", { name: "Sign out" }).click();
  await page.goto("/login");
  await fillLogin(page, email, "a-fresh-long-password");
  await expect(accountMenu(page)).toContainText(email);
  await expect(accountMenu(page).getByRole("link", { name: "Users" })).toBeVisible();
});
