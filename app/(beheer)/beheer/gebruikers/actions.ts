"use server";
// User management by DUO_BEHEERDER: each action checks the role itself; bad input changes nothing.
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { lijstVeld, tekstVeld, veldFouten, type BeheerState } from "@/lib/beheer/form-state";
import { maakGebruiker, resetWachtwoord, wijzigGebruiker, zetActief } from "@/lib/beheer/gebruikers/gebruikers";
import { gebruikerSchema } from "@/lib/beheer/gebruikers/validation";
import { actorVan, beheerderToegang } from "@/lib/beheer/toegang";
import { geweigerdeState } from "@/lib/beheer/vertaal";

const invoer = (formData: FormData) => ({
  naam: tekstVeld(formData, "naam"),
  email: tekstVeld(formData, "email"),
  rol: tekstVeld(formData, "rol"),
  instellingen: lijstVeld(formData, "instellingen"),
});

export async function maakGebruikerAction(_vorige: BeheerState, formData: FormData): Promise<BeheerState> {
  const user = await beheerderToegang();
  if (!user) return geweigerdeState("geenToegang");
  const waarden = invoer(formData);
  const parsed = gebruikerSchema.safeParse(waarden);
  if (!parsed.success) return geweigerdeState("controleer", veldFouten(parsed.error), waarden);
  const uitkomst = await maakGebruiker(db, actorVan(user), parsed.data);
  if (!uitkomst.ok) return geweigerdeState(uitkomst.fout, uitkomst.velden, waarden);
  revalidatePath("/beheer/gebruikers");
  const t = await getTranslations("toegang.gebruikers");
  return {
    ok: true,
    melding: t("aangemaakt", { email: parsed.data.email }),
    velden: {},
    eenmalig: { label: t("wachtwoord"), waarde: uitkomst.wachtwoord },
    href: `/beheer/gebruikers/${uitkomst.id}`,
  };
}

export async function wijzigGebruikerAction(id: string, _vorige: BeheerState, formData: FormData): Promise<BeheerState> {
  const user = await beheerderToegang();
  if (!user) return geweigerdeState("geenToegang");
  const waarden = invoer(formData);
  const parsed = gebruikerSchema.safeParse(waarden);
  if (!parsed.success) return geweigerdeState("controleer", veldFouten(parsed.error), waarden);
  const uitkomst = await wijzigGebruiker(db, actorVan(user), id, parsed.data);
  if (!uitkomst.ok) return geweigerdeState(uitkomst.fout, uitkomst.velden, waarden);
  revalidatePath("/beheer/gebruikers", "layout");
  const t = await getTranslations("toegang.gebruikers");
  return { ok: true, melding: t("opgeslagen"), velden: {} };
}

export async function zetActiefAction(id: string, actief: boolean): Promise<BeheerState> {
  const user = await beheerderToegang();
  if (!user) return geweigerdeState("geenToegang");
  const uitkomst = await zetActief(db, actorVan(user), id, actief);
  if (!uitkomst.ok) return geweigerdeState(uitkomst.fout);
  revalidatePath("/beheer/gebruikers", "layout");
  const t = await getTranslations("toegang.gebruikers");
  return { ok: true, melding: actief ? t("geheractiveerd") : t("gedeactiveerd"), velden: {} };
}

export async function resetWachtwoordAction(id: string): Promise<BeheerState> {
  const user = await beheerderToegang();
  if (!user) return geweigerdeState("geenToegang");
  const uitkomst = await resetWachtwoord(db, actorVan(user), id);
  if (!uitkomst.ok) return geweigerdeState(uitkomst.fout);
  const t = await getTranslations("toegang.gebruikers");
  return { ok: true, melding: t("wachtwoordGereset"), velden: {}, eenmalig: { label: t("nieuwWachtwoord"), waarde: uitkomst.wachtwoord } };
}
