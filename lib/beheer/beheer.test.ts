// The back office on a real database: users (validation, create, edit, deactivate and reset end
// sessions via sessieVersie, no self-deactivation), API clients (create, rotate: the old secret is
// refused, revoke: the client's tokens are refused), the append-only audit log (UPDATE and DELETE
// raise), and the audit viewer's filters, keyset pages, diff and CSV rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { authenticateCredentials, callerFor } from "@/lib/api/clients";
import { signToken } from "@/lib/api/token";
import { verifySecret } from "@/lib/auth/password";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { formatCsvLine } from "@/lib/shared/csv";
import { seedDemoAccounts } from "@/prisma/seed";
import { auditCsvRijen, auditDiff, auditEntiteiten, auditFilterSchema, auditPagina } from "./audit/query";
import type { BeheerActor } from "./audit/schrijf";
import { maakClient, maakLeverancier, roteerGeheim, trekClientIn } from "./clients/clients";
import { clientSchema, isThumbprint } from "./clients/validation";
import { maakGebruiker, resetWachtwoord, wijzigGebruiker, zetActief, zoekGebruikers } from "./gebruikers/gebruikers";
import { gebruikerFilterSchema, gebruikerSchema } from "./gebruikers/validation";

let t: TestDatabase;
let db: PrismaClient;
let beheerder: BeheerActor;

beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
  await seedDemoAccounts(db);
  const u = await db.gebruiker.findUniqueOrThrow({ where: { email: "beheer@duo.example" } });
  beheerder = { id: u.id, email: u.email };
}, 180_000);

afterAll(async () => {
  await t?.close();
});

const headers = new Headers();

