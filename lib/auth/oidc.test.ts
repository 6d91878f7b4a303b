// OpenID Connect identities against a real database: a verified e-mail address binds the identity on
// first use (audited), an unverified one or a second identity for the same address is refused, and
// the bound identity keeps working after the user's address changes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { isEmailVerified, resolveOidcUser } from "./oidc";

let t: TestDatabase;
const ISSUER = "https://idp.example.nl/realms/scholen";

beforeAll(async () => {
  t = await createTestDatabase({ reference: false });
  await t.db.gebruiker.createMany({
    data: [
      { email: "beheer@duo.example", naam: "DUO Beheer", rol: "DUO_BEHEERDER" },
      { email: "lotte@school.example", naam: "Lotte", rol: "MEDEWERKER" },
      { email: "weg@school.example", naam: "Weg", rol: "MEDEWERKER", actief: false },
    ],
  });
}, 120_000);
afterAll(async () => t?.close());

const user = (email: string) => t.db.gebruiker.findUniqueOrThrow({ where: { email } });

describe(`OIDC identities (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it('email_verified must be true (or the string "true")', () => {
    expect(isEmailVerified(true)).toBe(true);
    expect(isEmailVerified("true")).toBe(true);
    for (const value of [false, "false", undefined, null, 1, "yes"]) expect(isEmailVerified(value)).toBe(false);
  });

  it("an identity with an unverified e-mail address does not get in, not even as DUO_BEHEERDER, and nothing is bound", async () => {
    for (const emailVerified of [false, undefined, "false"]) {
      expect(
        await resolveOidcUser(t.db, { issuer: ISSUER, sub: "aanvaller", email: "beheer@duo.example", emailVerified }),
      ).toEqual({ ok: false, reden: "emailNietGeverifieerd" });
    }
    expect(await user("beheer@duo.example")).toMatchObject({ oidcIssuer: null, oidcSub: null });
  });

  it("the first verified sign-in binds issuer and sub to the user, with an audit entry", async () => {
    const outcome = await resolveOidcUser(t.db, {
      issuer: `${ISSUER}/`,
      sub: "sub-lotte",
      email: "Lotte@School.example",
      emailVerified: "true",
    });
    const lotte = await user("lotte@school.example");
    expect(outcome).toEqual({ ok: true, gebruikerId: lotte.id, sessieVersie: 0, gekoppeld: true });
    expect(lotte).toMatchObject({ oidcIssuer: ISSUER, oidcSub: "sub-lotte" });
    const event = await t.db.auditEvent.findFirstOrThrow({
      where: { entiteit: "Gebruiker", sleutel: "lotte@school.example", actie: "OIDC_KOPPELEN" },
    });
    expect(event.na).toEqual({ oidcIssuer: ISSUER, oidcSub: "sub-lotte" });
  });

  it("the same identity signs in again without a new binding or audit entry", async () => {
    const events = await t.db.auditEvent.count();
    expect(
      await resolveOidcUser(t.db, {
        issuer: ISSUER,
        sub: "sub-lotte",
        email: "lotte@school.example",
        emailVerified: true,
      }),
    ).toMatchObject({ ok: true, gekoppeld: false });
    expect(await t.db.auditEvent.count()).toBe(events);
  });

  it("a second sub claiming the same (verified) address is refused", async () => {
    expect(
      await resolveOidcUser(t.db, {
        issuer: ISSUER,
        sub: "iemand-anders",
        email: "lotte@school.example",
        emailVerified: true,
      }),
    ).toEqual({ ok: false, reden: "andereIdentiteit" });
  });

  it("the same sub from another issuer is another identity, and refused too", async () => {
    expect(
      await resolveOidcUser(t.db, {
        issuer: "https://andere-idp.example",
        sub: "sub-lotte",
        email: "lotte@school.example",
        emailVerified: true,
      }),
    ).toEqual({ ok: false, reden: "andereIdentiteit" });
  });

  it("the bound identity keeps working after the user's e-mail address changes, whatever address it claims", async () => {
    await t.db.gebruiker.update({
      where: { email: "lotte@school.example" },
      data: { email: "l.devries@school.example" },
    });
    const outcome = await resolveOidcUser(t.db, {
      issuer: ISSUER,
      sub: "sub-lotte",
      email: "lotte@school.example",
      emailVerified: false,
    });
    expect(outcome).toMatchObject({ ok: true, gebruikerId: (await user("l.devries@school.example")).id });
  });

  it("an unknown address and an inactive user are refused", async () => {
    expect(
      await resolveOidcUser(t.db, { issuer: ISSUER, sub: "x1", email: "niemand@school.example", emailVerified: true }),
    ).toEqual({ ok: false, reden: "onbekend" });
    expect(
      await resolveOidcUser(t.db, { issuer: ISSUER, sub: "x2", email: "weg@school.example", emailVerified: true }),
    ).toEqual({ ok: false, reden: "inactief" });
  });

  it("a bound user who is deactivated no longer gets in through the identity", async () => {
    await t.db.gebruiker.update({ where: { email: "l.devries@school.example" }, data: { actief: false } });
    expect(await resolveOidcUser(t.db, { issuer: ISSUER, sub: "sub-lotte", emailVerified: true })).toEqual({
      ok: false,
      reden: "inactief",
    });
  });
});
