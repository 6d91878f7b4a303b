// The operator's probes: liveness and readiness, unauthenticated, one yes/no per check and nothing else.
import { expect, test } from "@playwright/test";

test("GET /api/health answers ok without a session", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  expect(await response.json()).toEqual({ status: "ok" });
});

test("GET /api/ready: database reachable, migrations applied, job workers running", async ({ request }) => {
  const response = await request.get("/api/ready");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({
    status: "ok",
    checks: { database: true, migraties: true, achtergrondtaken: true },
  });
});

test("every response names its request in X-Request-Id", async ({ request }) => {
  const first = await request.get("/api/health");
  const second = await request.get("/api/health", { headers: { "X-Request-Id": "door-de-client-gekozen" } });
  expect(first.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  expect(second.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  expect(second.headers()["x-request-id"]).not.toBe(first.headers()["x-request-id"]);
});
