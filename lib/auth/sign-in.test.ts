// Password sign-in against a real database: the lockout per e-mail+address with its account cap,
// the rate limits, the bcrypt each path costs (one for an unknown account, none when locked or
// limited), and the pruning of old failures.
import bcrypt from "bcryptjs";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { ACCOUNT_MAX_FAILURES, KEEP_MS, MAX_FAILURES } from "./lockout";
import { hashSecret } from "./password";
import { memoryRateLimits, type AuthRateLimits } from "./rate-limits";
import { signInWithPassword } from "./sign-in";

let t: TestDatabase;
const EMAIL = "lotte@school.example";
const PASSWORD = "juist-wachtwoord";

beforeAll(async () => {
  t = await createTestDatabase({ reference: false });
  const wachtwoordHash = await hashSecret(PASSWORD);
  await t.db.gebruiker.createMany({
    data: [
      { email: EMAIL, naam: "Lotte", rol: "MEDEWERKER", wachtwoordHash },
      { email: "weg@school.example", naam: "Weg", rol: "MEDEWERKER", wachtwoordHash, actief: false },
    ],
  });
}, 120_000);
afterAll(async () => t?.close());
beforeEach(async () => {
  await t.db.inlogPoging.deleteMany();
});
afterEach(() => vi.restoreAllMocks());

const roomy = (): AuthRateLimits => memoryRateLimits({ perAddress: 1000, global: 1000 });
const attempt = (limits: AuthRateLimits, input: { email?: string; password: string; address: string }, now?: Date) =>
  signInWithPassword(
    { db: t.db, limits, now },
    { email: input.email ?? EMAIL, password: input.password, address: input.address },
  );

describe(`password sign-in (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("the right password signs in; a wrong one is refused and recorded with its address", async () => {
    const limits = roomy();
    expect(await attempt(limits, { password: PASSWORD, address: "192.0.2.1" })).toMatchObject({
      ok: true,
      user: { email: EMAIL, name: "Lotte" },
    });
    expect(await attempt(limits, { password: "fout", address: "192.0.2.1" })).toEqual({ ok: false, reden: "onjuist" });
    expect(await t.db.inlogPoging.findMany({ select: { email: true, ip: true } })).toEqual([
      { email: EMAIL, ip: "192.0.2.1" },
    ]);
  });

  it("an unknown or inactive account costs exactly one bcrypt, like a wrong password, and the same answer", async () => {
    const limits = roomy();
    const compares = vi.spyOn(bcrypt, "compare");
    expect(await attempt(limits, { email: "niemand@school.example", password: "x", address: "192.0.2.2" })).toEqual({
      ok: false,
      reden: "onjuist",
    });
    expect(compares).toHaveBeenCalledTimes(1);
    expect(await attempt(limits, { email: "weg@school.example", password: PASSWORD, address: "192.0.2.2" })).toEqual({
      ok: false,
      reden: "onjuist",
    });
    expect(compares).toHaveBeenCalledTimes(2);
    expect(await attempt(limits, { password: "fout", address: "192.0.2.2" })).toEqual({ ok: false, reden: "onjuist" });
    expect(compares).toHaveBeenCalledTimes(3);
  });

  it("five failures from one address lock that address out of the account — without a bcrypt — but not another address", async () => {
    const limits = roomy();
    for (let i = 0; i < MAX_FAILURES; i++) await attempt(limits, { password: `fout-${i}`, address: "198.51.100.1" });
    const compares = vi.spyOn(bcrypt, "compare");
    expect(await attempt(limits, { password: PASSWORD, address: "198.51.100.1" })).toEqual({
      ok: false,
      reden: "geblokkeerd",
    });
    expect(compares).toHaveBeenCalledTimes(0);
    // The attacker cannot lock the real user out from the user's own address.
    expect(await attempt(limits, { password: PASSWORD, address: "198.51.100.2" })).toMatchObject({ ok: true });
  });

  it("an unknown address locks the same way, so the lockout reveals nothing", async () => {
    const limits = roomy();
    for (let i = 0; i < MAX_FAILURES; i++)
      await attempt(limits, { email: "niemand@school.example", password: "x", address: "198.51.100.3" });
    expect(await attempt(limits, { email: "niemand@school.example", password: "x", address: "198.51.100.3" })).toEqual({
      ok: false,
      reden: "geblokkeerd",
    });
  });

  it(`${ACCOUNT_MAX_FAILURES} failures from any addresses lock the account for every address`, async () => {
    const limits = roomy();
    const now = new Date();
    await t.db.inlogPoging.createMany({
      data: Array.from({ length: ACCOUNT_MAX_FAILURES }, (_, i) => ({
        email: EMAIL,
        ip: `10.0.${Math.floor(i / 4)}.${i % 4}`,
        tijdstip: new Date(now.getTime() - (ACCOUNT_MAX_FAILURES - i) * 1000),
      })),
    });
    expect(await attempt(limits, { password: PASSWORD, address: "203.0.113.99" }, now)).toEqual({
      ok: false,
      reden: "geblokkeerd",
    });
  });

  it("over the address limit: refused before the lockout or a bcrypt, and nothing recorded", async () => {
    const limits = memoryRateLimits({ perAddress: 3, global: 1000 });
    for (let i = 0; i < 3; i++)
      await attempt(limits, { email: `a${i}@school.example`, password: "x", address: "192.0.2.50" });
    const compares = vi.spyOn(bcrypt, "compare");
    const before = await t.db.inlogPoging.count();
    expect(await attempt(limits, { password: PASSWORD, address: "192.0.2.50" })).toEqual({
      ok: false,
      reden: "teVeelVerzoeken",
    });
    expect(compares).toHaveBeenCalledTimes(0);
    expect(await t.db.inlogPoging.count()).toBe(before);
  });

  it("over the global limit: no bcrypt for anyone", async () => {
    const limits = memoryRateLimits({ perAddress: 1000, global: 2 });
    await attempt(limits, { password: "fout", address: "192.0.2.60" });
    await attempt(limits, { password: "fout", address: "192.0.2.61" });
    const compares = vi.spyOn(bcrypt, "compare");
    expect(await attempt(limits, { password: PASSWORD, address: "192.0.2.62" })).toEqual({
      ok: false,
      reden: "teVeelVerzoeken",
    });
    expect(compares).toHaveBeenCalledTimes(0);
  });

  it("a failure deletes the failures older than the lockout can look back", async () => {
    const now = new Date();
    await t.db.inlogPoging.createMany({
      data: [
        { email: "oud@school.example", ip: "192.0.2.70", tijdstip: new Date(now.getTime() - KEEP_MS - 60_000) },
        { email: "recent@school.example", ip: "192.0.2.70", tijdstip: new Date(now.getTime() - 60_000) },
      ],
    });
    await attempt(roomy(), { password: "fout", address: "192.0.2.71" }, now);
    expect((await t.db.inlogPoging.findMany({ orderBy: { id: "asc" } })).map((p) => p.email)).toEqual([
      "recent@school.example",
      EMAIL,
    ]);
  });
});
