// Shared by the API specs: tokens, JSON calls with a bearer token, and suppliers of their own
// (a leverancier, a client and mandates written straight into the e2e database), so each spec has
// its own rate-limit bucket and mandates that no other spec changes.
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import type { Dienst } from "@/generated/prisma/enums";
import { hashSecret } from "@/lib/auth/password";
import { addDays } from "@/lib/bekostiging/dates";
import { todayIso } from "@/lib/shared/dates";
import { randomBsn, runId } from "../uploads/helpers";

export { randomBsn, runId };
export const API = "/api/v1";
export const today = () => todayIso();
export const dayOffset = (days: number) => addDays(todayIso(), days);

let client: PrismaClient | undefined;

/**
 * The e2e database, for fixtures only. With the embedded default the server holds the database
 * alone, so these specs need PostgreSQL (CI and `npm test` with DATABASE_URL have it).
 */
export function database(): PrismaClient {
  test.skip(
    !process.env.DATABASE_URL?.startsWith("postgres"),
    "API-fixtures schrijven in de e2e-database; dat kan alleen op PostgreSQL",
  );
  return (client ??= new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 2 }, { schema: "public" }),
  }));
}

export async function tokenFor(request: APIRequestContext, clientId: string, secret: string): Promise<string> {
  const response = await request.post(`${API}/oauth/token`, {
    form: { grant_type: "client_credentials", client_id: clientId, client_secret: secret },
  });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

export interface Supplier {
  leverancierId: string;
  apiClientId: string;
  clientId: string;
  secret: string;
  token: string;
}

/** A new leverancier with one client and the given mandates (begin 2020-01-01 unless given). */
export async function newSupplier(
  request: APIRequestContext,
  mandaten: { brin: string; dienst: Dienst; begindatum?: string; einddatum?: string | null }[],
  options: { rateLimit?: number } = {},
): Promise<Supplier> {
  const db = database();
  const run = runId();
  const secret = `geheim-${run}`;
  const leverancier = await db.leverancier.create({ data: { naam: `Testleverancier ${run}` } });
  const apiClient = await db.apiClient.create({
    data: {
      clientId: `test-${run}`,
      leverancierId: leverancier.id,
      secretHash: await hashSecret(secret),
      rateLimit: options.rateLimit,
    },
  });
  for (const m of mandaten) {
    await db.mandaat.create({
      data: {
        brin: m.brin,
        dienst: m.dienst,
        leverancierId: leverancier.id,
        begindatum: new Date(`${m.begindatum ?? "2020-01-01"}T00:00:00Z`),
        einddatum: m.einddatum ? new Date(`${m.einddatum}T00:00:00Z`) : null,
      },
    });
  }
  const token = await tokenFor(request, apiClient.clientId, secret);
  return { leverancierId: leverancier.id, apiClientId: apiClient.id, clientId: apiClient.clientId, secret, token };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

type Call = { method: "GET" | "PUT" | "DELETE" | "POST"; data?: unknown; headers?: Record<string, string> };

export async function call(
  request: APIRequestContext,
  token: string,
  path: string,
  { method, data, headers }: Call = { method: "GET" },
): Promise<APIResponse> {
  return request.fetch(path.startsWith("/") ? path : `${API}/${path}`, {
    method,
    headers: { ...bearer(token), ...(data !== undefined ? { "Content-Type": "application/json" } : {}), ...headers },
    data: data === undefined ? undefined : JSON.stringify(data),
    maxRedirects: 0,
  });
}

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  invalidParams?: { name: string; code: string; reason: string }[];
  melding?: { id: number };
};

/** A problem+json answer with this status; returns its body. */
export async function expectProblem(response: APIResponse, status: number): Promise<Problem> {
  const text = await response.text();
  expect(response.status(), text).toBe(status);
  expect(response.headers()["content-type"]).toBe("application/problem+json");
  expect(response.headers()["api-version"]).toMatch(/^1\.\d+\.\d+$/);
  const body = JSON.parse(text) as Problem;
  expect(body).toMatchObject({
    status,
    type: expect.any(String),
    title: expect.any(String),
    detail: expect.any(String),
  });
  return body;
}

/** A valid mbo inschrijving body (BOL, 90003 at 25AA, 2026-2027), overridable. */
export function mboBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    bsn: randomBsn(),
    geboortedatum: "2005-03-14",
    geslacht: "V",
    achternaam: "Jansen",
    voornamen: "Eva",
    postcode: "3521 AB",
    datumInschrijving: "2026-08-01",
    datumUitschrijvingGepland: "2029-07-31",
    perioden: [
      { periodeBegindatum: "2026-08-01", opleidingscode: "90003", leerweg: "BOL", indicatieBekostigbaar: "J" },
    ],
    ...overrides,
  };
}

export function poBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    bsn: randomBsn(),
    geboortedatum: "2018-05-01",
    geslacht: "M",
    datumInschrijving: "2024-08-15",
    perioden: [{ periodeBegindatum: "2024-08-15", vestigingscode: "01AB00", groep: 3 }],
    ...overrides,
  };
}
