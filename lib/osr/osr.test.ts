// The OSR on a real database with the demo accounts: own cards, the beheerder's employees,
// contexten and hidden cards, mandates (and that ending one counts at once), the telefoonboek from
// three viewpoints, and an audit event for every change — and none for a refusal.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { verifySecret } from "@/lib/auth/password";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { toDb } from "@/lib/shared/dates";
import { seedDemoAccounts } from "@/prisma/seed";
import type { Actor } from "./audit";
import { eigenKaarten, schoolKaarten, wijsContextenToe, wijzigEigenKaart, zetVerborgen } from "./contactkaarten";
import { leveringenVanSchool } from "./leveringen";
import { alleMandaten, beeindigMandaat, heeftGeldigMandaat, mandatenVanSchool, verleenMandaat } from "./mandaten";
import { nodigUit, verwijderMedewerker } from "./medewerkers";
import { schoolpagina, zoekScholen, type ContextContacten } from "./telefoonboek";

const VANDAAG = "2026-11-24";

let t: TestDatabase;
let db: PrismaClient;
const actors: Record<string, Actor> = {};

async function actor(email: string): Promise<Actor> {
  const user = await db.gebruiker.findUniqueOrThrow({ where: { email } });
  return { id: user.id, email: user.email };
}

async function kaartVan(email: string, brin: string) {
  const user = await db.gebruiker.findUniqueOrThrow({ where: { email } });
  return db.contactkaart.findUniqueOrThrow({ where: { gebruikerId_brin: { gebruikerId: user.id, brin } } });
}

const auditCount = () => db.auditEvent.count();

beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
  await seedDemoAccounts(db);
  for (const [key, email] of Object.entries({
    docent: "docent@obs-delinde.example",
    lindeBeheer: "beheer@obs-delinde.example",
    ankerBeheer: "beheer@cbs-hetanker.example",
    rocBeheer: "beheer@roc-horizon.example",
  })) {
    actors[key] = await actor(email);
  }
}, 120_000);
afterAll(async () => t?.close());

const kaartInvoer = {
  naam: "Lotte de Vries",
  functie: "Leerkracht groep 5",
  email: "lotte@obs-delinde.example",
  telefoon: "033-1234567",
  contexten: ["ALGEMEEN" as const, "VERZUIM" as const],
};

describe("own contact card", () => {
  it("the employee changes their own card, and the change is audited with before and after", async () => {
    const kaart = await kaartVan("docent@obs-delinde.example", "01AB");
    const result = await wijzigEigenKaart(db, actors.docent!, kaart.id, kaartInvoer);
    expect(result).toEqual({ ok: true, gewijzigd: true });
    expect(await db.contactkaart.findUniqueOrThrow({ where: { id: kaart.id } })).toMatchObject(kaartInvoer);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entiteit: "Contactkaart", sleutel: kaart.id },
      orderBy: { id: "desc" },
    });
    expect(event).toMatchObject({
      actorType: "USER",
      actor: "docent@obs-delinde.example",
      brin: "01AB",
      actie: "WIJZIGEN",
    });
    expect(event.voor).toMatchObject({ naam: "Lotte de Vries", telefoon: null, contexten: [] });
    expect(event.na).toMatchObject({ telefoon: "033-1234567", contexten: ["ALGEMEEN", "VERZUIM"] });
  });

  it("saving the same data again changes nothing and writes no audit event", async () => {
    const kaart = await kaartVan("docent@obs-delinde.example", "01AB");
    const before = await auditCount();
    expect(await wijzigEigenKaart(db, actors.docent!, kaart.id, kaartInvoer)).toEqual({ ok: true, gewijzigd: false });
    expect(await auditCount()).toBe(before);
  });

  it("another person's card id is refused as not found, and that card stays as it was", async () => {
    const andere = await kaartVan("beheer@obs-delinde.example", "01AB");
    const before = await auditCount();
    const result = await wijzigEigenKaart(db, actors.docent!, andere.id, { ...kaartInvoer, naam: "Overgenomen" });
    expect(result).toEqual({ ok: false, fout: "kaartNietGevonden" });
    expect(await db.contactkaart.findUniqueOrThrow({ where: { id: andere.id } })).toEqual(andere);
    expect(await auditCount()).toBe(before);
  });

  it("a user of two schools has a card per school, and sees only their own", async () => {
    const kaarten = await eigenKaarten(db, actors.ankerBeheer!.id);
    expect(kaarten.map((k) => [k.brin, k.instellingNaam])).toEqual([
      ["02CD", "CBS Het Anker"],
      ["03EF", "Montessorischool De Tuin"],
    ]);
    expect((await eigenKaarten(db, actors.docent!.id)).map((k) => k.brin)).toEqual(["01AB"]);
  });
});

