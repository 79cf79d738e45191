// An editor makes a personal API token in the app, a script uses it to add a source, the editor
// sees the source and the token's last use, revokes it, and the script's next call is refused.
// It adds to the ledger, so it runs with the editing tests.
import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";

const PASSWORD = "correct-horse-battery-staple";

async function signIn(page: Page, email: string, next: string) {
  const [a, b, c] = crypto.randomBytes(3);
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.${a}.${b}.${c}` });
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/\//g, "\\/")}$`));
}

test("an editor creates a token, a script writes with it, and after revoking it the next call is refused", async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  await signIn(page, "editor@example.test", "/sources");
  await page.getByRole("group", { name: "Account" }).getByRole("link", { name: "API tokens" }).click();
  await expect(page).toHaveURL(/\/account\/tokens$/);

  // A bad form keeps what was typed and says what is wrong at each field.
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Create token" }) });
  await form.getByLabel("Scope").selectOption("write");
  await form.getByLabel("Expires on (optional)").fill("2001-01-01");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(form.getByText("Name the token, e.g. after the script that will use it.")).toBeVisible();
  await expect(form.getByText("The expiry must be after today.")).toBeVisible();
  await expect(form.getByLabel("Scope")).toHaveValue("write");
  await expect(form.getByLabel("Expires on (optional)")).toHaveValue("2001-01-01");

  const name = `import script ${crypto.randomUUID().slice(0, 6)}`;
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Expires on (optional)").fill("");
  await page.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByTestId("new-token");
  await expect(shown).toBeVisible();
  const token = (await shown.textContent())!.trim();
  expect(token).toMatch(/^fl_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row.getByText("active")).toBeVisible();
  await expect(row.getByText(token)).toHaveCount(0);

  // The script: plain fetch, no cookie, no Origin.
  const title = `Report sent by a script ${crypto.randomUUID().slice(0, 8)}`;
  const send = () =>
    fetch(new URL("/api/v1/sources", baseURL), {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ title, undated: true, text: `${title}. Officials said 41 people were detained on Tuesday.` + crypto.randomUUID() }),
    });
  const added = await send();
  expect(added.status).toBe(201);
  const { url } = (await added.json()) as { id: number; url: string };

  await page.goto(url);
  await expect(page.getByRole("heading", { name: title })).toBeVisible();

  await page.goto("/account/tokens");
  await expect(row.locator(`td[data-label="Last used"] time`)).toBeVisible();
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(row.getByText("revoked")).toBeVisible();

  const refused = await send();
  expect(refused.status).toBe(401);
  expect(await refused.json()).toMatchObject({ error: expect.stringMatching(/revoked/) });
});
