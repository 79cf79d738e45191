// An editor imports a ledger file from the import page: a file with one bad row is refused with
// the row named, the fixed file goes in with the progress bar reaching its end, and the imported
// claim opens on its page. It adds a source, so it runs with the other editing tests.
import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
// The accounts lib/testing/e2e-fixtures.ts creates.
const E2E_PASSWORD = "correct-horse-battery-staple";
const EDITOR = "editor@example.test";

test.beforeEach(async ({ page }) => {
  const [a, b, c] = crypto.randomBytes(3);
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.${a}.${b}.${c}` });
});

/** A ledger file with one new source and one claim quoting it; `best` is the claim's value. */
function ledgerFile(tag: string, best: string | null): Buffer {
  const text = `Harbour report ${tag}. Officials said 317 families were moved to the northern camp after the floods.`;
  const quote = "Officials said 317 families were moved to the northern camp";
  const lines = [
    {
      type: "source", id: 1, title: `Harbour report ${tag}`, outlet: null, url: `https://example.test/harbour/${tag}`, published: "2024-05-02", not_before: null, dating_note: "",
      retrieved_at: "2024-05-03T00:00:00.000Z", created_at: "2024-05-03T00:00:00.000Z", text, republishes: null, republished_origin: null, republished_via: null, republished_note: "",
      review: { proposed: 0, accepted: 0, edited: 0, rejected: 0 },
    },
    {
      type: "claim", id: 1, key: null, source_id: 1, metric: "us-troops-deployed", place: "syria", qualifier: "exact", low: null, best, high: null, vague_term: null,
      surface: "317", surface_start: text.indexOf("317"), modality: "observed", change: null, cumulative: false, period_start: null, period_end: null, period_label: "",
      quote, quote_start: text.indexOf(quote), attribution: [], note: "", status: "active", status_reason: "", created_at: "2024-05-03T00:00:00.000Z", relations: [],
    },
    { complete: true, sources: 1, claims: 1 },
  ];
  return Buffer.from(lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
}

test("a file with one bad row is refused with the row named; fixed, it imports with the progress bar reaching the end", async ({ page }) => {
  await page.goto("/login?next=%2Fsources");
  await page.getByLabel("Email").fill(EDITOR);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/sources$/, { timeout: 20_000 });
  await page.getByRole("link", { name: "Import a file of sources and claims" }).click();
  await expect(page.getByRole("heading", { name: "Import sources and claims" })).toBeVisible();

  const tag = crypto.randomUUID().slice(0, 8);
  await page.getByLabel("Ledger file").setInputFiles({ name: "bad.jsonl", mimeType: "application/x-ndjson", buffer: ledgerFile(tag, null) });
  await page.getByRole("button", { name: "Import" }).click();
  const report = page.getByRole("alert").filter({ hasText: "nothing was imported" });
  await expect(report).toBeVisible();
  const row = report.getByRole("row").filter({ hasText: "An exact figure needs its value." });
  await expect(row.getByRole("cell").nth(0)).toHaveText("2");
  await expect(row.getByRole("cell").nth(1)).toHaveText("best");

  await page.getByLabel("Ledger file").setInputFiles({ name: "fixed.jsonl", mimeType: "application/x-ndjson", buffer: ledgerFile(tag, "317") });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText("Imported 1 source and 1 claim")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("progressbar", { name: "Import progress" })).toHaveAttribute("value", "100");
  await expect(report).toHaveCount(0);

  await page.getByRole("link", { name: "Open the first imported claim" }).click();
  await expect(page).toHaveURL(/\/claims\/\d+$/);
  await expect(page.getByText("Officials said 317 families were moved to the northern camp").first()).toBeVisible();
});