describe("the beheerder's contexten and hidden cards", () => {
  it("assigns contexten to a card of the school, audited", async () => {
    const kaart = await kaartVan("beheer@obs-delinde.example", "01AB");
    expect(await wijsContextenToe(db, actors.lindeBeheer!, "01AB", kaart.id, ["ALGEMEEN", "TOEZICHT"])).toEqual({
      ok: true,
      gewijzigd: true,
    });
    expect((await db.contactkaart.findUniqueOrThrow({ where: { id: kaart.id } })).contexten).toEqual([
      "ALGEMEEN",
      "TOEZICHT",
    ]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { sleutel: kaart.id, actie: "CONTEXTEN_TOEWIJZEN" } });
    expect(event).toMatchObject({
      actor: "beheer@obs-delinde.example",
      brin: "01AB",
      voor: { contexten: ["ALGEMEEN"] },
      na: { contexten: ["ALGEMEEN", "TOEZICHT"] },
    });
  });

  it("cannot touch a card of another school by its id", async () => {
    const vreemd = await kaartVan("beheer@roc-horizon.example", "25AA");
    const before = await auditCount();
    expect(await wijsContextenToe(db, actors.lindeBeheer!, "01AB", vreemd.id, ["ICT"])).toEqual({
      ok: false,
      fout: "kaartNietGevonden",
    });
    expect(await zetVerborgen(db, actors.lindeBeheer!, "01AB", vreemd.id, true)).toEqual({
      ok: false,
      fout: "kaartNietGevonden",
    });
    expect(await verwijderMedewerker(db, actors.lindeBeheer!, "01AB", vreemd.id)).toEqual({
      ok: false,
      fout: "kaartNietGevonden",
    });
    expect(await db.contactkaart.findUniqueOrThrow({ where: { id: vreemd.id } })).toEqual(vreemd);
    expect(await auditCount()).toBe(before);
  });

  it("lists only the school's own cards", async () => {
    const kaarten = await schoolKaarten(db, "01AB");
    expect(kaarten.map((k) => k.accountEmail).sort()).toEqual([
      "beheer@obs-delinde.example",
      "docent@obs-delinde.example",
    ]);
  });
});

