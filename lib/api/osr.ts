// OSR over the API (osr.md): a mandated supplier delivers the school's addresses and its own
// delivery endpoint per service. Bodies are validated with zod (422 with invalidParams); every
// change is in the audit log with the client as actor; GET answers what was stored, by whom, when.
import { z } from "zod";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { Dienst } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { fromDb, toDb } from "@/lib/shared/dates";
import { codeVan, jsonPointer, velden } from "@/lib/register/validate";
import { isNederlandsTelefoonnummer } from "@/lib/osr/validation";
import { huidigePositie, pingInWachtrij } from "@/lib/push/bezorging";
import { zorgVoorSleutel } from "@/lib/push/sleutel";
import type { ApiCaller } from "./clients";
import type { InvalidParam } from "@/lib/shared/problem";

const tekst = (wat: string, max: number) =>
  z
    .string({ error: `${wat} is tekst.` })
    .trim()
    .min(1, { error: `${wat} is leeg.` })
    .max(max, { error: `${wat} is ten hoogste ${max} tekens lang.` });

const optioneel = <T extends z.ZodType>(schema: T) => schema.nullish();

export const adresSchema = z
  .object({
    straat: tekst("De straat", 200),
    huisnummer: tekst("Het huisnummer", 10),
    toevoeging: optioneel(tekst("De toevoeging", 10)),
    postcode: velden.postcode,
    plaats: tekst("De plaats", 200),
  })
  .meta({ description: "Een adres in Nederland." });

/** The portal's own rule (lib/osr/validation.ts): one definition of a Dutch telephone number. */
export const telefoonnummer = z.string({ error: "Een telefoonnummer is tekst." }).refine(isNederlandsTelefoonnummer, {
  error: "Dit is geen Nederlands telefoonnummer, zoals 033-1234567 of +31 33 123 4567.",
});

const email = z.email({ error: "Dit is geen geldig e-mailadres." }).max(254);

export const osrAdresBody = z
  .object({
    vestigingscode: optioneel(velden.vestigingscode).meta({
      description: "De vestiging; weggelaten: de instelling als geheel.",
    }),
    bezoekadres: adresSchema,
    postadres: optioneel(adresSchema),
    website: optioneel(
      z
        .url({ protocol: /^https?$/, error: "Een website is een http(s)-adres, zoals https://www.school.example." })
        .max(500),
    ),
    telefoonnummer: optioneel(telefoonnummer),
    email: optioneel(email),
  })
  .meta({
    description: "Bezoek- en postadres, website, algemeen telefoonnummer en e-mail van de instelling of een vestiging.",
  });

export const osrEndpointBody = z
  .object({
    url: z.url({ protocol: /^https$/, error: "De url is een https-adres." }).max(2000),
    attributen: z.array(tekst("Een attribuut", 50)).max(20).default([]),
    startdatum: velden.datum,
    einddatum: optioneel(velden.datum),
  })
  .check((ctx) => {
    const { startdatum, einddatum } = ctx.value;
    if (einddatum && einddatum < startdatum) {
      ctx.issues.push({
        code: "custom",
        input: einddatum,
        path: ["einddatum"],
        message: "De einddatum ligt voor de startdatum.",
        params: { code: "F07" },
      });
    }
  })
  .meta({ description: "Het technische aanleveradres van de leverancier voor deze dienst bij deze school." });

export type OsrAdresBody = z.output<typeof osrAdresBody>;
export type OsrEndpointBody = z.output<typeof osrEndpointBody>;

/** zod issues as invalidParams: pointer, F-code (missing F01, list F06, order F07, else F02), message. */
export function issuesToParams(error: z.ZodError, body: unknown): InvalidParam[] {
  return error.issues.map((issue) => {
    const path = issue.path as (string | number)[];
    let value: unknown = body;
    for (const p of path)
      value = value && typeof value === "object" ? (value as Record<string | number, unknown>)[p] : undefined;
    const code = value === undefined || value === null ? "F01" : codeVan(issue);
    return {
      name: jsonPointer(path),
      code,
      reason: code === "F01" ? "Dit verplichte veld is leeg of ontbreekt." : issue.message,
    };
  });
}