describe("users", () => {
  it("validates role and institutions with Dutch-catalogue keys", () => {
    const fouten = (input: unknown) => {
      const r = gebruikerSchema.safeParse(input);
      return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
    };
    expect(fouten({ naam: "A", email: "a@b.nl", rol: "INSTELLING_BEHEERDER", instellingen: [] })).toEqual({
      instellingen: "instellingVerplicht",
    });
    expect(fouten({ naam: "A", email: "a@b.nl", rol: "DUO_MEDEWERKER", instellingen: ["25AA"] })).toEqual({
      instellingen: "duoGeenInstellingen",
    });
    expect(fouten({ naam: "", email: "geen-email", rol: "KONING", instellingen: [] })).toMatchObject({
      naam: "naamVerplicht",
      email: "emailOngeldig",
      rol: "rolOnbekend",
    });
    expect(
      gebruikerSchema.parse({
        naam: " Piet ",
        email: "Piet@X.NL",
        rol: "INSTELLING_MEDEWERKER",
        instellingen: ["25aa", "25AA"],
      }),
    ).toEqual({ naam: "Piet", email: "piet@x.nl", rol: "INSTELLING_MEDEWERKER", instellingen: ["25AA"] });
    expect(gebruikerFilterSchema.parse({ rol: "X", pagina: "-3", brin: "<script>" })).toEqual({ q: "", pagina: 1 });
  });

  it("creates a user with a password shown once (only its hash stored), audited without the hash", async () => {
    const audits = await db.auditEvent.count();
    const r = await maakGebruiker(
      db,
      beheerder,
      gebruikerSchema.parse({
        naam: "Nieuwe Lezer",
        email: "nieuw@roc-horizon.example",
        rol: "INSTELLING_MEDEWERKER",
        instellingen: ["25AA"],
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const g = await db.gebruiker.findUniqueOrThrow({ where: { id: r.id }, include: { instellingen: true } });
    expect(g.wachtwoordHash).not.toContain(r.wachtwoord);
    expect(await verifySecret(r.wachtwoord, g.wachtwoordHash!)).toBe(true);
    expect(g.instellingen.map((i) => i.brin)).toEqual(["25AA"]);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entiteit: "Gebruiker", sleutel: "nieuw@roc-horizon.example", actie: "AANMAKEN" },
    });
    expect(event.actor).toBe("beheer@duo.example");
    expect(JSON.stringify(event.na)).not.toContain("$2");
    expect(await db.auditEvent.count()).toBe(audits + 1);

    // The same e-mail again, or an unknown institution: refused, nothing written.
    expect(
      await maakGebruiker(
        db,
        beheerder,
        gebruikerSchema.parse({
          naam: "X",
          email: "NIEUW@roc-horizon.example",
          rol: "INSTELLING_MEDEWERKER",
          instellingen: ["25AA"],
        }),
      ),
    ).toMatchObject({ ok: false, velden: { email: "emailBestaat" } });
    expect(
      await maakGebruiker(
        db,
        beheerder,
        gebruikerSchema.parse({ naam: "X", email: "x@y.nl", rol: "INSTELLING_MEDEWERKER", instellingen: ["99ZZ"] }),
      ),
    ).toMatchObject({ ok: false, velden: { instellingen: "instellingOnbekend" } });
    expect(await db.auditEvent.count()).toBe(audits + 1);
  });

  it("edits, filters, deactivates (sessieVersie bumped) and reactivates; a beheerder cannot deactivate themselves", async () => {
    const g = await db.gebruiker.findUniqueOrThrow({ where: { email: "nieuw@roc-horizon.example" } });
    expect(
      await wijzigGebruiker(
        db,
        beheerder,
        g.id,
        gebruikerSchema.parse({
          naam: "Nieuwe Beheerder",
          email: g.email,
          rol: "INSTELLING_BEHEERDER",
          instellingen: ["25AA", "25BB"],
        }),
      ),
    ).toEqual({ ok: true });
    const wijziging = await db.auditEvent.findFirstOrThrow({ where: { sleutel: g.email, actie: "WIJZIGEN" } });
    // jsonb keeps its own key order, so compared by field.
    expect(auditDiff(wijziging.voor, wijziging.na).sort((a, b) => a.veld.localeCompare(b.veld))).toEqual([
      { veld: "instellingen", soort: "gewijzigd", oud: '["25AA"]', nieuw: '["25AA","25BB"]' },
      { veld: "naam", soort: "gewijzigd", oud: "Nieuwe Lezer", nieuw: "Nieuwe Beheerder" },
      { veld: "rol", soort: "gewijzigd", oud: "INSTELLING_MEDEWERKER", nieuw: "INSTELLING_BEHEERDER" },
    ]);

    const gevonden = await zoekGebruikers(
      db,
      gebruikerFilterSchema.parse({ q: "nieuwe", brin: "25BB", rol: "INSTELLING_BEHEERDER" }),
    );
    expect(gevonden.rijen.map((r) => r.email)).toEqual(["nieuw@roc-horizon.example"]);
    expect(
      (await zoekGebruikers(db, gebruikerFilterSchema.parse({ rol: "DUO_BEHEERDER" }))).rijen.map((r) => r.email),
    ).toEqual(["beheer@duo.example"]);

    expect(await zetActief(db, beheerder, beheerder.id, false)).toEqual({ ok: false, fout: "zelfDeactiveren" });
    expect((await db.gebruiker.findUniqueOrThrow({ where: { id: beheerder.id } })).actief).toBe(true);

    expect(await zetActief(db, beheerder, g.id, false)).toEqual({ ok: true });
    const na = await db.gebruiker.findUniqueOrThrow({ where: { id: g.id } });
    expect(na).toMatchObject({ actief: false, sessieVersie: g.sessieVersie + 1 });
    expect(
      (await zoekGebruikers(db, gebruikerFilterSchema.parse({ status: "inactief" }))).rijen.map((r) => r.email),
    ).toContain(g.email);
    expect(await zetActief(db, beheerder, g.id, true)).toEqual({ ok: true });
    expect(
      await db.auditEvent.count({ where: { sleutel: g.email, actie: { in: ["DEACTIVEREN", "HERACTIVEREN"] } } }),
    ).toBe(2);
  });

  it("resets a password: the old one stops, the new one works, sessions end", async () => {
    const g = await db.gebruiker.findUniqueOrThrow({ where: { email: "nieuw@roc-horizon.example" } });
    const r = await resetWachtwoord(db, beheerder, g.id);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const na = await db.gebruiker.findUniqueOrThrow({ where: { id: g.id } });
    expect(na.sessieVersie).toBe(g.sessieVersie + 1);
    expect(await verifySecret(r.wachtwoord, na.wachtwoordHash!)).toBe(true);
    expect(na.wachtwoordHash).not.toBe(g.wachtwoordHash);
    const event = await db.auditEvent.findFirstOrThrow({ where: { sleutel: g.email, actie: "WACHTWOORD_RESET" } });
    expect(JSON.stringify(event)).not.toContain(na.wachtwoordHash!);
    expect(JSON.stringify(event)).not.toContain(r.wachtwoord);
  });
});