describe("inviting and removing employees", () => {
  it("creates a MEDEWERKER account with a one-time password, a link and a card, all audited", async () => {
    const result = await nodigUit(db, actors.lindeBeheer!, "01AB", {
      naam: "Nieuwe Collega",
      email: "nieuw@obs-delinde.example",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.nieuwAccount).toBe(true);
    expect(result.wachtwoord).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);
    const user = await db.gebruiker.findUniqueOrThrow({
      where: { email: "nieuw@obs-delinde.example" },
      include: { instellingen: true, contactkaarten: true },
    });
    expect(user.rol).toBe("MEDEWERKER");
    expect(await verifySecret(result.wachtwoord!, user.wachtwoordHash!)).toBe(true);
    expect(user.instellingen.map((i) => i.brin)).toEqual(["01AB"]);
    expect(user.contactkaarten).toEqual([
      expect.objectContaining({
        brin: "01AB",
        naam: "Nieuwe Collega",
        email: "nieuw@obs-delinde.example",
        contexten: [],
      }),
    ]);
    const acties = (
      await db.auditEvent.findMany({
        where: {
          actor: "beheer@obs-delinde.example",
          brin: "01AB",
          OR: [
            { sleutel: "nieuw@obs-delinde.example" },
            { sleutel: "nieuw@obs-delinde.example:01AB" },
            { sleutel: result.kaartId },
          ],
        },
      })
    ).map((e) => e.actie);
    expect(acties.sort()).toEqual(["AANMAKEN", "TOEVOEGEN", "UITNODIGEN"]);
  });

  it("links an existing MEDEWERKER to a second school with a card of its own, without a new password", async () => {
    const result = await nodigUit(db, actors.ankerBeheer!, "02CD", {
      naam: "Lotte de Vries",
      email: "docent@obs-delinde.example",
    });
    expect(result).toMatchObject({ ok: true, nieuwAccount: false, wachtwoord: null });
    expect((await eigenKaarten(db, actors.docent!.id)).map((k) => k.brin)).toEqual(["01AB", "02CD"]);
  });

  it("refuses an address that is already an employee, and an account of another role", async () => {
    const before = await auditCount();
    expect(await nodigUit(db, actors.lindeBeheer!, "01AB", { naam: "X", email: "docent@obs-delinde.example" })).toEqual(
      { ok: false, fout: "alMedewerker", velden: { email: "alMedewerker" } },
    );
    expect(await nodigUit(db, actors.lindeBeheer!, "01AB", { naam: "X", email: "beheer@roc-horizon.example" })).toEqual(
      { ok: false, fout: "emailInGebruik", velden: { email: "emailInGebruik" } },
    );
    expect(await nodigUit(db, actors.lindeBeheer!, "01AB", { naam: "X", email: "medewerker@duo.example" })).toEqual({
      ok: false,
      fout: "emailInGebruik",
      velden: { email: "emailInGebruik" },
    });
    expect(
      await db.gebruikerInstelling.count({
        where: { brin: "01AB", gebruiker: { email: { in: ["beheer@roc-horizon.example", "medewerker@duo.example"] } } },
      }),
    ).toBe(0);
    expect(await auditCount()).toBe(before);
  });

  it("removing from one of two schools keeps the account; from the last one deactivates it and ends its sessions", async () => {
    const op02CD = await kaartVan("docent@obs-delinde.example", "02CD");
    expect(await verwijderMedewerker(db, actors.ankerBeheer!, "02CD", op02CD.id)).toEqual({
      ok: true,
      gedeactiveerd: false,
    });
    expect((await eigenKaarten(db, actors.docent!.id)).map((k) => k.brin)).toEqual(["01AB"]);
    expect((await db.gebruiker.findUniqueOrThrow({ where: { email: "docent@obs-delinde.example" } })).actief).toBe(
      true,
    );

    const nieuw = await kaartVan("nieuw@obs-delinde.example", "01AB");
    const { sessieVersie } = await db.gebruiker.findUniqueOrThrow({ where: { email: "nieuw@obs-delinde.example" } });
    expect(await verwijderMedewerker(db, actors.lindeBeheer!, "01AB", nieuw.id)).toEqual({
      ok: true,
      gedeactiveerd: true,
    });
    const user = await db.gebruiker.findUniqueOrThrow({
      where: { email: "nieuw@obs-delinde.example" },
      include: { instellingen: true, contactkaarten: true },
    });
    expect(user).toMatchObject({ actief: false, sessieVersie: sessieVersie + 1, instellingen: [], contactkaarten: [] });
    const event = await db.auditEvent.findFirstOrThrow({ where: { sleutel: nieuw.id, actie: "VERWIJDEREN" } });
    expect(event.voor).toMatchObject({ naam: "Nieuwe Collega", email: "nieuw@obs-delinde.example" });
    expect(await db.auditEvent.count({ where: { sleutel: "nieuw@obs-delinde.example", actie: "DEACTIVEREN" } })).toBe(
      1,
    );
  });

  it("inviting a removed employee again reactivates the account with a fresh password", async () => {
    const result = await nodigUit(db, actors.lindeBeheer!, "01AB", {
      naam: "Nieuwe Collega",
      email: "nieuw@obs-delinde.example",
    });
    expect(result).toMatchObject({ ok: true, nieuwAccount: false });
    if (!result.ok) return;
    const user = await db.gebruiker.findUniqueOrThrow({ where: { email: "nieuw@obs-delinde.example" } });
    expect(user.actief).toBe(true);
    expect(await verifySecret(result.wachtwoord!, user.wachtwoordHash!)).toBe(true);
  });

  it("refuses an account deactivated while still linked to another school: nothing changes, nothing is audited", async () => {
    const uitgenodigd = await nodigUit(db, actors.ankerBeheer!, "02CD", {
      naam: "Elders Gestopt",
      email: "elders@cbs-hetanker.example",
    });
    expect(uitgenodigd).toMatchObject({ ok: true, nieuwAccount: true });
    // DUO deactivates the account in the back office; its link to 02CD stays.
    await db.gebruiker.update({ where: { email: "elders@cbs-hetanker.example" }, data: { actief: false } });
    const voor = await db.gebruiker.findUniqueOrThrow({
      where: { email: "elders@cbs-hetanker.example" },
      include: { instellingen: true, contactkaarten: true },
    });
    const events = await auditCount();

    const result = await nodigUit(db, actors.lindeBeheer!, "01AB", {
      naam: "Overname",
      email: "elders@cbs-hetanker.example",
    });

    expect(result).toEqual({ ok: false, fout: "gedeactiveerdElders", velden: { email: "gedeactiveerdElders" } });
    expect(
      await db.gebruiker.findUniqueOrThrow({
        where: { email: "elders@cbs-hetanker.example" },
        include: { instellingen: true, contactkaarten: true },
      }),
    ).toEqual(voor);
    expect(await auditCount()).toBe(events);
  });

  it("a beheerder cannot remove themselves", async () => {
    const eigen = await kaartVan("beheer@obs-delinde.example", "01AB");
    expect(await verwijderMedewerker(db, actors.lindeBeheer!, "01AB", eigen.id)).toEqual({
      ok: false,
      fout: "nietZelfVerwijderen",
    });
    expect(await db.contactkaart.count({ where: { id: eigen.id } })).toBe(1);
  });
});

