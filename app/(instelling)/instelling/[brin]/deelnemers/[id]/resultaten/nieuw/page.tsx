// `/instelling/{brin}/deelnemers/{id}/resultaten/nieuw`: a new resultaat of this mbo student (beheerder only).
import { getTranslations } from "next-intl/server";
import { FormulierPagina } from "@/components/register/formulieren/formulier-pagina";
import { ResultaatFormulier } from "@/components/register/formulieren/resultaat-formulier";
import { db } from "@/lib/db";
import { formulierOpslaan } from "@/lib/register/forms/actions";
import { inschrijvingKeuzes, laatsteOpleidingscode } from "@/lib/register/forms/context";
import { KEUZES } from "@/lib/register/forms/keuzes";
import { requireFormContext } from "@/lib/register/forms/toegang";
import { opleidingKeuzes } from "@/lib/register/queries/referentie";

type Props = { params: Promise<{ brin: string; id: string }> };

export async function generateMetadata({ params }: Props) {
  const { brin, id } = await params;
  await requireFormContext(brin, id, "MBO");
  const t = await getTranslations("formulier");
  return { title: t("resultaatToevoegen") };
}

export default async function NieuwResultaatPage({ params }: Props) {
  const { brin, id } = await params;
  const { context } = await requireFormContext(brin, id, "MBO");
  const t = await getTranslations("formulier");
  const [inschrijvingen, opleidingen] = await Promise.all([inschrijvingKeuzes(db, context), opleidingKeuzes()]);
  const detail = `/instelling/${brin}/deelnemers/${context.inschrijvingId}`;
  const opleidingscode = await laatsteOpleidingscode(db, context);
  return (
    <FormulierPagina
      terugHref={detail}
      terugLabel={t("terugNaarDeelnemer", { sector: "MBO" })}
      titel={t("resultaatToevoegen")}
    >
      <ResultaatFormulier
        actie={formulierOpslaan.bind(null, { brin, soort: "mbo-resultaten", inschrijvingId: context.inschrijvingId })}
        waarden={{
          inschrijvingsvolgnummer: context.inschrijvingsvolgnummer,
          opleidingscode: opleidingscode ?? "",
          soort: "DIPLOMA",
          indicatieBekostigbaar: "J",
        }}
        bestaand={false}
        keuzes={KEUZES}
        inschrijvingen={inschrijvingen}
        opleidingen={opleidingen.map((o) => ({ code: o.opleidingscode, naam: o.naam }))}
        annulerenHref={detail}
      />
    </FormulierPagina>
  );
}
