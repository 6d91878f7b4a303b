"use server";
// Leveranciers and their API clients, by DUO_BEHEERDER (capability manageUsers, checked by each
// action itself); bad input changes nothing.
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { roteerSleutel } from "@/lib/push/sleutel";
import { formAction } from "@/lib/server/action";
import { tekstVeld } from "@/lib/server/form-state";
import { actorVan } from "../toegang";
import { maakClient, maakLeverancier, roteerGeheim, trekClientIn } from "./clients";
import { clientSchema, leverancierSchema } from "./validation";

const beheer = { access: "manageUsers", catalogue: "toegang.fouten", refused: "geenToegang" } as const;

export const maakLeverancierAction = formAction(
  { ...beheer, form: { read: (formData) => ({ naam: tekstVeld(formData, "naam") }), schema: leverancierSchema } },
  async ({ user, input, refuse }) => {
    const uitkomst = await maakLeverancier(db, actorVan(user), input.naam);
    if (!uitkomst.ok) return refuse(uitkomst);
    revalidatePath("/beheer/leveranciers");
    const t = await getTranslations("toegang.leveranciers");
    return {
      ok: true,
      melding: t("aangemaakt", { naam: input.naam }),
      velden: {},
      href: `/beheer/leveranciers/${uitkomst.id}`,
    };
  },
);

export const maakClientAction = formAction(
  {
    ...beheer,
    form: {
      read: (formData) => ({
        clientId: tekstVeld(formData, "clientId"),
        certThumbprint: tekstVeld(formData, "certThumbprint"),
        rateLimit: tekstVeld(formData, "rateLimit"),
      }),
      schema: clientSchema,
    },
  },
  async ({ user, input, refuse }, leverancierId: string) => {
    const uitkomst = await maakClient(db, actorVan(user), leverancierId, input);
    if (!uitkomst.ok) return refuse(uitkomst);
    revalidatePath(`/beheer/leveranciers/${leverancierId}`);
    const t = await getTranslations("toegang.leveranciers");
    return {
      ok: true,
      melding: t("clientAangemaakt", { clientId: input.clientId }),
      velden: {},
      eenmalig: { label: t("geheim"), waarde: uitkomst.geheim },
    };
  },
);

export const roteerGeheimAction = formAction(beheer, async ({ user, refuse }, leverancierId: string, id: string) => {
  const uitkomst = await roteerGeheim(db, actorVan(user), leverancierId, id);
  if (!uitkomst.ok) return refuse({ ok: false, fout: uitkomst.fout });
  const t = await getTranslations("toegang.leveranciers");
  return {
    ok: true,
    melding: t("geroteerd"),
    velden: {},
    eenmalig: { label: t("nieuwGeheim"), waarde: uitkomst.geheim },
  };
});

export const trekClientInAction = formAction(beheer, async ({ user, refuse }, leverancierId: string, id: string) => {
  const uitkomst = await trekClientIn(db, actorVan(user), leverancierId, id);
  if (!uitkomst.ok) return refuse({ ok: false, fout: uitkomst.fout });
  revalidatePath(`/beheer/leveranciers/${leverancierId}`);
  const t = await getTranslations("toegang.leveranciers");
  return { ok: true, melding: t("ingetrokken"), velden: {} };
});

/** A new signing secret for the leverancier's pushed berichten (lib/push), shown once; the previous one signs along for 24 hours. */
export const roteerOndertekeningssleutelAction = formAction(beheer, async ({ user, refuse }, leverancierId: string) => {
  const nieuw = await roteerSleutel(db, leverancierId, { type: "USER", id: user.email });
  if (!nieuw) return refuse({ ok: false, fout: "geenToegang" });
  revalidatePath(`/beheer/leveranciers/${leverancierId}`);
  const t = await getTranslations("push.sleutel");
  return { ok: true, melding: t("geroteerd"), velden: {}, eenmalig: { label: t("label"), waarde: nieuw.sleutel } };
});
