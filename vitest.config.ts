import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit tests live beside the code they test (lib/**/*.test.ts); e2e/ is Playwright's.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "prisma/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    // One migrated template database per run, copied for every test database (lib/testing/database.ts).
    globalSetup: ["lib/testing/template.ts"],
    // Passed to the worker processes when they start, which is when Node reads it: the push tests'
    // local HTTPS receiver is signed by this test-only CA (lib/push/testdata), verified as usual.
    env: { NODE_EXTRA_CA_CERTS: fileURLToPath(new URL("lib/push/testdata/ca.pem", import.meta.url)) },
  },
});
