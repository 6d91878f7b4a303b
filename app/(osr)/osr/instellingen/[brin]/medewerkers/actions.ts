"use server";
// The beheerder's actions on the school's employees. Each checks again that the signed-in user
// manages this brin (a bound argument can be changed by the client) and finds the card within it.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { wijsContextenToe, zetVerborgen } from "@/lib/osr/contactkaarten";
import { lijstVeld, tekstVeld, type FormState } from "@/lib/osr/form-state";
import { nodigUit, verwijderMedewerker } from "@/lib/osr/medewerkers";
import { actorVan, schoolBeheerToegang } from "@/lib/osr/toegang";
import { contextenSchema, uitnodigingSchema, veldFouten } from "@/lib/osr/validation";
import { geweigerdeState } from "@/lib/osr/vertaal";

const pad = (brin: string) => `/osr/instellingen/${brin}`;

export async function nodigMedewerkerUit(brin: string, _vorige: FormState, formData: FormData): Promise<FormState> {
  const toegang = await schoolBeheerToegang(brin);
  if (!toegang) return geweigerdeState("nietGevonden");
  const waarden = { naam: tekstVeld(formData, "naam"), email: tekstVeld(formData, "email") };
  const parsed = uitnodigingSchema.safeParse(waarden);
  if (!parsed.success) return geweigerdeState("controleer", veldFouten(parsed.error), waarden);
  const uitkomst = await nodigUit(db, actorVan(toegang.user), brin, parsed.data);
  if (!uitkomst.ok) return geweigerdeState(uitkomst.fout, uitkomst.velden, waarden);
  revalidatePath(pad(brin), "layout");
  const t = await getTranslations("osr.medewerkers");
  return {
    ok: true,
    melding: uitkomst.wachtwoord ? t("uitgenodigd", { naam: parsed.data.naam, email: parsed.data.email }) : t("bestaandAccount", { naam: parsed.data.naam }),
    velden: {},
    ...(uitkomst.wachtwoord ? { wachtwoord: uitkomst.wachtwoord } : {}),
  };
}

export async function wijsContextenToeAction(brin: string, _vorige: FormState, formData: FormData): Promise<FormState> {
  const toegang = await schoolBeheerToegang(brin);
  if (!toegang) return geweigerdeState("nietGevonden");
  const parsed = contextenSchema.safeParse({ contexten: lijstVeld(formData, "contexten") });
  if (!parsed.success) return geweigerdeState("contextOnbekend");
  const uitkomst = await wijsContextenToe(db, actorVan(toegang.user), brin, tekstVeld(formData, "kaartId"), parsed.data.contexten);
  if (!uitkomst.ok) return geweigerdeState(uitkomst.fout);
  revalidatePath(pad(brin), "layout");
  const t = await getTranslations("osr.medewerkers");
  return { ok: true, melding: uitkomst.gewijzigd ? t("contextenOpgeslagen") : t("ongewijzigd"), velden: {} };
}

export async function zetVerborgenAction(brin: string, _vorige: FormState, formData: FormData): Promise<FormState> {
  const toegang = await schoolBeheerToegang(brin);
  if (!toegang) return geweigerdeState("nietGevonden");
  const verborgen = tekstVeld(formData, "verborgen") === "ja";
  const uitkomst = await zetVerborgen(db, actorVan(toegang.user), brin, tekstVeld(formData, "kaartId"), verborgen);
  if (!uitkomst.ok) return geweigerdeState(uitkomst.fout);
  revalidatePath(pad(brin), "layout");
  const t = await getTranslations("osr.medewerkers");
  return { ok: true, melding: verborgen ? t("isVerborgen") : t("isGetoond"), velden: {} };
}

export async function verwijderMedewerkerAction(brin: string, _vorige: FormState, formData: FormData): Promise<FormState> {
  const toegang = await schoolBeheerToegang(brin);
  if (!toegang) return geweigerdeState("nietGevonden");
  const uitkomst = await verwijderMedewerker(db, actorVan(toegang.user), brin, tekstVeld(formData, "kaartId"));
  if (!uitkomst.ok) return geweigerdeState(uitkomst.fout);
  revalidatePath(pad(brin), "layout");
  // The removed card's form goes with it, so the page itself says it is done.
  redirect(`${pad(brin)}/medewerkers?verwijderd=1`);
}