describe("mandates", () => {
  let schoolwise = "";
  beforeAll(async () => {
    schoolwise = (await db.leverancier.findUniqueOrThrow({ where: { naam: "Schoolwise BV" } })).id;
  });

  it("the demo mandates count today; another school's or another dienst's do not", async () => {
    const edusoft = (await db.leverancier.findUniqueOrThrow({ where: { naam: "EduSoft BV" } })).id;
    expect(await heeftGeldigMandaat(db, edusoft, "01AB", VANDAAG, "ROD_PO")).toBe(true);
    expect(await heeftGeldigMandaat(db, edusoft, "01AB", VANDAAG)).toBe(true);
    expect(await heeftGeldigMandaat(db, edusoft, "25AA", VANDAAG, "ROD_PO")).toBe(false);
    expect(await heeftGeldigMandaat(db, edusoft, "02CD", VANDAAG)).toBe(false);
  });

  it("granting one from today makes it count at once; ending it stops it at once", async () => {
    const granted = await verleenMandaat(db, actors.lindeBeheer!, "01AB", {
      leverancierId: schoolwise,
      dienst: "VERZUIM",
      begindatum: VANDAAG,
      einddatum: null,
    });
    expect(granted.ok).toBe(true);
    if (!granted.ok) return;
    expect(await heeftGeldigMandaat(db, schoolwise, "01AB", VANDAAG, "VERZUIM")).toBe(true);
    expect((await mandatenVanSchool(db, "01AB", VANDAAG)).find((m) => m.id === granted.id)).toMatchObject({
      status: "ACTIEF",
      leverancierNaam: "Schoolwise BV",
      einddatum: null,
    });

    expect(await beeindigMandaat(db, actors.lindeBeheer!, "01AB", granted.id, VANDAAG)).toEqual({ ok: true });
    expect(await heeftGeldigMandaat(db, schoolwise, "01AB", VANDAAG, "VERZUIM")).toBe(false);
    expect((await mandatenVanSchool(db, "01AB", VANDAAG)).find((m) => m.id === granted.id)).toMatchObject({
      status: "BEEINDIGD",
      einddatum: "2026-11-23",
    });
    const acties = (
      await db.auditEvent.findMany({ where: { entiteit: "Mandaat", sleutel: granted.id }, orderBy: { id: "asc" } })
    ).map((e) => [e.actie, e.actor, e.brin]);
    expect(acties).toEqual([
      ["VERLENEN", "beheer@obs-delinde.example", "01AB"],
      ["BEEINDIGEN", "beheer@obs-delinde.example", "01AB"],
    ]);
    expect(await beeindigMandaat(db, actors.lindeBeheer!, "01AB", granted.id, VANDAAG)).toEqual({
      ok: false,
      fout: "mandaatAlBeeindigd",
    });
  });

  it("a future mandate does not count yet, and an overlapping second one is refused", async () => {
    const granted = await verleenMandaat(db, actors.lindeBeheer!, "01AB", {
      leverancierId: schoolwise,
      dienst: "ROD_PO",
      begindatum: "2027-01-01",
      einddatum: "2027-12-31",
    });
    expect(granted.ok).toBe(true);
    expect(await heeftGeldigMandaat(db, schoolwise, "01AB", VANDAAG, "ROD_PO")).toBe(false);
    expect(await heeftGeldigMandaat(db, schoolwise, "01AB", "2027-06-01", "ROD_PO")).toBe(true);
    expect(await heeftGeldigMandaat(db, schoolwise, "01AB", "2028-01-01", "ROD_PO")).toBe(false);
    expect(
      await verleenMandaat(db, actors.lindeBeheer!, "01AB", {
        leverancierId: schoolwise,
        dienst: "ROD_PO",
        begindatum: "2027-12-31",
        einddatum: null,
      }),
    ).toEqual({
      ok: false,
      fout: "mandaatOverlapt",
      velden: { begindatum: "mandaatOverlapt" },
    });
    expect(
      (
        await verleenMandaat(db, actors.lindeBeheer!, "01AB", {
          leverancierId: schoolwise,
          dienst: "ROD_PO",
          begindatum: "2028-01-01",
          einddatum: null,
        })
      ).ok,
    ).toBe(true);
  });

  it("ending a future mandate withdraws it before it starts", async () => {
    const [future] = (await mandatenVanSchool(db, "01AB", VANDAAG)).filter(
      (m) => m.status === "TOEKOMSTIG" && m.begindatum === "2027-01-01",
    );
    expect(await beeindigMandaat(db, actors.lindeBeheer!, "01AB", future!.id, VANDAAG)).toEqual({ ok: true });
    expect(await heeftGeldigMandaat(db, schoolwise, "01AB", "2027-06-01", "ROD_PO")).toBe(false);
  });

  it("another school's mandate cannot be ended by id, and an unknown leverancier is refused", async () => {
    const vreemd = (await mandatenVanSchool(db, "25AA", VANDAAG))[0]!;
    const before = await auditCount();
    expect(await beeindigMandaat(db, actors.lindeBeheer!, "01AB", vreemd.id, VANDAAG)).toEqual({
      ok: false,
      fout: "mandaatNietGevonden",
    });
    expect(
      await verleenMandaat(db, actors.lindeBeheer!, "01AB", {
        leverancierId: "00000000-0000-4000-8000-000000000000",
        dienst: "ROD_PO",
        begindatum: VANDAAG,
        einddatum: null,
      }),
    ).toMatchObject({ ok: false, fout: "leverancierOnbekend" });
    expect((await mandatenVanSchool(db, "25AA", VANDAAG))[0]).toEqual(vreemd);
    expect(await auditCount()).toBe(before);
  });

  it("DUO sees the mandates of every school", async () => {
    const brins = new Set((await alleMandaten(db, VANDAAG)).map((m) => m.brin));
    expect([...brins].sort()).toEqual(["01AB", "02CD", "25AA"]);
    expect((await alleMandaten(db, VANDAAG, { brin: "02CD" })).map((m) => m.leverancierNaam)).toEqual([
      "Schoolwise BV",
    ]);
  });
});