describe("API clients", () => {
  it("validates thumbprints and rate limits", () => {
    const hex = "ab".repeat(32);
    expect(isThumbprint(hex)).toBe(true);
    expect(isThumbprint(hex.toUpperCase().match(/../g)!.join(":"))).toBe(true);
    expect(isThumbprint("ab".repeat(31))).toBe(false);
    expect(isThumbprint(`${hex}:`)).toBe(false);
    expect(
      clientSchema.parse({
        clientId: "abc-1",
        certThumbprint: hex.toUpperCase().match(/../g)!.join(":"),
        rateLimit: "",
      }),
    ).toEqual({ clientId: "abc-1", certThumbprint: hex, rateLimit: null });
    const fout = clientSchema.safeParse({ clientId: "a b", certThumbprint: "xyz", rateLimit: "0" });
    expect(fout.success ? [] : fout.error.issues.map((i) => i.message)).toEqual([
      "clientIdOngeldig",
      "thumbprintOngeldig",
      "rateLimitOngeldig",
    ]);
  });

  it("creates, rotates (old secret refused) and revokes (tokens refused at once)", async () => {
    const l = await maakLeverancier(db, beheerder, "Testsoft BV");
    expect(l.ok).toBe(true);
    if (!l.ok) return;
    expect(await maakLeverancier(db, beheerder, "Testsoft BV")).toMatchObject({
      ok: false,
      velden: { naam: "leverancierBestaat" },
    });
    const c = await maakClient(
      db,
      beheerder,
      l.id,
      clientSchema.parse({ clientId: "testsoft-1", certThumbprint: "", rateLimit: "20" }),
    );
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(
      await maakClient(
        db,
        beheerder,
        l.id,
        clientSchema.parse({ clientId: "testsoft-1", certThumbprint: "", rateLimit: "" }),
      ),
    ).toMatchObject({ ok: false, velden: { clientId: "clientIdBestaat" } });
    const row = await db.apiClient.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.secretHash).not.toContain(c.geheim);
    expect(row.rateLimit).toBe(20);

    const eerst = await authenticateCredentials(db, "testsoft-1", c.geheim, headers);
    expect(eerst.ok).toBe(true);
    const r = await roteerGeheim(db, beheerder, l.id, c.id);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect((await authenticateCredentials(db, "testsoft-1", c.geheim, headers)).ok).toBe(false);
    expect((await authenticateCredentials(db, "testsoft-1", r.geheim, headers)).ok).toBe(true);

    const { claims } = signToken({ apiClientId: c.id, clientId: "testsoft-1" });
    expect((await callerFor(db, claims, headers)).ok).toBe(true);
    // Another leverancier's id with this client: unknown, nothing changes.
    expect(await trekClientIn(db, beheerder, "00000000-0000-4000-8000-000000000000", c.id)).toEqual({
      ok: false,
      fout: "clientOnbekend",
    });
    expect(await trekClientIn(db, beheerder, l.id, c.id)).toEqual({ ok: true });
    expect(await callerFor(db, claims, headers)).toMatchObject({ ok: false });
    expect((await authenticateCredentials(db, "testsoft-1", r.geheim, headers)).ok).toBe(false);
    expect(await roteerGeheim(db, beheerder, l.id, c.id)).toEqual({ ok: false, fout: "clientIngetrokken" });

    const events = await db.auditEvent.findMany({
      where: { entiteit: "ApiClient", sleutel: "testsoft-1" },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => e.actie)).toEqual(["AANMAKEN", "GEHEIM_ROTEREN", "INTREKKEN"]);
    const alles = JSON.stringify(events);
    for (const geheim of [c.geheim, r.geheim, row.secretHash]) expect(alles).not.toContain(geheim);
  });
});

