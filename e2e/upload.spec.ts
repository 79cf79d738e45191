// Uploads through the intake form up to the 2 MB limit (Next.js's own 1 MB server-action limit
// answered 500 before), and a larger file refused at its field with what was typed kept. It adds a
// source, so it runs with the other editing tests, after the reading tests.
import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
// The accounts lib/testing/e2e-fixtures.ts creates.
const E2E_PASSWORD = "correct-horse-battery-staple";
const E2E_USERS = { editor: { email: "editor@example.test" }, admin: { email: "admin@example.test" } } as const;

test.beforeEach(async ({ page }) => {
  const [a, b, c] = crypto.randomBytes(3);
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.${a}.${b}.${c}` });
});

test("an editor uploads a file just under 2 MB; a larger one is refused at its field with the typed title kept", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/login?next=%2Fsources%2Fnew");
  await page.getByLabel("Email").fill(E2E_USERS.editor.email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/sources\/new$/);
  const title = `Large upload ${crypto.randomUUID().slice(0, 8)}`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("The article is undated").check();
  const tooBig = Buffer.from(`${"Officials counted 40 convoys on the road. ".repeat(50_000)}`);
  expect(tooBig.length).toBeGreaterThan(2_000_000);
  await page.getByLabel(/upload a \.txt or \.html file/).setInputFiles({ name: "big.txt", mimeType: "text/plain", buffer: tooBig });
  await page.getByRole("button", { name: "Save and review its figures" }).click();
  await expect(page.getByText(/the limit is 2 MB/)).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await expect(page).toHaveURL(/\/sources\/new$/);

  const nonce = crypto.randomUUID();
  const justUnder = Buffer.from(`Report ${nonce}.\n\n${"Officials counted 40 convoys on the road. ".repeat(46_000)}`.slice(0, 1_990_000));
  await page.getByLabel(/upload a \.txt or \.html file/).setInputFiles({ name: "report.txt", mimeType: "text/plain", buffer: justUnder });
  await page.getByRole("button", { name: "Save and review its figures" }).click();
  // Over the 500,000-character text limit, so the ledger refuses it at the field — as a message, not a 500.
  await expect(page.getByText(/500,000-character limit/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel("Title")).toHaveValue(title);

  const fits = Buffer.from(`Report ${nonce}.\n\n${"Officials counted 40 convoys on the road. ".repeat(11_000)}`);
  await page.getByLabel(/upload a \.txt or \.html file/).setInputFiles({ name: "report.txt", mimeType: "text/plain", buffer: fits });
  await page.getByRole("button", { name: "Save and review its figures" }).click();
  await expect(page).toHaveURL(/\/sources\/\d+\/review$/, { timeout: 30_000 });
});

