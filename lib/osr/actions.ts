"use server";
// The OSR's server actions: one's own contact card (looked up by id *and* the signed-in user, so a
// posted id of somebody else's card is refused like one that does not exist), and the beheerder's
// employees and mandates of a school. Each checks again that the signed-in user manages this brin
// (a bound argument can be changed by the client) and finds the card or mandate only within it.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { formAction } from "@/lib/server/action";
import { lijstVeld, tekstVeld } from "@/lib/server/form-state";
import { todayIso } from "@/lib/shared/dates";
import { wijsContextenToe, wijzigEigenKaart, zetVerborgen } from "./contactkaarten";
import { beeindigMandaat, verleenMandaat } from "./mandaten";
import { nodigUit, verwijderMedewerker } from "./medewerkers";
import { actorVan, schoolBeheerToegang } from "./toegang";
import { contextenSchema, kaartSchema, mandaatSchema, uitnodigingSchema } from "./validation";

const pad = (brin: string) => `/osr/instellingen/${brin}`;

/** The signed-in beheerder of this brin, else null (refused as "nietGevonden"). */
const beheerderVan = async (brin: string) => (await schoolBeheerToegang(brin))?.user ?? null;

export const slaEigenKaartOp = formAction(
  {
    access: getSession,
    catalogue: "osr.fouten",
    refused: "nietGevonden",
    form: {
      read: (formData) => ({
        naam: tekstVeld(formData, "naam"),
        functie: tekstVeld(formData, "functie"),
        email: tekstVeld(formData, "email"),
        telefoon: tekstVeld(formData, "telefoon"),
        contexten: lijstVeld(formData, "contexten"),
      }),
      schema: kaartSchema,
    },
  },
  async ({ user, input, formData, refuse }) => {
    const uitkomst = await wijzigEigenKaart(db, actorVan(user), tekstVeld(formData, "kaartId"), input);
    if (!uitkomst.ok) return refuse(uitkomst);
    revalidatePath("/osr", "layout");
    const t = await getTranslations("osr");
    return { ok: true, melding: uitkomst.gewijzigd ? t("opgeslagen") : t("ongewijzigd"), velden: {} };
  },
);

export const nodigMedewerkerUit = formAction(
  {
    access: beheerderVan,
    catalogue: "osr.fouten",
    refused: "nietGevonden",
    form: {
      read: (formData) => ({ naam: tekstVeld(formData, "naam"), email: tekstVeld(formData, "email") }),
      schema: uitnodigingSchema,
    },
  },
  async ({ user, input, refuse }, brin: string) => {
    const uitkomst = await nodigUit(db, actorVan(user), brin, input);
    if (!uitkomst.ok) return refuse(uitkomst);
    revalidatePath(pad(brin), "layout");
    const t = await getTranslations("osr.medewerkers");
    return {
      ok: true,
      melding: uitkomst.wachtwoord
        ? t("uitgenodigd", { naam: input.naam, email: input.email })
        : t("bestaandAccount", { naam: input.naam }),
      velden: {},
      ...(uitkomst.wachtwoord ? { wachtwoord: uitkomst.wachtwoord } : {}),
    };
  },
);

export const wijsContextenToeAction = formAction(
  { access: beheerderVan, catalogue: "osr.fouten", refused: "nietGevonden" },
  async ({ user, formData, refuse }, brin: string) => {
    // Not the "controleer" refusal of a form: an unknown context is a tampered checkbox.
    const parsed = contextenSchema.safeParse({ contexten: lijstVeld(formData, "contexten") });
    if (!parsed.success) return refuse({ ok: false, fout: "contextOnbekend" });
    const uitkomst = await wijsContextenToe(
      db,
      actorVan(user),
      brin,
      tekstVeld(formData, "kaartId"),
      parsed.data.contexten,
    );
    if (!uitkomst.ok) return refuse({ ok: false, fout: uitkomst.fout });
    revalidatePath(pad(brin), "layout");
    const t = await getTranslations("osr.medewerkers");
    return { ok: true, melding: uitkomst.gewijzigd ? t("contextenOpgeslagen") : t("ongewijzigd"), velden: {} };
  },
);

export const zetVerborgenAction = formAction(
  { access: beheerderVan, catalogue: "osr.fouten", refused: "nietGevonden" },
  async ({ user, formData, refuse }, brin: string) => {
    const verborgen = tekstVeld(formData, "verborgen") === "ja";
    const uitkomst = await zetVerborgen(db, actorVan(user), brin, tekstVeld(formData, "kaartId"), verborgen);
    if (!uitkomst.ok) return refuse({ ok: false, fout: uitkomst.fout });
    revalidatePath(pad(brin), "layout");
    const t = await getTranslations("osr.medewerkers");
    return { ok: true, melding: verborgen ? t("isVerborgen") : t("isGetoond"), velden: {} };
  },
);

export const verwijderMedewerkerAction = formAction(
  { access: beheerderVan, catalogue: "osr.fouten", refused: "nietGevonden" },
  async ({ user, formData, refuse }, brin: string) => {
    const uitkomst = await verwijderMedewerker(db, actorVan(user), brin, tekstVeld(formData, "kaartId"));
    if (!uitkomst.ok) return refuse({ ok: false, fout: uitkomst.fout });
    revalidatePath(pad(brin), "layout");
    // The removed card's form goes with it, so the page itself says it is done.
    redirect(`${pad(brin)}/medewerkers?verwijderd=1`);
  },
);

export const verleenMandaatAction = formAction(
  {
    access: beheerderVan,
    catalogue: "osr.fouten",
    refused: "nietGevonden",
    form: {
      read: (formData) => ({
        leverancierId: tekstVeld(formData, "leverancierId"),
        dienst: tekstVeld(formData, "dienst"),
        begindatum: tekstVeld(formData, "begindatum"),
        einddatum: tekstVeld(formData, "einddatum"),
      }),
      schema: () => mandaatSchema(todayIso()),
    },
  },
  async ({ user, input, refuse }, brin: string) => {
    const uitkomst = await verleenMandaat(db, actorVan(user), brin, input);
    if (!uitkomst.ok) return refuse(uitkomst);
    revalidatePath(pad(brin), "layout");
    const t = await getTranslations("osr.mandaten");
    return { ok: true, melding: t("verleend"), velden: {} };
  },
);

export const beeindigMandaatAction = formAction(
  { access: beheerderVan, catalogue: "osr.fouten", refused: "nietGevonden" },
  async ({ user, formData, refuse }, brin: string) => {
    const uitkomst = await beeindigMandaat(db, actorVan(user), brin, tekstVeld(formData, "mandaatId"), todayIso());
    if (!uitkomst.ok) return refuse({ ok: false, fout: uitkomst.fout });
    revalidatePath(pad(brin), "layout");
    // An ended mandate has no end form any more, so the page itself says it is done.
    redirect(`${pad(brin)}/mandaten?beeindigd=1`);
  },
);
