// `/instelling/{brin}/deelnemers/{id}/wijzigen`: change an inschrijving of this school with its perioden (beheerder only).
import { getTranslations } from "next-intl/server";
import { FormulierPagina } from "@/components/register/formulieren/formulier-pagina";
import { InschrijvingFormulier } from "@/components/register/formulieren/inschrijving-formulier";
import { db } from "@/lib/db";
import { formulierOpslaan } from "@/lib/register/forms/actions";
import { inschrijvingWaarden, vestigingKeuzes } from "@/lib/register/forms/context";
import { KEUZES } from "@/lib/register/forms/keuzes";
import { requireFormContext } from "@/lib/register/forms/toegang";
import { maskPgn } from "@/lib/shared/pgn";
import { opleidingKeuzes } from "@/lib/register/queries/referentie";

type Props = { params: Promise<{ brin: string; id: string }> };

export async function generateMetadata({ params }: Props) {
  const { brin, id } = await params;
  const { context } = await requireFormContext(brin, id);
  const t = await getTranslations("formulier");
  return { title: t("inschrijvingWijzigen", { volgnummer: context.inschrijvingsvolgnummer }) };
}

export default async function InschrijvingWijzigenPage({ params }: Props) {
  const { brin, id } = await params;
  const { context } = await requireFormContext(brin, id);
  const t = await getTranslations("formulier");
  const mbo = context.sector === "MBO";
  const [waarden, opleidingen, vestigingen] = await Promise.all([
    inschrijvingWaarden(db, context),
    mbo ? opleidingKeuzes() : [],
    mbo ? [] : vestigingKeuzes(db, brin),
  ]);
  const detail = `/instelling/${brin}/deelnemers/${context.inschrijvingId}`;
  return (
    <FormulierPagina
      terugHref={detail}
      terugLabel={t("terugNaarDeelnemer", { sector: context.sector })}
      titel={t("inschrijvingWijzigen", { volgnummer: context.inschrijvingsvolgnummer })}
    >
      <InschrijvingFormulier
        actie={formulierOpslaan.bind(null, {
          brin,
          soort: mbo ? "mbo-inschrijvingen" : "po-inschrijvingen",
          inschrijvingId: context.inschrijvingId,
        })}
        sector={context.sector}
        waarden={waarden}
        bestaand={{ volgnummer: context.inschrijvingsvolgnummer, pgnGemaskeerd: maskPgn(context.pgn) }}
        keuzes={KEUZES}
        opleidingen={opleidingen.map((o) => ({ code: o.opleidingscode, naam: o.naam }))}
        vestigingen={vestigingen}
        annulerenHref={detail}
      />
    </FormulierPagina>
  );
}
