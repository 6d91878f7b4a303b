"use server";
// Leveranciers and their API clients, by DUO_BEHEERDER: each action checks the role itself.
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { maakClient, maakLeverancier, roteerGeheim, trekClientIn } from "@/lib/beheer/clients/clients";
import { clientSchema, leverancierSchema } from "@/lib/beheer/clients/validation";
import { tekstVeld, veldFouten, type BeheerState } from "@/lib/beheer/form-state";
import { actorVan, beheerderToegang } from "@/lib/beheer/toegang";
import { geweigerdeState } from "@/lib/beheer/vertaal";
import { roteerSleutel } from "@/lib/push/sleutel";

export async function maakLeverancierAction(_vorige: BeheerState, formData: FormData): Promise<BeheerState> {
  const user = await beheerderToegang();
  if (!user) return geweigerdeState("geenToegang");
  const waarden = { naam: tekstVeld(formData, "naam") };
  const parsed = leverancierSchema.safeParse(waarden);
  if (!parsed.success) return geweigerdeState("controleer", veldFouten(parsed.error), waarden);
  const uitkomst = await maakLeverancier(db, actorVan(user), parsed.data.naam);
  if (!uitkomst.ok) return geweigerdeState(uitkomst.fout, uitkomst.velden, waarden);
  revalidatePath("/beheer/leveranciers");
  const t = await getTranslations("toegang.leveranciers");
  return { ok: true, melding: t("aangemaakt", { naam: parsed.data.naam }), velden: {}, href: `/beheer/leveranciers/${uitkomst.id}` };
}

export async function maakClientAction(leverancierId: string, _vorige: BeheerState, formData: FormData): Promise<BeheerState> {
  const user = await beheerderToegang();
  if (!user) return geweigerdeState("geenToegang");
  const waarden = { clientId: tekstVeld(formData, "clientId"), certThumbprint: tekstVeld(formData, "certThumbprint"), rateLimit: tekstVeld(formData, "rateLimit") };
  const parsed = clientSchema.safeParse(waarden);
  if (!parsed.success) return geweigerdeState("controleer", veldFouten(parsed.error), waarden);
  const uitkomst = await maakClient(db, actorVan(user), leverancierId, parsed.data);
  if (!uitkomst.ok) return geweigerdeState(uitkomst.fout, uitkomst.velden, waarden);
  revalidatePath(`/beheer/leveranciers/${leverancierId}`);
  const t = await getTranslations("toegang.leveranciers");
  return { ok: true, melding: t("clientAangemaakt", { clientId: parsed.data.clientId }), velden: {}, eenmalig: { label: t("geheim"), waarde: uitkomst.geheim } };
}

export async function roteerGeheimAction(leverancierId: string, id: string): Promise<BeheerState> {
  const user = await beheerderToegang();
  if (!user) return geweigerdeState("geenToegang");
  const uitkomst = await roteerGeheim(db, actorVan(user), leverancierId, id);
  if (!uitkomst.ok) return geweigerdeState(uitkomst.fout);
  const t = await getTranslations("toegang.leveranciers");
  return { ok: true, melding: t("geroteerd"), velden: {}, eenmalig: { label: t("nieuwGeheim"), waarde: uitkomst.geheim } };
}

export async function trekClientInAction(leverancierId: string, id: string): Promise<BeheerState> {
  const user = await beheerderToegang();
  if (!user) return geweigerdeState("geenToegang");
  const uitkomst = await trekClientIn(db, actorVan(user), leverancierId, id);
  if (!uitkomst.ok) return geweigerdeState(uitkomst.fout);
  revalidatePath(`/beheer/leveranciers/${leverancierId}`);
  const t = await getTranslations("toegang.leveranciers");
  return { ok: true, melding: t("ingetrokken"), velden: {} };
}

/** A new signing secret for the leverancier's pushed berichten (lib/push), shown once; the previous one signs along for 24 hours. */
export async function roteerOndertekeningssleutelAction(leverancierId: string): Promise<BeheerState> {
  const user = await beheerderToegang();
  if (!user) return geweigerdeState("geenToegang");
  const nieuw = await roteerSleutel(db, leverancierId, { type: "USER", id: user.email });
  if (!nieuw) return geweigerdeState("geenToegang");
  revalidatePath(`/beheer/leveranciers/${leverancierId}`);
  const t = await getTranslations("push.sleutel");
  return { ok: true, melding: t("geroteerd"), velden: {}, eenmalig: { label: t("label"), waarde: nieuw.sleutel } };
}
