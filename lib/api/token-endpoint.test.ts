// The token endpoint under a flood: limited per client address before anything else, an unknown or
// revoked client_id refused without a bcrypt, and the global limit taken only right before a hash.
import bcrypt from "bcryptjs";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { hashSecret } from "@/lib/auth/password";
import { memoryRateLimits } from "@/lib/auth/rate-limits";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { REMOTE_ADDRESS_HEADER } from "@/lib/server/client-ip";
import { issueToken } from "./token-endpoint";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase({ reference: false });
  const leverancier = await t.db.leverancier.create({ data: { naam: "Testsoft BV" } });
  const secretHash = await hashSecret("geheim-1");
  await t.db.apiClient.createMany({
    data: [
      { clientId: "testsoft", leverancierId: leverancier.id, secretHash },
      { clientId: "testsoft-weg", leverancierId: leverancier.id, secretHash, ingetrokkenOp: new Date() },
    ],
  });
}, 120_000);
afterAll(async () => t?.close());
afterEach(() => vi.restoreAllMocks());

function tokenRequest(clientId: string, secret: string, address = "203.0.113.7"): Request {
  return new Request("http://localhost/api/v1/oauth/token", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", [REMOTE_ADDRESS_HEADER]: address },
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_id: clientId,
      client_secret: secret,
    }).toString(),
  });
}

const countCompares = () => vi.spyOn(bcrypt, "compare");

describe(`token endpoint under a flood (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("40 unknown client_ids from one address: 10 × 401, then 30 × 429 with Retry-After, and not one bcrypt", async () => {
    const compares = countCompares();
    const limits = memoryRateLimits({ perAddress: 10, global: 1000 });
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      const response = await issueToken(tokenRequest(`bestaat-niet-${i}`, "gok"), { db: t.db, limits });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(Number(response.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
        expect(await response.json()).toMatchObject({ error: "slow_down" });
      }
    }
    expect(statuses).toEqual([...Array<number>(10).fill(401), ...Array<number>(30).fill(429)]);
    expect(compares).toHaveBeenCalledTimes(0);
  });

  it("a revoked client costs no bcrypt either, and gets the same answer as a wrong secret", async () => {
    const compares = countCompares();
    const limits = memoryRateLimits({ perAddress: 100, global: 100 });
    const revoked = await issueToken(tokenRequest("testsoft-weg", "geheim-1"), { db: t.db, limits });
    expect(compares).toHaveBeenCalledTimes(0);
    const wrong = await issueToken(tokenRequest("testsoft", "fout"), { db: t.db, limits });
    expect(compares).toHaveBeenCalledTimes(1);
    expect(revoked.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect((await revoked.json()).detail).toBe((await wrong.json()).detail);
  });

  it("the global limit is taken only before a hash: over it, a known client gets 429 without one", async () => {
    const limits = memoryRateLimits({ perAddress: 100, global: 2 });
    // Unknown ids use none of the global budget.
    for (let i = 0; i < 5; i++)
      expect(
        (await issueToken(tokenRequest(`onbekend-${i}`, "x", `198.51.100.${i}`), { db: t.db, limits })).status,
      ).toBe(401);
    expect((await issueToken(tokenRequest("testsoft", "geheim-1", "198.51.100.20"), { db: t.db, limits })).status).toBe(
      200,
    );
    expect((await issueToken(tokenRequest("testsoft", "fout", "198.51.100.21"), { db: t.db, limits })).status).toBe(
      401,
    );
    const compares = countCompares();
    const over = await issueToken(tokenRequest("testsoft", "geheim-1", "198.51.100.22"), { db: t.db, limits });
    expect(over.status).toBe(429);
    expect(compares).toHaveBeenCalledTimes(0);
  });

  it("another address is not held up by one over its limit", async () => {
    const limits = memoryRateLimits({ perAddress: 1, global: 100 });
    expect((await issueToken(tokenRequest("testsoft", "geheim-1", "192.0.2.1"), { db: t.db, limits })).status).toBe(
      200,
    );
    expect((await issueToken(tokenRequest("testsoft", "geheim-1", "192.0.2.1"), { db: t.db, limits })).status).toBe(
      429,
    );
    expect((await issueToken(tokenRequest("testsoft", "geheim-1", "192.0.2.2"), { db: t.db, limits })).status).toBe(
      200,
    );
  });
});
