// Uploads through the intake form up to the 2 MB limit (Next.js's own 1 MB server-action limit
// answered 500 before), and a larger file refused at its field with what was typed kept. It adds a
// source, so it runs with the other editing tests, after the reading tests.
import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
// The accounts lib/testing/e2e-fixtures.ts creates.
const E2E_PASSWORD = "correct-horse-battery-staple";
const E2E_USERS = { editor: { email: "editor@example.test" }, admin: { email: "admin@example.test" } } as const;

test.beforeEach(async ({ page }) => {
  const [a, b, c] = crypto.randomBytes(3);
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.${a}.${b}.${c}` });
});

async function openForm(page: Page) {
  await page.goto("/login?next=%2Fsources%2Fnew");
  await page.getByLabel("Email").fill(E2E_USERS.editor.email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/sources\/new$/, { timeout: 20_000 });
}

const fileField = (page: Page) => page.getByLabel(/upload a \.txt or \.html file/);

test("a file over 2 MB is refused at its field, and what was typed stays", async ({ page }) => {
  await openForm(page);
  const title = `Large upload ${crypto.randomUUID().slice(0, 8)}`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Publication date").fill("2024-08-13");
  await page.getByLabel("Full text").fill("Typed text that must survive.");
  await fileField(page).setInputFiles({ name: "big.txt", mimeType: "text/plain", buffer: Buffer.alloc(2_100_000, "a") });
  // Checked in the browser before anything is sent: the file never leaves it.
  await page.getByRole("button", { name: "Save and review its figures" }).click();
  await expect(fileField(page)).toBeFocused();
  await expect(page.getByText(/The file has 2\.1 MB; the limit is 2 MB/)).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await expect(page.getByLabel("Full text")).toHaveValue("Typed text that must survive.");
  await expect(page).toHaveURL(/\/sources\/new$/, { timeout: 20_000 });
});

test("a saved web page of nearly 2 MB uploads and is read for its article", async ({ page }) => {
  test.setTimeout(90_000);
  await openForm(page);
  const marker = crypto.randomUUID().slice(0, 8);
  // A news page is mostly markup, styles and scripts around a short article.
  const html = [
    `<!doctype html><html><head><title>Convoys counted ${marker}</title><style>`,
    `.x{color:red}\n`.repeat(110_000),
    `</style></head><body><nav>Home · World · Politics</nav><article><h1>Convoys counted ${marker}</h1>`,
    "<p>Officials said on Monday that they had counted 40 convoys on the road to the border during the first week of June 2024.</p>",
    "<p>The ministry reported that at least 12 checkpoints were closed, and about 2,500 people waited to cross.</p>",
    "<p>Local officials said the numbers had doubled since the previous month, when 20 convoys were counted.</p>",
    "</article><footer>© Example News</footer></body></html>",
  ].join("");
  expect(html.length).toBeGreaterThan(1_500_000);
  expect(html.length).toBeLessThan(2_000_000);
  await fileField(page).setInputFiles({ name: "page.html", mimeType: "text/html", buffer: Buffer.from(html) });
  await page.getByLabel("The article is undated").check();
  await page.getByRole("button", { name: "Save and review its figures" }).click();
  await expect(page).toHaveURL(/\/sources\/\d+\/review$/, { timeout: 60_000 });
  await expect(page.getByRole("article", { name: /proposed figures highlighted/ })).toContainText("40 convoys");
});