const adresVelden = (a: OsrAdresBody["bezoekadres"]) => ({
  straat: a.straat,
  huisnummer: a.huisnummer,
  toevoeging: a.toevoeging ?? null,
  postcode: a.postcode,
  plaats: a.plaats,
});

type AdresRow = Prisma.OsrAdresGetPayload<object>;
type EndpointRow = Prisma.OsrEndpointGetPayload<object>;

async function leverancierNaam(id: string): Promise<string> {
  return (await db.leverancier.findUnique({ where: { id }, select: { naam: true } }))?.naam ?? "onbekend";
}

export async function adresJson(row: AdresRow) {
  return {
    vestigingscode: row.vestigingscode || null,
    bezoekadres: row.bezoekadres,
    postadres: row.postadres ?? null,
    website: row.website,
    telefoonnummer: row.telefoonnummer,
    email: row.email,
    geleverdDoor: await leverancierNaam(row.leverancierId),
    geleverdOp: row.geleverdOp.toISOString(),
  };
}

export async function endpointJson(row: EndpointRow) {
  return {
    dienst: row.dienst,
    url: row.url,
    attributen: row.attributen,
    startdatum: fromDb(row.startdatum),
    einddatum: fromDb(row.einddatum),
    geleverdDoor: await leverancierNaam(row.leverancierId),
    geleverdOp: row.geleverdOp.toISOString(),
  };
}

const audit = (
  tx: Prisma.TransactionClient,
  caller: ApiCaller,
  brin: string,
  entiteit: string,
  sleutel: string,
  actie: string,
  voor: unknown,
  na: unknown,
) =>
  tx.auditEvent.create({
    data: {
      actorType: "API_CLIENT",
      actor: caller.clientId,
      brin,
      entiteit,
      sleutel,
      actie,
      voor: voor ? (JSON.parse(JSON.stringify(voor)) as Prisma.InputJsonValue) : undefined,
      na: na ? (JSON.parse(JSON.stringify(na)) as Prisma.InputJsonValue) : undefined,
    },
  });

/** JSON with object keys sorted: jsonb gives keys back in its own order, so plain JSON.stringify would differ. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** Stores the address; an identical delivery changes nothing (no audit entry), as with meldingen. */
export async function leverAdres(
  caller: ApiCaller,
  brin: string,
  body: OsrAdresBody,
): Promise<{ row: AdresRow; aangemaakt: boolean }> {
  const vestigingscode = body.vestigingscode ?? "";
  const data = {
    bezoekadres: adresVelden(body.bezoekadres),
    postadres: body.postadres ? adresVelden(body.postadres) : undefined,
    website: body.website ?? null,
    telefoonnummer: body.telefoonnummer ?? null,
    email: body.email ?? null,
  };
  const nieuw = { ...data, postadres: data.postadres ?? null, leverancierId: caller.leverancierId };
  const vergelijk = (
    r: Omit<typeof nieuw, "postadres" | "bezoekadres"> & { bezoekadres: unknown; postadres: unknown },
  ) => canonical([r.bezoekadres, r.postadres, r.website, r.telefoonnummer, r.email, r.leverancierId]);
  return db.$transaction(async (tx) => {
    const before = await tx.osrAdres.findUnique({ where: { brin_vestigingscode: { brin, vestigingscode } } });
    if (before && vergelijk(before) === vergelijk(nieuw)) return { row: before, aangemaakt: false };
    const row = await tx.osrAdres.upsert({
      where: { brin_vestigingscode: { brin, vestigingscode } },
      create: {
        brin,
        vestigingscode,
        ...data,
        postadres: data.postadres ?? undefined,
        leverancierId: caller.leverancierId,
      },
      update: {
        ...data,
        postadres: data.postadres ?? Prisma.DbNull,
        leverancierId: caller.leverancierId,
        geleverdOp: new Date(),
      },
    });
    await audit(tx, caller, brin, "OsrAdres", vestigingscode || brin, "LEVEREN", before, row);
    return { row, aangemaakt: !before };
  });
}

