// DUO_BEHEERDER manages leveranciers and their API clients: create a leverancier, create a client
// (the secret shown once, stored as a bcrypt hash like passwords), rotate its secret, revoke it.
// lib/api/clients.ts reads the client row on every API call, so a revocation ends every token of
// the client at once. A rotation stops the old secret at the token endpoint; tokens already issued
// live out their 15 minutes (revoke to end them at once).
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { apiToegangGewijzigd } from "@/lib/api/clients";
import { hashSecret } from "@/lib/auth/password";
import { alleMandaten, type MandaatRij } from "@/lib/osr/mandaten";
import { auditBeheer, type BeheerActor } from "../audit/schrijf";
import { geweigerd, type Uitkomst } from "@/lib/server/form-state";
import type { ClientInvoer } from "./validation";

/** 32 random bytes, base64url: ≈256 bits, nothing to guess. */
export function nieuwGeheim(): string {
  return randomBytes(32).toString("base64url");
}

export type ClientRij = {
  id: string;
  clientId: string;
  certThumbprint: string | null;
  rateLimit: number | null;
  ingetrokkenOp: Date | null;
  aangemaaktOp: Date;
};
export type LeverancierRij = { id: string; naam: string; clients: ClientRij[] };

const clientSelect = {
  id: true,
  clientId: true,
  certThumbprint: true,
  rateLimit: true,
  ingetrokkenOp: true,
  aangemaaktOp: true,
} as const;

/** What the audit log keeps of a client: never the secret or its hash. */
const snapshot = (c: ClientRij, leverancier: string) => ({
  clientId: c.clientId,
  leverancier,
  certThumbprint: c.certThumbprint,
  rateLimit: c.rateLimit,
  ingetrokkenOp: c.ingetrokkenOp?.toISOString() ?? null,
});

export async function leveranciers(db: PrismaClient): Promise<LeverancierRij[]> {
  return db.leverancier.findMany({
    select: { id: true, naam: true, clients: { select: clientSelect, orderBy: { aangemaaktOp: "asc" } } },
    orderBy: { naam: "asc" },
  });
}

export async function leverancierMetMandaten(
  db: PrismaClient,
  id: string,
  vandaag: string,
): Promise<(LeverancierRij & { mandaten: MandaatRij[] }) | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const l = await db.leverancier.findUnique({
    where: { id },
    select: { id: true, naam: true, clients: { select: clientSelect, orderBy: { aangemaaktOp: "asc" } } },
  });
  if (!l) return null;
  return { ...l, mandaten: await alleMandaten(db, vandaag, { leverancierId: id }) };
}

export async function maakLeverancier(
  db: PrismaClient,
  actor: BeheerActor,
  naam: string,
): Promise<Uitkomst<{ id: string }>> {
  const id = await db.$transaction(async (tx) => {
    if (await tx.leverancier.findUnique({ where: { naam }, select: { id: true } })) return null;
    const l = await tx.leverancier.create({ data: { naam } });
    await auditBeheer(tx, actor, { entiteit: "Leverancier", sleutel: naam, actie: "AANMAKEN", na: { naam } });
    return l.id;
  });
  return id ? { ok: true, id } : geweigerd("controleer", { naam: "leverancierBestaat" });
}

export async function maakClient(
  db: PrismaClient,
  actor: BeheerActor,
  leverancierId: string,
  invoer: ClientInvoer,
): Promise<Uitkomst<{ id: string; geheim: string }>> {
  const leverancier = /^[0-9a-f-]{36}$/i.test(leverancierId)
    ? await db.leverancier.findUnique({ where: { id: leverancierId } })
    : null;
  if (!leverancier) return geweigerd("leverancierOnbekend");
  const geheim = nieuwGeheim();
  const secretHash = await hashSecret(geheim);
  const id = await db.$transaction(async (tx) => {
    if (await tx.apiClient.findUnique({ where: { clientId: invoer.clientId }, select: { id: true } })) return null;
    const c = await tx.apiClient.create({
      data: {
        clientId: invoer.clientId,
        leverancierId,
        secretHash,
        certThumbprint: invoer.certThumbprint,
        rateLimit: invoer.rateLimit,
      },
      select: clientSelect,
    });
    await auditBeheer(tx, actor, {
      entiteit: "ApiClient",
      sleutel: c.clientId,
      actie: "AANMAKEN",
      na: snapshot(c, leverancier.naam),
    });
    return c.id;
  });
  return id ? { ok: true, id, geheim } : geweigerd("controleer", { clientId: "clientIdBestaat" });
}

async function clientVan(db: PrismaClient, leverancierId: string, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return db.apiClient.findFirst({
    where: { id, leverancierId },
    select: { ...clientSelect, leverancier: { select: { naam: true } } },
  });
}

/** A new secret; the old one is refused from now on. A revoked client stays revoked. */
export async function roteerGeheim(
  db: PrismaClient,
  actor: BeheerActor,
  leverancierId: string,
  id: string,
): Promise<Uitkomst<{ geheim: string }>> {
  const client = await clientVan(db, leverancierId, id);
  if (!client) return geweigerd("clientOnbekend");
  if (client.ingetrokkenOp) return geweigerd("clientIngetrokken");
  const geheim = nieuwGeheim();
  const secretHash = await hashSecret(geheim);
  await db.$transaction(async (tx) => {
    await tx.apiClient.update({ where: { id }, data: { secretHash } });
    await auditBeheer(tx, actor, {
      entiteit: "ApiClient",
      sleutel: client.clientId,
      actie: "GEHEIM_ROTEREN",
      na: { geheim: "vervangen" },
    });
  });
  return { ok: true, geheim };
}

/** Revoked for good: its tokens stop at the next call (the API's memory of the client is dropped at the commit). */
export async function trekClientIn(
  db: PrismaClient,
  actor: BeheerActor,
  leverancierId: string,
  id: string,
  nu = new Date(),
): Promise<Uitkomst> {
  const client = await clientVan(db, leverancierId, id);
  if (!client) return geweigerd("clientOnbekend");
  if (client.ingetrokkenOp) return { ok: true };
  await db.$transaction(async (tx) => {
    await tx.apiClient.update({ where: { id }, data: { ingetrokkenOp: nu } });
    await auditBeheer(tx, actor, {
      entiteit: "ApiClient",
      sleutel: client.clientId,
      actie: "INTREKKEN",
      voor: { ingetrokkenOp: null },
      na: { ingetrokkenOp: nu.toISOString() },
    });
  });
  apiToegangGewijzigd();
  return { ok: true };
}