describe("telefoonboek", () => {
  it("finds schools by part of the name, brin or plaats, and by a vestiging's plaats", async () => {
    expect((await zoekScholen(db, "anker")).treffers.map((s) => s.brin)).toEqual(["02CD"]);
    expect((await zoekScholen(db, "01ab")).treffers.map((s) => s.brin)).toEqual(["01AB"]);
    expect((await zoekScholen(db, "amersf")).treffers.map((s) => s.brin).sort()).toEqual(["01AB", "02CD"]);
    // Both names start with the text: by name, Delta before Horizon.
    expect((await zoekScholen(db, "ROC")).treffers.map((s) => s.brin)).toEqual(["25BB", "25AA"]);
    expect((await zoekScholen(db, "bestaat-niet")).treffers).toEqual([]);
    expect(await zoekScholen(db, "", 3)).toMatchObject({ meer: true });
  });

  const blok = (contacten: ContextContacten[], context: string) => contacten.find((c) => c.context === context)!;

  it("shows restricted contexten by name to the school's own users and DUO, to others only that a contact exists", async () => {
    // The docent stands for ALGEMEEN and VERZUIM at 01AB (first test); the beheerder for ALGEMEEN and TOEZICHT.
    const eigen = (await schoolpagina(db, "01AB", { rol: "MEDEWERKER", brins: ["01AB"] }))!;
    const duo = (await schoolpagina(db, "01AB", { rol: "DUO_MEDEWERKER", brins: [] }))!;
    const ander = (await schoolpagina(db, "01AB", { rol: "INSTELLING_BEHEERDER", brins: ["25AA"] }))!;
    for (const page of [eigen, duo]) {
      expect(blok(page.contacten, "VERZUIM")).toMatchObject({
        soort: "EIGEN",
        personen: [{ naam: "Lotte de Vries", telefoon: "033-1234567" }],
      });
      expect(blok(page.contacten, "TOEZICHT")).toMatchObject({ soort: "EIGEN", personen: [{ naam: "Sanne Bakker" }] });
    }
    expect(blok(ander.contacten, "VERZUIM")).toEqual({ context: "VERZUIM", soort: "BEPERKT" });
    expect(blok(ander.contacten, "TOEZICHT")).toEqual({ context: "TOEZICHT", soort: "BEPERKT" });
    // BPV has nobody: everyone gets the ALGEMEEN contacts, shown as such.
    expect(blok(ander.contacten, "BPV")).toMatchObject({ soort: "ALGEMEEN" });
    expect(blok(ander.contacten, "ALGEMEEN")).toMatchObject({ soort: "EIGEN" });
  });

  it("a hidden card is left out of the telefoonboek, and shown again when the beheerder un-hides it", async () => {
    const kaart = await kaartVan("docent@obs-delinde.example", "01AB");
    expect(await zetVerborgen(db, actors.lindeBeheer!, "01AB", kaart.id, true)).toEqual({ ok: true, gewijzigd: true });
    const page = (await schoolpagina(db, "01AB", { rol: "DUO_BEHEERDER", brins: [] }))!;
    expect(JSON.stringify(page.contacten)).not.toContain("Lotte de Vries");
    // VERZUIM now has nobody visible: it falls back to ALGEMEEN, even for others.
    expect(blok(page.contacten, "VERZUIM")).toMatchObject({ soort: "ALGEMEEN", personen: [{ naam: "Sanne Bakker" }] });
    expect(await zetVerborgen(db, actors.lindeBeheer!, "01AB", kaart.id, false)).toEqual({ ok: true, gewijzigd: true });
    expect(JSON.stringify((await schoolpagina(db, "01AB", { rol: "DUO_BEHEERDER", brins: [] }))!.contacten)).toContain(
      "Lotte de Vries",
    );
    expect(
      (
        await db.auditEvent.findMany({
          where: { sleutel: kaart.id, actie: { in: ["VERBERGEN", "TONEN"] } },
          orderBy: { id: "asc" },
        })
      ).map((e) => e.actie),
    ).toEqual(["VERBERGEN", "TONEN"]);
  });

  it("an unknown brin has no page", async () => {
    expect(await schoolpagina(db, "99ZZ", { rol: "DUO_BEHEERDER", brins: [] })).toBeNull();
  });
});

