// Seeds an install: RIO reference data and teldata always; with --demo also the demo accounts,
// suppliers and mandates of access.md. Idempotent: running it twice changes nothing.
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/generated/prisma/client";
import { hashSecret, verifySecret } from "@/lib/auth/password";
import { vernieuwOverzicht } from "@/lib/beheer/overzicht/vernieuw";
import { parseRioCsv, type RioFile } from "@/lib/rio/formats";
import { initialTeldata } from "@/lib/rio/teldata";
import { DEMO_LEVERANCIERS, DEMO_PASSWORD, DEMO_USERS } from "./demo-accounts";
import { seedDemoOsr } from "./demo-osr";
import { seedDemoRegister } from "./demo-register";

const RIO_DIR = path.resolve("prisma/data/rio");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const optionalDay = (iso: string | null) => (iso ? day(iso) : null);

function rio<F extends RioFile>(file: F) {
  return parseRioCsv(file, fs.readFileSync(path.join(RIO_DIR, `${file}.csv`), "utf8"));
}

export async function seedReference(db: PrismaClient): Promise<void> {
  const instellingen = rio("instellingen");
  for (const i of instellingen) {
    await db.bestuur.upsert({
      where: { bestuurscode: i.bestuurscode },
      create: { bestuurscode: i.bestuurscode, naam: i.bestuursnaam },
      update: {},
    });
    const data = {
      naam: i.naam,
      sector: i.sector,
      bestuurscode: i.bestuurscode,
      plaats: i.plaats,
      bekostigd: i.bekostigd,
    };
    await db.instelling.upsert({ where: { brin: i.brin }, create: { brin: i.brin, ...data }, update: {} });
  }
  for (const v of rio("vestigingen")) {
    await db.vestiging.upsert({ where: { vestigingscode: v.vestigingscode }, create: v, update: {} });
  }
  for (const o of rio("opleidingen")) {
    const data = {
      naam: o.naam,
      niveau: o.niveau,
      specialist: o.specialist,
      toegestaneLeerwegen: o.toegestane_leerwegen,
      prijsfactor: o.prijsfactor,
      ingangsdatum: day(o.ingangsdatum),
      einddatum: optionalDay(o.einddatum),
      instroomeinddatum: optionalDay(o.instroomeinddatum),
    };
    await db.opleiding.upsert({
      where: { opleidingscode: o.opleidingscode },
      create: { opleidingscode: o.opleidingscode, ...data },
      update: {},
    });
  }
  for (const l of rio("licenties")) {
    const key = { brin: l.brin, opleidingscode: l.opleidingscode, leerweg: l.leerweg };
    await db.licentie.upsert({
      where: { brin_opleidingscode_leerweg: key },
      create: { ...key, bekostigd: l.bekostigd, begindatum: day(l.begindatum), einddatum: optionalDay(l.einddatum) },
      update: {},
    });
  }
  for (const t of initialTeldata()) {
    await db.teldatum.upsert({
      where: { sector_datum: { sector: t.sector, datum: day(t.datum) } },
      create: { sector: t.sector, datum: day(t.datum) },
      update: {},
    });
  }
}

export async function seedDemoAccounts(db: PrismaClient): Promise<void> {
  const passwordHash = await hashSecret(DEMO_PASSWORD);
  for (const u of DEMO_USERS) {
    const user = await db.gebruiker.upsert({
      where: { email: u.email },
      create: { email: u.email, naam: u.naam, rol: u.rol, wachtwoordHash: passwordHash },
      update: {},
    });
    for (const brin of u.brins) {
      await db.gebruikerInstelling.upsert({
        where: { gebruikerId_brin: { gebruikerId: user.id, brin } },
        create: { gebruikerId: user.id, brin },
        update: {},
      });
      // Every school user has an OSR contact card per school from the start (osr.md).
      await db.contactkaart.upsert({
        where: { gebruikerId_brin: { gebruikerId: user.id, brin } },
        create: {
          gebruikerId: user.id,
          brin,
          naam: u.naam,
          email: u.email,
          contexten: u.rol === "INSTELLING_BEHEERDER" ? ["ALGEMEEN"] : [],
        },
        update: {},
      });
    }
  }
  for (const l of DEMO_LEVERANCIERS) {
    const leverancier = await db.leverancier.upsert({ where: { naam: l.naam }, create: { naam: l.naam }, update: {} });
    const client = await db.apiClient.findUnique({ where: { clientId: l.clientId } });
    if (!client || !(await verifySecret(l.secret, client.secretHash))) {
      const secretHash = await hashSecret(l.secret);
      await db.apiClient.upsert({
        where: { clientId: l.clientId },
        create: { clientId: l.clientId, leverancierId: leverancier.id, secretHash },
        update: { secretHash },
      });
    }
    for (const m of l.mandaten) {
      const exists = await db.mandaat.findFirst({
        where: { brin: m.brin, dienst: m.dienst, leverancierId: leverancier.id },
      });
      if (!exists)
        await db.mandaat.create({
          data: { brin: m.brin, dienst: m.dienst, leverancierId: leverancier.id, begindatum: day(m.begindatum) },
        });
    }
  }
}

export async function isEmpty(db: PrismaClient): Promise<boolean> {
  return (await db.instelling.count()) === 0;
}

export async function seed(db: PrismaClient, options: { demo: boolean }): Promise<void> {
  await seedReference(db);
  if (options.demo) {
    await seedDemoAccounts(db);
    await seedDemoOsr(db);
    // Once: running the seed again must not deliver the demo files again.
    if ((await db.upload.count({ where: { bestandsnaam: { startsWith: "demo-" } } })) === 0)
      await seedDemoRegister(db, { scale: 0.5 });
  }
  // A fresh install's back-office overview shows figures at once.
  await vernieuwOverzicht(db);
}
