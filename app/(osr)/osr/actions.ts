"use server";
// Saving one's own contact card. The card is looked up by id *and* the signed-in user, so a posted
// id of somebody else's card is refused like one that does not exist.
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { getSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { wijzigEigenKaart } from "@/lib/osr/contactkaarten";
import { lijstVeld, tekstVeld, type FormState } from "@/lib/osr/form-state";
import { actorVan } from "@/lib/osr/toegang";
import { kaartSchema, veldFouten } from "@/lib/osr/validation";
import { geweigerdeState } from "@/lib/osr/vertaal";

export async function slaEigenKaartOp(_vorige: FormState, formData: FormData): Promise<FormState> {
  const user = await getSession();
  if (!user) return geweigerdeState("nietGevonden");
  const waarden = {
    naam: tekstVeld(formData, "naam"),
    functie: tekstVeld(formData, "functie"),
    email: tekstVeld(formData, "email"),
    telefoon: tekstVeld(formData, "telefoon"),
    contexten: lijstVeld(formData, "contexten"),
  };
  const parsed = kaartSchema.safeParse(waarden);
  if (!parsed.success) return geweigerdeState("controleer", veldFouten(parsed.error), waarden);
  const uitkomst = await wijzigEigenKaart(db, actorVan(user), tekstVeld(formData, "kaartId"), parsed.data);
  if (!uitkomst.ok) return geweigerdeState(uitkomst.fout, uitkomst.velden, waarden);
  revalidatePath("/osr", "layout");
  const t = await getTranslations("osr");
  return { ok: true, melding: uitkomst.gewijzigd ? t("opgeslagen") : t("ongewijzigd"), velden: {} };
}