describe("deliveries", () => {
  it("shows a delivered address and endpoint with the leverancier that delivered them", async () => {
    const edusoft = await db.leverancier.findUniqueOrThrow({ where: { naam: "EduSoft BV" } });
    await db.osrAdres.create({
      data: {
        brin: "01AB",
        leverancierId: edusoft.id,
        telefoonnummer: "033-1234567",
        bezoekadres: {
          straat: "Lindelaan",
          huisnummer: "1",
          toevoeging: null,
          postcode: "3818AA",
          plaats: "Amersfoort",
        },
      },
    });
    await db.osrEndpoint.create({
      data: {
        brin: "01AB",
        dienst: "ROD_PO",
        leverancierId: edusoft.id,
        url: "https://las.edusoft.example/rod-po/01AB",
        attributen: ["LAS"],
        startdatum: toDb("2026-01-01"),
      },
    });
    const { adressen, endpoints } = await leveringenVanSchool(db, "01AB");
    expect(adressen).toEqual([
      expect.objectContaining({
        vestigingscode: null,
        geleverdDoor: "EduSoft BV",
        bezoekadres: {
          straat: "Lindelaan",
          huisnummer: "1",
          toevoeging: null,
          postcode: "3818AA",
          plaats: "Amersfoort",
        },
        postadres: null,
      }),
    ]);
    expect(endpoints).toEqual([
      expect.objectContaining({
        dienst: "ROD_PO",
        url: "https://las.edusoft.example/rod-po/01AB",
        startdatum: "2026-01-01",
        einddatum: null,
        geleverdDoor: "EduSoft BV",
      }),
    ]);
    expect(await leveringenVanSchool(db, "25BB")).toEqual({ adressen: [], endpoints: [] });
  });
});
