// End-to-end tests in Debian's Chromium against a production build on a freshly migrated and seeded
// database (scripts/test.ts prepares it). A project per step: sign in every role, the specs, and
// the specs that change shared state last.
import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3200);
export const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/playwright",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL,
    locale: "nl-NL",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: [
    // The sign-ins are independent: both workers.
    { name: "setup", testMatch: /auth\.setup\.ts/, fullyParallel: true },
    {
      name: "chromium",
      dependencies: ["setup"],
      testIgnore: [/auth\.setup\.ts/, /lockout\.spec\.ts/, /vaststellen\.spec\.ts/, /licentie-import\.spec\.ts/],
    },
    // Last: these change state other specs read (a locked account, a fixed teldatum).
    {
      name: "last",
      dependencies: ["chromium"],
      testMatch: [/lockout\.spec\.ts/, /vaststellen\.spec\.ts/, /licentie-import\.spec\.ts/],
    },
  ],
  webServer: {
    command: `node node_modules/next/dist/bin/next start -p ${port}`,
    url: `${baseURL}/inloggen`,
    reuseExistingServer: false,
    // Every spec signs in and asks for tokens from this one address: the per-address and global
    // limits (tested in lib/api/token-endpoint.test.ts and lib/auth/sign-in.test.ts) would refuse
    // the suite itself. The lockout still applies.
    env: {
      AUTH_RATE_LIMIT_PER_IP: process.env.AUTH_RATE_LIMIT_PER_IP ?? "100000",
      AUTH_RATE_LIMIT_GLOBAL: process.env.AUTH_RATE_LIMIT_GLOBAL ?? "100000",
    },
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
