// Runs the authorisation matrix against the server, and checks that every route in app/ has a row.
import fs from "node:fs";
import path from "node:path";
import { expect, request, test } from "@playwright/test";
import { ROLE_KEYS, storageState } from "./accounts";
import { MATRIX, type Viewer } from "./authorization-matrix";

/** Route patterns of every page and route handler under app/ (route groups dropped). */
function appRoutes(dir = "app", prefix = ""): string[] {
  const routes: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
      routes.push(...appRoutes(full, prefix + segment));
    } else if (/^(page|route)\.tsx?$/.test(entry.name)) {
      routes.push(prefix || "/");
    }
  }
  return routes;
}

test("every route in app/ is in the authorisation matrix", () => {
  const covered = new Set(MATRIX.map((r) => r.route));
  const missing = appRoutes().filter((r) => !covered.has(r));
  expect(missing, `routes without a row in e2e/authorization-matrix.ts`).toEqual([]);
});

const viewers: Viewer[] = [...ROLE_KEYS, "anon"];

// Each viewer's run is independent and read-only: spread them over both workers.
test.describe.configure({ mode: "parallel" });

for (const viewer of viewers) {
  test(`authorisation matrix as ${viewer}`, async ({ baseURL }) => {
    const context = await request.newContext({
      baseURL,
      storageState: viewer === "anon" ? undefined : storageState(viewer),
    });
    for (const row of MATRIX) {
      const response = await context.fetch(row.url, { method: row.method ?? "GET", maxRedirects: 0 });
      const expected = row.expect[viewer];
      const label = `${row.method ?? "GET"} ${row.url} as ${viewer}`;
      if (typeof expected === "number") {
        expect(response.status(), label).toBe(expected);
      } else {
        expect([302, 303, 307, 308], label).toContain(response.status());
        expect(response.headers()["location"] ?? "", label).toMatch(expected.redirect);
      }
      // No answer ever carries another institution's data or a stack trace.
      const body = await response.text();
      expect(body, label).not.toMatch(/at .+\.(js|ts):\d+:\d+/);
    }
    await context.dispose();
  });
}
