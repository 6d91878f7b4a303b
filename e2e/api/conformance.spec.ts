// The Logius API Design Rules on the running server: openapi.json (OpenAPI 3.1, no authentication,
// CORS), API-Version on every answer, a 404 for a trailing slash, 405 with Allow for a method a
// resource does not have, the readable reference, and every route of app/api/v1 documented.
import { Validator } from "@seriousme/openapi-schema-validator";
import { expect, test } from "@playwright/test";
import { apiRoutePaths } from "@/lib/api/openapi/app-routes";
import { expectAccessible } from "../axe";
import { API, expectProblem } from "./helpers";

type Doc = { openapi: string; paths: Record<string, Record<string, unknown>> };
const sample: Record<string, string> = {
  brin: "25AA",
  inschrijvingsvolgnummer: "T-1",
  bpvVolgnummer: "1",
  resultaatvolgnummer: "T-1",
  verzuimvolgnummer: "T-1",
  id: "00000000-0000-4000-8000-000000000000",
  dienst: "DUO_MBO",
};
const concrete = (path: string) => `${API}${path.replace(/\{(\w+)\}/g, (_m, name: string) => sample[name] ?? "x")}`;

test("openapi.json is public, CORS-open, a valid OpenAPI 3.1 document and documents every route", async ({
  request,
}) => {
  const response = await request.get(`${API}/openapi.json`, { headers: { Origin: "https://las.example" } });
  expect(response.status()).toBe(200);
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  expect(response.headers()["api-version"]).toMatch(/^1\.\d+\.\d+$/);
  const doc = (await response.json()) as Doc;
  const result = await new Validator().validate(doc as unknown as Parameters<Validator["validate"]>[0]);
  expect(result.errors ?? []).toEqual([]);
  expect(doc.openapi).toMatch(/^3\.1\./);
  expect(Object.keys(doc.paths).sort()).toEqual(apiRoutePaths());
  const preflight = await request.fetch(`${API}/openapi.json`, {
    method: "OPTIONS",
    headers: { Origin: "https://las.example", "Access-Control-Request-Method": "GET" },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
});

test("every route answers exactly the documented methods: OPTIONS lists them, others are 405 with Allow", async ({
  request,
}) => {
  const doc = (await (await request.get(`${API}/openapi.json`)).json()) as Doc;
  for (const [path, operations] of Object.entries(doc.paths)) {
    const documented = Object.keys(operations).map((m) => m.toUpperCase());
    const expected = new Set([...documented, "OPTIONS", ...(documented.includes("GET") ? ["HEAD"] : [])]);
    const options = await request.fetch(concrete(path), { method: "OPTIONS" });
    expect(options.status(), path).toBe(204);
    expect(new Set(options.headers()["allow"]!.split(", ")), path).toEqual(expected);
    expect(options.headers()["api-version"], path).toBeTruthy();
    for (const method of ["GET", "PUT", "POST", "DELETE", "PATCH"].filter((m) => !expected.has(m))) {
      const response = await request.fetch(concrete(path), {
        method,
        headers: { "Content-Type": "application/json" },
        data: "{}",
      });
      await expectProblem(response, 405);
      expect(response.headers()["allow"], `${method} ${path}`).toBe(options.headers()["allow"]);
    }
  }
});

test("a trailing slash is a 404, not a redirect; an unknown path too; both with API-Version", async ({ request }) => {
  for (const url of [`${API}/openapi.json/`, `${API}/instellingen/25AA/meldingen/`, `${API}/oauth/token/`, `${API}/`]) {
    const response = await request.get(url, { maxRedirects: 0 });
    await expectProblem(response, 404);
  }
  await expectProblem(await request.get(`${API}/bestaat-niet`), 404);
  await expectProblem(await request.delete(`${API}/instellingen/25AA/leerlingen/1`), 404);
  // Pages keep their redirect to the URL without the slash.
  const page = await request.get("/inloggen/", { maxRedirects: 0 });
  expect(page.status()).toBe(308);
  expect(page.headers()["location"]).toMatch(/\/inloggen$/);
});

test("every answer carries the security headers and no framework banner", async ({ request }) => {
  for (const url of [`${API}/openapi.json`, `${API}/instellingen/25AA/meldingen`, `${API}/docs`]) {
    const headers = (await request.get(url)).headers();
    expect(headers["x-content-type-options"], url).toBe("nosniff");
    expect(headers["referrer-policy"], url).toBeTruthy();
    expect(headers["x-powered-by"], url).toBeUndefined();
    expect(headers["content-security-policy"], url).toContain("frame-ancestors 'none'");
    expect(headers["api-version"], url).toBeTruthy();
  }
});

test("the reference page is readable, without scripts, and passes axe", async ({ page }) => {
  test.setTimeout(120_000); // a long page of tables: axe takes its time on a busy machine
  const response = await page.goto(`${API}/docs`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["content-security-policy"]).not.toContain("script-src");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("API");
  await expect(
    page.getByRole("heading", {
      name: "PUT /api/v1/instellingen/{brin}/inschrijvingen/{inschrijvingsvolgnummer}",
      exact: true,
    }),
  ).toBeVisible();
  expect(await page.locator("script").count()).toBe(0);
  await expectAccessible(page);
});
