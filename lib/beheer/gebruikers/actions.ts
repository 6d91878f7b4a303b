"use server";
// User management by DUO_BEHEERDER (capability manageUsers, checked by each action itself); bad
// input changes nothing.
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { formAction } from "@/lib/server/action";
import { lijstVeld, tekstVeld } from "@/lib/server/form-state";
import { actorVan } from "../toegang";
import { maakGebruiker, resetWachtwoord, wijzigGebruiker, zetActief } from "./gebruikers";
import { gebruikerSchema } from "./validation";

const beheer = { access: "manageUsers", catalogue: "toegang.fouten", refused: "geenToegang" } as const;

const gebruikerForm = {
  read: (formData: FormData) => ({
    naam: tekstVeld(formData, "naam"),
    email: tekstVeld(formData, "email"),
    rol: tekstVeld(formData, "rol"),
    instellingen: lijstVeld(formData, "instellingen"),
  }),
  schema: gebruikerSchema,
};

export const maakGebruikerAction = formAction({ ...beheer, form: gebruikerForm }, async ({ user, input, refuse }) => {
  const uitkomst = await maakGebruiker(db, actorVan(user), input);
  if (!uitkomst.ok) return refuse(uitkomst);
  revalidatePath("/beheer/gebruikers");
  const t = await getTranslations("toegang.gebruikers");
  return {
    ok: true,
    melding: t("aangemaakt", { email: input.email }),
    velden: {},
    eenmalig: { label: t("wachtwoord"), waarde: uitkomst.wachtwoord },
    href: `/beheer/gebruikers/${uitkomst.id}`,
  };
});

export const wijzigGebruikerAction = formAction(
  { ...beheer, form: gebruikerForm },
  async ({ user, input, refuse }, id: string) => {
    const uitkomst = await wijzigGebruiker(db, actorVan(user), id, input);
    if (!uitkomst.ok) return refuse(uitkomst);
    revalidatePath("/beheer/gebruikers", "layout");
    const t = await getTranslations("toegang.gebruikers");
    return { ok: true, melding: t("opgeslagen"), velden: {} };
  },
);

export const zetActiefAction = formAction(beheer, async ({ user, refuse }, id: string, actief: boolean) => {
  const uitkomst = await zetActief(db, actorVan(user), id, actief);
  if (!uitkomst.ok) return refuse({ ok: false, fout: uitkomst.fout });
  revalidatePath("/beheer/gebruikers", "layout");
  const t = await getTranslations("toegang.gebruikers");
  return { ok: true, melding: actief ? t("geheractiveerd") : t("gedeactiveerd"), velden: {} };
});

export const resetWachtwoordAction = formAction(beheer, async ({ user, refuse }, id: string) => {
  const uitkomst = await resetWachtwoord(db, actorVan(user), id);
  if (!uitkomst.ok) return refuse({ ok: false, fout: uitkomst.fout });
  const t = await getTranslations("toegang.gebruikers");
  return {
    ok: true,
    melding: t("wachtwoordGereset"),
    velden: {},
    eenmalig: { label: t("nieuwWachtwoord"), waarde: uitkomst.wachtwoord },
  };
});