describe("audit log", () => {
  it("refuses UPDATE and DELETE of a row (trigger), by the client and in raw SQL", async () => {
    const event = await db.auditEvent.findFirstOrThrow();
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { actor: "iemand-anders" } })).rejects.toThrow(
      /onveranderlijk/,
    );
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow(/onveranderlijk/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE id = ${event.id}`)).rejects.toThrow(
      /onveranderlijk/,
    );
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
  });

  it("filters by actor, brin, entity and period, pages by keyset and exports the selection", async () => {
    await db.auditEvent.createMany({
      data: [
        {
          tijdstip: new Date("2026-01-10T10:00:00Z"),
          actorType: "USER",
          actor: "a@school.example",
          brin: "25AA",
          entiteit: "Inschrijving",
          sleutel: "=1+1",
          actie: "WIJZIGEN",
          voor: { x: 1 },
          na: { x: 2 },
        },
        {
          tijdstip: new Date("2026-01-10T10:00:00Z"),
          actorType: "USER",
          actor: "a@school.example",
          brin: "25AA",
          entiteit: "Inschrijving",
          sleutel: "k2",
          actie: "AANMAKEN",
        },
        {
          tijdstip: new Date("2026-01-10T10:00:00Z"),
          actorType: "USER",
          actor: "a@school.example",
          brin: "25AA",
          entiteit: "Inschrijving",
          sleutel: "k3",
          actie: "AANMAKEN",
        },
        {
          tijdstip: new Date("2026-01-11T22:59:00Z"),
          actorType: "API_CLIENT",
          actor: "edusoft-demo",
          brin: "25BB",
          entiteit: "Resultaat",
          sleutel: "k4",
          actie: "AANMAKEN",
        },
        {
          tijdstip: new Date("2026-01-11T23:00:00Z"),
          actorType: "API_CLIENT",
          actor: "edusoft-demo",
          brin: "25AA",
          entiteit: "Resultaat",
          sleutel: "k5",
          actie: "AANMAKEN",
        },
      ],
    });
    // Days are Dutch days: 22:59 UTC on 11 January is still the 11th (CET), 23:00 UTC is the 12th.
    const periode = auditFilterSchema.parse({ van: "2026-01-10", tot: "2026-01-11" });
    const eerste = await auditPagina(db, periode, 2);
    expect(eerste.rijen.map((r) => r.sleutel)).toEqual(["k4", "k3"]);
    expect(eerste.volgende).not.toBeNull();
    const tweede = await auditPagina(db, { ...periode, na: eerste.volgende! }, 2);
    expect(tweede.rijen.map((r) => r.sleutel)).toEqual(["k2", "=1+1"]);
    expect(tweede.volgende).toBeNull();

    expect(
      (await auditPagina(db, auditFilterSchema.parse({ actor: "EDUSOFT", brin: "25aa" }))).rijen.map((r) => r.sleutel),
    ).toEqual(["k5"]);
    expect(
      (await auditPagina(db, auditFilterSchema.parse({ entiteit: "Resultaat", van: "2026-01-12" }))).rijen.map(
        (r) => r.sleutel,
      ),
    ).toEqual(["k5"]);
    expect(await auditEntiteiten(db)).toEqual(["ApiClient", "Gebruiker", "Inschrijving", "Leverancier", "Resultaat"]);
    // Nonsense filters are no filter, never an error.
    expect(auditFilterSchema.parse({ van: "2026-02-30", brin: "x", na: "'; DROP", entiteit: "a b" })).toEqual({});

    const csv: string[] = [];
    for await (const rij of auditCsvRijen(
      db,
      auditFilterSchema.parse({ brin: "25AA", van: "2026-01-10", tot: "2026-01-12" }),
      2,
    ))
      csv.push(formatCsvLine(rij));
    expect(csv).toHaveLength(4);
    expect(csv[3]).toBe(
      `2026-01-10T10:00:00.000Z;USER;a@school.example;25AA;Inschrijving;'=1+1;WIJZIGEN;"{""x"":1}";"{""x"":2}";\r\n`,
    );
  });

  it("diffs before and after: changed, added, removed", () => {
    expect(auditDiff({ a: 1, b: "x", c: [1] }, { a: 2, c: [1], d: null })).toEqual([
      { veld: "a", soort: "gewijzigd", oud: "1", nieuw: "2" },
      { veld: "b", soort: "verwijderd", oud: "x" },
      { veld: "d", soort: "toegevoegd", nieuw: "null" },
    ]);
    expect(auditDiff(null, { a: 1 })).toEqual([{ veld: "a", soort: "toegevoegd", nieuw: "1" }]);
    expect(auditDiff(null, null)).toEqual([]);
  });
});
