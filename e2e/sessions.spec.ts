// An admin sees a user's sessions on /admin/users and signs them out everywhere; the user's
// browser is signed out at once. It adds a user, so it runs with the editing tests.
import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";

const PASSWORD = "correct-horse-battery-staple";

async function signIn(page: Page, email: string, password: string, next: string) {
  const [a, b, c] = crypto.randomBytes(3);
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.${a}.${b}.${c}` });
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/\//g, "\\/")}$`));
}

test("an admin ends a user's sessions from /admin/users and the user is signed out", async ({ page, browser }) => {
  test.setTimeout(60_000);
  await signIn(page, "admin@example.test", PASSWORD, "/admin/users");
  const email = `sessions-${crypto.randomUUID().slice(0, 8)}@example.test`;
  const password = `pw-${crypto.randomUUID()}`;
  const form = page.getByRole("form", { name: /user/i }).or(page.locator("form").filter({ has: page.getByRole("button", { name: "Create user" }) }));
  await form.getByLabel("Email", { exact: true }).fill(email);
  await form.getByLabel("Name", { exact: true }).fill("Session Person");
  await form.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByText(`Created ${email} as editor.`)).toBeVisible();

  // The new user signs in twice, in two browsers.
  const browsers = await Promise.all([browser.newContext(), browser.newContext()]);
  const userPages = await Promise.all(browsers.map((context) => context.newPage()));
  for (const userPage of userPages) await signIn(userPage, email, password, "/sources");

  await page.reload();
  const row = page.getByRole("row").filter({ hasText: email });
  await row.getByText("2 active").click();
  const list = row.getByRole("list", { name: `Sessions of ${email}` });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await list.getByRole("button", { name: "End this session" }).first().click();
  await expect(row.getByText("1 active")).toBeVisible();
  // The list may still be open after the page refreshed; open it either way.
  await row.locator("details").evaluate((details) => ((details as HTMLDetailsElement).open = true));
  await row.getByRole("button", { name: `Sign ${email} out everywhere` }).click();
  await expect(row.getByRole("cell", { name: "None" })).toBeVisible();

  for (const userPage of userPages) {
    await userPage.goto("/sources/new");
    await expect(userPage).toHaveURL(/\/login/);
  }
  await Promise.all(browsers.map((context) => context.close()));
});
