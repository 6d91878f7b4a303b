// `/instelling/{brin}/deelnemers/{id}/verzuim/nieuw`: a new verzuimmelding of this po pupil (beheerder only).
import { getTranslations } from "next-intl/server";
import { FormulierPagina } from "@/components/register/formulieren/formulier-pagina";
import { VerzuimFormulier } from "@/components/register/formulieren/verzuim-formulier";
import { formulierOpslaan } from "@/lib/register/forms/actions";
import { KEUZES } from "@/lib/register/forms/keuzes";
import { requireFormContext } from "@/lib/register/forms/toegang";

type Props = { params: Promise<{ brin: string; id: string }> };

export async function generateMetadata({ params }: Props) {
  const { brin, id } = await params;
  await requireFormContext(brin, id, "PO");
  const t = await getTranslations("formulier");
  return { title: t("verzuimToevoegen") };
}

export default async function NieuwVerzuimPage({ params }: Props) {
  const { brin, id } = await params;
  const { context } = await requireFormContext(brin, id, "PO");
  const t = await getTranslations("formulier");
  const detail = `/instelling/${brin}/deelnemers/${context.inschrijvingId}`;
  return (
    <FormulierPagina
      terugHref={detail}
      terugLabel={t("terugNaarDeelnemer", { sector: "PO" })}
      titel={t("verzuimToevoegen")}
    >
      <VerzuimFormulier
        actie={formulierOpslaan.bind(null, { brin, soort: "po-verzuim", inschrijvingId: context.inschrijvingId })}
        waarden={{}}
        bestaand={false}
        keuzes={KEUZES}
        annulerenHref={detail}
      />
    </FormulierPagina>
  );
}