/** Whether the vestiging is one of the school's (R02 for an address). */
export async function isVestigingVan(brin: string, vestigingscode: string): Promise<boolean> {
  return (await db.vestiging.findFirst({ where: { vestigingscode, brin }, select: { vestigingscode: true } })) !== null;
}

export async function leesAdres(brin: string, vestigingscode: string) {
  return db.osrAdres.findUnique({ where: { brin_vestigingscode: { brin, vestigingscode } } });
}

/**
 * Stores the endpoint. A new endpoint starts at the current end of the school's berichten feed and
 * gets a ping as its first delivery (a moved one too); the leverancier's signing secret is created
 * with its first endpoint and returned once, as `ondertekeningssleutel`.
 */
export async function leverEndpoint(
  caller: ApiCaller,
  brin: string,
  dienst: Dienst,
  body: OsrEndpointBody,
  client: PrismaClient = db,
): Promise<{ row: EndpointRow; aangemaakt: boolean; ondertekeningssleutel: string | null }> {
  const key = { brin_dienst_leverancierId: { brin, dienst, leverancierId: caller.leverancierId } };
  const data = {
    url: body.url,
    attributen: body.attributen,
    startdatum: toDb(body.startdatum),
    einddatum: toDb(body.einddatum ?? null),
  };
  return client.$transaction(async (tx) => {
    const before = await tx.osrEndpoint.findUnique({ where: key });
    const same =
      before &&
      before.url === data.url &&
      before.attributen.join("\u0000") === data.attributen.join("\u0000") &&
      fromDb(before.startdatum) === body.startdatum &&
      fromDb(before.einddatum) === (body.einddatum ?? null);
    if (before && same) return { row: before, aangemaakt: false, ondertekeningssleutel: null };
    const row = await tx.osrEndpoint.upsert({
      where: key,
      create: { brin, dienst, leverancierId: caller.leverancierId, ...data, ...(await huidigePositie(tx)) },
      update: { ...data, geleverdOp: new Date() },
    });
    await audit(
      tx,
      caller,
      brin,
      "OsrEndpoint",
      `${brin}/${dienst}`,
      "LEVEREN",
      zonderPositie(before),
      zonderPositie(row),
    );
    const ondertekeningssleutel = await zorgVoorSleutel(tx, caller.leverancierId, {
      type: "API_CLIENT",
      id: caller.clientId,
    });
    if (!before || before.url !== row.url) await pingInWachtrij(tx, row);
    return { row, aangemaakt: !before, ondertekeningssleutel };
  });
}

/** An endpoint for the audit log: without its push position (a bigint, and no business of the log). */
function zonderPositie(row: EndpointRow | null) {
  if (!row) return null;
  const { pushTxid, pushId, ...rest } = row;
  return rest;
}

export async function leesEndpoint(caller: ApiCaller, brin: string, dienst: Dienst) {
  return db.osrEndpoint.findUnique({
    where: { brin_dienst_leverancierId: { brin, dienst, leverancierId: caller.leverancierId } },
  });
}

/** Removes the caller's endpoint; false when there was none. */
export async function verwijderEndpoint(
  caller: ApiCaller,
  brin: string,
  dienst: Dienst,
  client: PrismaClient = db,
): Promise<boolean> {
  return client.$transaction(async (tx) => {
    const before = await tx.osrEndpoint.findUnique({
      where: { brin_dienst_leverancierId: { brin, dienst, leverancierId: caller.leverancierId } },
    });
    if (!before) return false;
    await tx.osrEndpoint.delete({ where: { id: before.id } });
    // Nothing more is pushed to a removed endpoint; its log stays.
    await tx.levering.updateMany({
      where: { endpointId: before.id, status: "WACHTEND" },
      data: { status: "GESTOPT", laatsteFout: "Het endpoint is verwijderd." },
    });
    await audit(tx, caller, brin, "OsrEndpoint", `${brin}/${dienst}`, "VERWIJDEREN", zonderPositie(before), null);
    return true;
  });
}
