"use server";
// Server actions for DUO's funding-relevant reference changes. Roles are checked here, on the
// server: licences are RIO data (both DUO roles), teldata belong to DUO_BEHEERDER (access.md).
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { queueHerberekening } from "./herberekening-service";
import { ReferentieError, voegTeldatumToe, wijzigLicentieEinddatum } from "./referentie-wijzigingen";

export type ReferentieState = { melding: string } | null;

const licentieInput = z.object({
  brin: z.string().regex(/^[0-9]{2}[A-Z]{2}$/),
  opleidingscode: z.string().regex(/^[0-9]{5}$/),
  leerweg: z.enum(["BOL", "BBL", "EX"]),
  einddatum: z.union([z.literal(""), z.iso.date()]),
});

const teldatumInput = z.object({ sector: z.enum(["PO", "MBO"]), datum: z.iso.date() });

async function afterChange(change: () => Promise<string>): Promise<ReferentieState> {
  let id: string;
  try {
    id = await change();
  } catch (error) {
    if (error instanceof ReferentieError) return { melding: error.message };
    throw error;
  }
  await queueHerberekening(id);
  redirect(`/beheer/herberekeningen#h-${id}`);
}

export async function wijzigLicentieAction(_previous: ReferentieState, formData: FormData): Promise<ReferentieState> {
  const user = await requireRole("DUO_MEDEWERKER", "DUO_BEHEERDER");
  const parsed = licentieInput.safeParse(Object.fromEntries(["brin", "opleidingscode", "leerweg", "einddatum"].map((k) => [k, formData.get(k)])));
  if (!parsed.success) return { melding: "Vul een geldige einddatum in, of laat het veld leeg voor een licentie zonder einde." };
  const { einddatum, ...licentie } = parsed.data;
  return afterChange(() => wijzigLicentieEinddatum(db, { ...licentie, einddatum: einddatum || null, actor: user.email }));
}

export async function voegTeldatumToeAction(_previous: ReferentieState, formData: FormData): Promise<ReferentieState> {
  const user = await requireRole("DUO_BEHEERDER");
  const parsed = teldatumInput.safeParse({ sector: formData.get("sector"), datum: formData.get("datum") });
  if (!parsed.success) return { melding: "Kies een sector en vul een geldige datum in." };
  return afterChange(() => voegTeldatumToe(db, { ...parsed.data, actor: user.email }));
}
