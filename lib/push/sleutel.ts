// The Standard Webhooks signing secret of a leverancier: created with its first endpoint (shown once
// in that answer), rotated by the supplier through the API or by DUO in the back office (shown once).
// HMAC needs the secret itself, so it is stored encrypted (AES-256-GCM, key derived from the
// deployment's secret), never hashed; after a rotation the previous secret signs too for a day, so a
// receiver can switch over without rejecting a message.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";

export const SLEUTEL_PREFIX = "whsec_";
/** How long the previous secret still signs after a rotation. */
export const VORIGE_SLEUTEL_MS = 24 * 3600 * 1000;

type Tx = Prisma.TransactionClient | PrismaClient;
export type SleutelActor = { type: "USER" | "API_CLIENT"; id: string };

function encryptionKey(): Buffer {
  const secret = env.API_JWT_SECRET ?? env.NEXTAUTH_SECRET;
  if (!secret && env.NODE_ENV === "production") throw new Error("API_JWT_SECRET of NEXTAUTH_SECRET ontbreekt");
  // Development without a configured secret: a fixed key, so stored secrets survive a restart.
  return createHmac("sha256", secret ?? "bron-development-only")
    .update("bron-webhook-secret-encryption-v1")
    .digest();
}

/** 32 random bytes, base64, with the `whsec_` prefix the Standard Webhooks libraries accept. */
export function nieuweSleutel(): string {
  return SLEUTEL_PREFIX + randomBytes(32).toString("base64");
}

export function versleutel(sleutel: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", encryptionKey(), iv);
  const data = Buffer.concat([cipher.update(sleutel, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), data.toString("base64url")].join(
    ".",
  );
}

export function ontsleutel(opgeslagen: string): string {
  const [versie, iv, tag, data] = opgeslagen.split(".");
  if (versie !== "v1" || !iv || !tag || data === undefined)
    throw new Error("Onbekend formaat van de opgeslagen ondertekeningssleutel");
  const decipher = createDecipheriv("aes-256-gcm", encryptionKey(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}

const audit = (tx: Tx, actor: SleutelActor, leverancierId: string, actie: string) =>
  tx.auditEvent.create({
    // The secret itself never goes into the audit log (nor any other log).
    data: {
      actorType: actor.type,
      actor: actor.id,
      entiteit: "Leverancier",
      sleutel: leverancierId,
      actie,
      na: { ondertekeningssleutel: "vervangen" },
    },
  });

/** A new secret for the leverancier; the previous one keeps signing for VORIGE_SLEUTEL_MS. Returns it once. */
export async function roteerSleutel(
  db: PrismaClient,
  leverancierId: string,
  actor: SleutelActor,
  nu = new Date(),
): Promise<{ sleutel: string; aangemaaktOp: Date } | null> {
  return db.$transaction(async (tx) => {
    const [huidig] = await tx.$queryRaw<
      { webhookSleutel: string | null }[]
    >`SELECT "webhookSleutel" FROM "Leverancier" WHERE id = ${leverancierId} FOR UPDATE`;
    if (!huidig) return null;
    const sleutel = nieuweSleutel();
    await tx.leverancier.update({
      where: { id: leverancierId },
      data: {
        webhookSleutel: versleutel(sleutel),
        webhookSleutelOp: nu,
        vorigeWebhookSleutel: huidig.webhookSleutel,
        vorigeSleutelTot: huidig.webhookSleutel ? new Date(nu.getTime() + VORIGE_SLEUTEL_MS) : null,
      },
    });
    await audit(tx, actor, leverancierId, "ONDERTEKENINGSSLEUTEL_ROTEREN");
    return { sleutel, aangemaaktOp: nu };
  });
}

/** Inside the transaction that registers an endpoint: a secret when the leverancier has none yet (returned once), else null. */
export async function zorgVoorSleutel(tx: Tx, leverancierId: string, actor: SleutelActor): Promise<string | null> {
  const sleutel = nieuweSleutel();
  const created =
    await tx.$executeRaw`UPDATE "Leverancier" SET "webhookSleutel" = ${versleutel(sleutel)}, "webhookSleutelOp" = now() WHERE id = ${leverancierId} AND "webhookSleutel" IS NULL`;
  if (created === 0) return null;
  await audit(tx, actor, leverancierId, "ONDERTEKENINGSSLEUTEL_AANMAKEN");
  return sleutel;
}

/** The secrets a delivery is signed with now: the current one, and the previous one during its grace day. */
export async function ondertekeningssleutels(db: Tx, leverancierId: string, nu = new Date()): Promise<string[]> {
  const l = await db.leverancier.findUnique({
    where: { id: leverancierId },
    select: { webhookSleutel: true, vorigeWebhookSleutel: true, vorigeSleutelTot: true },
  });
  if (!l?.webhookSleutel) return [];
  const sleutels = [ontsleutel(l.webhookSleutel)];
  if (l.vorigeWebhookSleutel && l.vorigeSleutelTot && l.vorigeSleutelTot > nu)
    sleutels.push(ontsleutel(l.vorigeWebhookSleutel));
  return sleutels;
}

export async function sleutelStatus(
  db: Tx,
  leverancierId: string,
): Promise<{ aangemaaktOp: Date | null; vorigeGeldigTot: Date | null }> {
  const l = await db.leverancier.findUnique({
    where: { id: leverancierId },
    select: { webhookSleutelOp: true, vorigeSleutelTot: true },
  });
  return {
    aangemaaktOp: l?.webhookSleutelOp ?? null,
    vorigeGeldigTot: l?.vorigeSleutelTot && l.vorigeSleutelTot > new Date() ? l.vorigeSleutelTot : null,
  };
}
