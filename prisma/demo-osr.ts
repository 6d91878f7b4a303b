// Demo OSR deliveries (demo installs only): addresses and endpoints as the demo suppliers' LAS would
// have delivered them through the API under their mandates of access.md, so the telefoonboek and
// the back office are not empty. Idempotent: what the API has since stored is left as it is.
import type { PrismaClient } from "@/generated/prisma/client";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const ADRESSEN = [
  {
    leverancier: "EduSoft BV",
    brin: "01AB",
    vestigingscode: "",
    bezoekadres: { straat: "Lindelaan", huisnummer: "1", toevoeging: null, postcode: "3818AA", plaats: "Amersfoort" },
    postadres: { straat: "Postbus", huisnummer: "100", toevoeging: null, postcode: "3800AA", plaats: "Amersfoort" },
    website: "https://www.obs-delinde.example",
    telefoonnummer: "033-1234567",
    email: "info@obs-delinde.example",
  },
  {
    leverancier: "EduSoft BV",
    brin: "25AA",
    vestigingscode: "",
    bezoekadres: { straat: "Vondellaan", huisnummer: "10", toevoeging: null, postcode: "3521GD", plaats: "Utrecht" },
    postadres: null,
    website: "https://www.roc-horizon.example",
    telefoonnummer: "030-2345678",
    email: "info@roc-horizon.example",
  },
  {
    leverancier: "EduSoft BV",
    brin: "25AA",
    vestigingscode: "25AA01",
    bezoekadres: { straat: "Europalaan", huisnummer: "88", toevoeging: "B", postcode: "3526KS", plaats: "Utrecht" },
    postadres: null,
    website: null,
    telefoonnummer: "030-2345699",
    email: "techniek@roc-horizon.example",
  },
  {
    leverancier: "Schoolwise BV",
    brin: "02CD",
    vestigingscode: "",
    bezoekadres: { straat: "Ankerplein", huisnummer: "4", toevoeging: null, postcode: "3811AB", plaats: "Amersfoort" },
    postadres: null,
    website: "https://www.cbs-hetanker.example",
    telefoonnummer: "033-7654321",
    email: "info@cbs-hetanker.example",
  },
];

const ENDPOINTS = [
  {
    leverancier: "EduSoft BV",
    brin: "25AA",
    dienst: "DUO_MBO" as const,
    url: "https://las.edusoft.example/duo-mbo/25AA",
    attributen: ["SIS"],
    startdatum: "2026-01-01",
  },
  {
    leverancier: "Schoolwise BV",
    brin: "02CD",
    dienst: "ROD_PO" as const,
    url: "https://api.schoolwise.example/rod/02CD",
    attributen: ["LAS"],
    startdatum: "2026-01-01",
  },
];

export async function seedDemoOsr(db: PrismaClient): Promise<void> {
  const leveranciers = new Map((await db.leverancier.findMany()).map((l) => [l.naam, l.id]));
  for (const { leverancier, postadres, ...adres } of ADRESSEN) {
    const leverancierId = leveranciers.get(leverancier);
    if (!leverancierId) continue;
    await db.osrAdres.upsert({
      where: { brin_vestigingscode: { brin: adres.brin, vestigingscode: adres.vestigingscode } },
      create: { ...adres, ...(postadres ? { postadres } : {}), leverancierId },
      update: {},
    });
  }
  for (const { leverancier, startdatum, ...endpoint } of ENDPOINTS) {
    const leverancierId = leveranciers.get(leverancier);
    if (!leverancierId) continue;
    const row = await db.osrEndpoint.upsert({
      where: { brin_dienst_leverancierId: { brin: endpoint.brin, dienst: endpoint.dienst, leverancierId } },
      create: { ...endpoint, leverancierId, startdatum: day(startdatum) },
      update: {},
    });
    // Push (lib/push) starts at the current end of the school's berichten feed, not at its history.
    await db.$executeRaw`UPDATE "OsrEndpoint" SET "pushTxid" = pg_snapshot_xmin(pg_current_snapshot())::text::bigint - 1, "pushId" = 2147483647 WHERE id = ${row.id} AND "pushTxid" = 0`;
  }
}
