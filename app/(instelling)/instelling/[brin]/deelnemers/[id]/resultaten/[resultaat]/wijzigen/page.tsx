// `/instelling/{brin}/deelnemers/{id}/resultaten/{resultaat}/wijzigen`: change a resultaat of this student (beheerder only).
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FormulierPagina } from "@/components/register/formulieren/formulier-pagina";
import { ResultaatFormulier } from "@/components/register/formulieren/resultaat-formulier";
import { db } from "@/lib/db";
import { formulierOpslaan } from "@/lib/register/forms/actions";
import { inschrijvingKeuzes, resultaatWaarden } from "@/lib/register/forms/context";
import { KEUZES } from "@/lib/register/forms/keuzes";
import { requireFormContext } from "@/lib/register/forms/toegang";
import { opleidingKeuzes } from "@/lib/register/queries/referentie";

type Props = { params: Promise<{ brin: string; id: string; resultaat: string }> };

async function load({ params }: Props) {
  const { brin, id, resultaat } = await params;
  const { context } = await requireFormContext(brin, id, "MBO");
  const waarden = await resultaatWaarden(db, context, resultaat);
  if (!waarden) notFound();
  return { brin, context, waarden, volgnummer: waarden.resultaatvolgnummer! };
}

export async function generateMetadata(props: Props) {
  const { volgnummer } = await load(props);
  const t = await getTranslations("formulier");
  return { title: t("resultaatWijzigen", { volgnummer }) };
}

export default async function ResultaatWijzigenPage(props: Props) {
  const { brin, context, waarden, volgnummer } = await load(props);
  const t = await getTranslations("formulier");
  const [inschrijvingen, opleidingen] = await Promise.all([inschrijvingKeuzes(db, context), opleidingKeuzes()]);
  const detail = `/instelling/${brin}/deelnemers/${context.inschrijvingId}`;
  return (
    <FormulierPagina
      terugHref={detail}
      terugLabel={t("terugNaarDeelnemer", { sector: "MBO" })}
      titel={t("resultaatWijzigen", { volgnummer })}
    >
      <ResultaatFormulier
        actie={formulierOpslaan.bind(null, {
          brin,
          soort: "mbo-resultaten",
          inschrijvingId: context.inschrijvingId,
          volgnummer,
        })}
        waarden={waarden}
        bestaand
        keuzes={KEUZES}
        inschrijvingen={inschrijvingen}
        opleidingen={opleidingen.map((o) => ({ code: o.opleidingscode, naam: o.naam }))}
        annulerenHref={detail}
      />
    </FormulierPagina>
  );
}
