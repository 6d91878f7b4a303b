// The limits' PostgreSQL store: two instances (two pools) count together, an address over its limit
// is refused from memory, and a database that fails leaves the limit to memory instead of to nobody.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postgresTestDatabase, testPostgresUrl, type TestDatabase } from "@/lib/testing/database";
import { memoryRateLimits, postgresRateLimits, type AuthRateLimits } from "./rate-limits";

describe("memory limits (the embedded default)", () => {
  it("count per address and globally, and say when to retry", async () => {
    const limits = memoryRateLimits({ perAddress: 2, global: 3 });
    expect(await limits.address("a")).toEqual({ ok: true });
    expect(await limits.address("a")).toEqual({ ok: true });
    const refused = await limits.address("a");
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(await limits.address("b")).toEqual({ ok: true });
    for (let i = 0; i < 3; i++) expect((await limits.global()).ok).toBe(true);
    expect((await limits.global()).ok).toBe(false);
  });
});

const baseUrl = testPostgresUrl();

describe.skipIf(!baseUrl)("PostgreSQL limits (every instance counts in the RateLimit table)", () => {
  let t: TestDatabase;
  const open: AuthRateLimits[] = [];
  const limitsOn = (connectionString: string, perAddress: number, global = 1000) => {
    const limits = postgresRateLimits(connectionString, { perAddress, global });
    open.push(limits);
    return limits;
  };

  beforeAll(async () => {
    t = await postgresTestDatabase(baseUrl!, { reference: false });
  }, 120_000);
  afterAll(async () => {
    for (const limits of open) await limits.close();
    await t?.close();
  });

  it("two pools, as two instances, share one count per address", async () => {
    const a = limitsOn(t.connectionString!, 4);
    const b = limitsOn(t.connectionString!, 4);
    expect((await a.address("203.0.113.1")).ok).toBe(true);
    expect((await b.address("203.0.113.1")).ok).toBe(true);
    expect((await a.address("203.0.113.1")).ok).toBe(true);
    expect((await b.address("203.0.113.1")).ok).toBe(true);
    expect((await a.address("203.0.113.1")).ok).toBe(false);
    expect((await b.address("203.0.113.1")).ok).toBe(false);
    const [row] = await t.db.$queryRawUnsafe<{ points: number }[]>(
      `SELECT points FROM "RateLimit" WHERE key = 'adres:203.0.113.1'`,
    );
    expect(row?.points).toBe(6);
  });

  it("the global count is shared too", async () => {
    const a = limitsOn(t.connectionString!, 100, 3);
    const b = limitsOn(t.connectionString!, 100, 3);
    expect((await a.global()).ok).toBe(true);
    expect((await b.global()).ok).toBe(true);
    expect((await a.global()).ok).toBe(true);
    expect((await b.global()).ok).toBe(false);
  });

  it("once over the limit an address is refused from memory, without a query", async () => {
    const a = limitsOn(t.connectionString!, 1);
    expect((await a.address("203.0.113.2")).ok).toBe(true);
    expect((await a.address("203.0.113.2")).ok).toBe(false);
    await t.db.$executeRawUnsafe(`DELETE FROM "RateLimit" WHERE key = 'adres:203.0.113.2'`);
    // The database no longer knows the address, yet this instance still refuses it.
    expect((await a.address("203.0.113.2")).ok).toBe(false);
  });

  it("a database that cannot be reached leaves the limit to memory", async () => {
    const url = new URL(t.connectionString!);
    url.port = "1"; // nothing listens there
    const broken = limitsOn(url.toString(), 2);
    expect((await broken.address("203.0.113.3")).ok).toBe(true);
    expect((await broken.address("203.0.113.3")).ok).toBe(true);
    expect((await broken.address("203.0.113.3")).ok).toBe(false);
  });
});
