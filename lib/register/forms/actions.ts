"use server";
// The form actions: deliver or remove one record of the school through the one pipeline. Only the
// school's INSTELLING_BEHEERDER gets here (404 for anyone else, as for the pages); what the browser
// sends about the target (brin, inschrijving, key) is checked again against the database.
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db";
import { todayIso } from "@/lib/shared/dates";
import { isSoort, type Soort } from "@/lib/register/validate";
import { SECTOR_VAN_SOORT } from "@/lib/register/pipeline/process";
import { formContext, vasteVelden, type FormContext } from "./context";
import { waardenUit } from "./formulier";
import { requireRegisterBeheer } from "./toegang";
import type { FormDoel, FormulierState, VerwijderdSoort, VerwijderState } from "./types";
import { formAfzender, verwerkFormulier, verwijderViaFormulier } from "./verwerk";

const isInschrijving = (soort: Soort) => soort === "mbo-inschrijvingen" || soort === "po-inschrijvingen";

/** The signed-in beheerder, the sender, and the inschrijving the form belongs to (null: a new inschrijving). */
async function controleer(doel: FormDoel) {
  if (typeof doel !== "object" || doel === null) notFound();
  const { user, instelling } = await requireRegisterBeheer(String(doel.brin));
  if (!isSoort(doel.soort) || SECTOR_VAN_SOORT[doel.soort] !== instelling.sector) notFound();
  let context: FormContext | null = null;
  if (doel.inschrijvingId !== undefined || !isInschrijving(doel.soort)) {
    const id = Number(doel.inschrijvingId);
    context = Number.isSafeInteger(id) ? await formContext(db, instelling.brin, id) : null;
    if (!context) notFound();
  }
  const volgnummer = typeof doel.volgnummer === "string" ? doel.volgnummer : undefined;
  return { brin: instelling.brin, soort: doel.soort, context, volgnummer, afzender: await formAfzender(db, user) };
}

const detailPath = (brin: string, id: number) => `/instelling/${brin}/deelnemers/${id}`;

export async function formulierOpslaan(
  doel: FormDoel,
  _vorige: FormulierState,
  formData: FormData,
): Promise<FormulierState> {
  const { brin, soort, context, volgnummer, afzender } = await controleer(doel);
  const waarden = waardenUit(formData.entries());
  const uitkomst = await verwerkFormulier(db, afzender, {
    soort,
    waarden,
    vast: vasteVelden(soort, brin, context, volgnummer),
    vandaag: todayIso(),
  });
  if (uitkomst.status === "afgekeurd") return { uitkomst, detailHref: null };
  revalidatePath(`/instelling/${brin}`, "layout");
  let id = context?.inschrijvingId;
  if (!context) {
    // A new inschrijving: its page is the one of the volgnummer just delivered.
    const nieuw = await db.inschrijving.findUnique({
      where: { brin_inschrijvingsvolgnummer: { brin, inschrijvingsvolgnummer: waarden.inschrijvingsvolgnummer ?? "" } },
      select: { id: true },
    });
    id = nieuw?.id;
  }
  return { uitkomst, detailHref: id === undefined ? null : detailPath(brin, id) };
}

const VERWIJDERD: Record<Soort, VerwijderdSoort> = {
  "mbo-inschrijvingen": "inschrijving",
  "po-inschrijvingen": "inschrijving",
  "mbo-bpv": "bpv",
  "mbo-resultaten": "resultaat",
  "po-verzuim": "verzuim",
};

/** Bound to its record; useActionState also passes the previous state and the (empty) form, which are not needed. */
export async function recordVerwijderen(doel: FormDoel): Promise<VerwijderState> {
  const { brin, soort, context, volgnummer, afzender } = await controleer(doel);
  if (!context) notFound();
  const sleutel: Record<string, string> = isInschrijving(soort)
    ? { brin, inschrijvingsvolgnummer: context.inschrijvingsvolgnummer }
    : soort === "mbo-bpv"
      ? { brin, inschrijvingsvolgnummer: context.inschrijvingsvolgnummer, bpvVolgnummer: volgnummer ?? "" }
      : soort === "mbo-resultaten"
        ? { brin, resultaatvolgnummer: volgnummer ?? "" }
        : { brin, verzuimvolgnummer: volgnummer ?? "" };
  const uitkomst = await verwijderViaFormulier(db, afzender, soort, sleutel);
  if (uitkomst.status === "afgekeurd") return { uitkomst };
  revalidatePath(`/instelling/${brin}`, "layout");
  const notice = new URLSearchParams({
    verwijderd: VERWIJDERD[soort],
    sleutel: isInschrijving(soort) ? context.inschrijvingsvolgnummer : (volgnummer ?? ""),
  });
  if (!isInschrijving(soort)) redirect(`${detailPath(brin, context.inschrijvingId)}?${notice}`);
  // The inschrijving is gone: another one of the person here, else the list.
  const ander = await db.inschrijving.findFirst({
    where: { brin, persoonId: context.persoonId },
    orderBy: { datumInschrijving: "desc" },
    select: { id: true },
  });
  redirect(ander ? `${detailPath(brin, ander.id)}?${notice}` : `/instelling/${brin}/deelnemers?${notice}`);
}
