"use server";
// The beheerder grants and ends the school's mandates. The brin is checked again here, and a
// mandate is found only within it, so another school's mandate id is refused as unknown.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { tekstVeld, type FormState } from "@/lib/osr/form-state";
import { beeindigMandaat, verleenMandaat } from "@/lib/osr/mandaten";
import { actorVan, schoolBeheerToegang } from "@/lib/osr/toegang";
import { mandaatSchema, veldFouten } from "@/lib/osr/validation";
import { geweigerdeState } from "@/lib/osr/vertaal";
import { todayIso } from "@/lib/shared/dates";

const pad = (brin: string) => `/osr/instellingen/${brin}`;

export async function verleenMandaatAction(brin: string, _vorige: FormState, formData: FormData): Promise<FormState> {
  const toegang = await schoolBeheerToegang(brin);
  if (!toegang) return geweigerdeState("nietGevonden");
  const waarden = {
    leverancierId: tekstVeld(formData, "leverancierId"),
    dienst: tekstVeld(formData, "dienst"),
    begindatum: tekstVeld(formData, "begindatum"),
    einddatum: tekstVeld(formData, "einddatum"),
  };
  const parsed = mandaatSchema(todayIso()).safeParse(waarden);
  if (!parsed.success) return geweigerdeState("controleer", veldFouten(parsed.error), waarden);
  const uitkomst = await verleenMandaat(db, actorVan(toegang.user), brin, parsed.data);
  if (!uitkomst.ok) return geweigerdeState(uitkomst.fout, uitkomst.velden, waarden);
  revalidatePath(pad(brin), "layout");
  const t = await getTranslations("osr.mandaten");
  return { ok: true, melding: t("verleend"), velden: {} };
}

export async function beeindigMandaatAction(brin: string, _vorige: FormState, formData: FormData): Promise<FormState> {
  const toegang = await schoolBeheerToegang(brin);
  if (!toegang) return geweigerdeState("nietGevonden");
  const uitkomst = await beeindigMandaat(db, actorVan(toegang.user), brin, tekstVeld(formData, "mandaatId"), todayIso());
  if (!uitkomst.ok) return geweigerdeState(uitkomst.fout);
  revalidatePath(pad(brin), "layout");
  // An ended mandate has no end form any more, so the page itself says it is done.
  redirect(`${pad(brin)}/mandaten?beeindigd=1`);
}
