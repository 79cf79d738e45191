import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: /(intake|comparison|upload|import|sessions|tokens|fuzz|start|instances)\.spec\.ts/ },
    { name: "phone", use: { ...devices["Pixel 7"] }, grep: /@phone/, testIgnore: /(intake|comparison|upload|import|sessions|tokens|fuzz|start|instances)\.spec\.ts/ },
    // Tests that add to the ledger run last, so that the reading tests see the seeds as curated.
    { name: "editing", use: { ...devices["Desktop Chrome"], channel: undefined }, testMatch: /(intake|comparison|upload|import|sessions|tokens)\.spec\.ts/, dependencies: ["desktop", "phone"] },
    // The fuzz run checks that nothing in the ledger changed, and the start and instances tests run
    // servers of their own: they run alone, at the end.
    { name: "last", testMatch: /(fuzz|start|instances)\.spec\.ts/, dependencies: ["editing"] },
  ],
  webServer: {
    command: "tsx --conditions=react-server scripts/e2e-server.ts",
    url: `http://localhost:${PORT}/`,
    env: { DATABASE_URL: "file:data/e2e.db", PORT: String(PORT), NEXT_TELEMETRY_DISABLED: "1" },
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
