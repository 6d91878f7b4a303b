// `/instelling/{brin}/deelnemers/{id}/verzuim/{verzuim}/wijzigen`: change a verzuimmelding of this pupil (beheerder only).
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FormulierPagina } from "@/components/register/formulieren/formulier-pagina";
import { VerzuimFormulier } from "@/components/register/formulieren/verzuim-formulier";
import { db } from "@/lib/db";
import { formulierOpslaan } from "@/lib/register/forms/actions";
import { verzuimWaarden } from "@/lib/register/forms/context";
import { KEUZES } from "@/lib/register/forms/keuzes";
import { requireFormContext } from "@/lib/register/forms/toegang";

type Props = { params: Promise<{ brin: string; id: string; verzuim: string }> };

async function load({ params }: Props) {
  const { brin, id, verzuim } = await params;
  const { context } = await requireFormContext(brin, id, "PO");
  const waarden = await verzuimWaarden(db, context, verzuim);
  if (!waarden) notFound();
  return { brin, context, waarden, volgnummer: waarden.verzuimvolgnummer! };
}

export async function generateMetadata(props: Props) {
  const { volgnummer } = await load(props);
  const t = await getTranslations("formulier");
  return { title: t("verzuimWijzigen", { volgnummer }) };
}

export default async function VerzuimWijzigenPage(props: Props) {
  const { brin, context, waarden, volgnummer } = await load(props);
  const t = await getTranslations("formulier");
  const detail = `/instelling/${brin}/deelnemers/${context.inschrijvingId}`;
  return (
    <FormulierPagina
      terugHref={detail}
      terugLabel={t("terugNaarDeelnemer", { sector: "PO" })}
      titel={t("verzuimWijzigen", { volgnummer })}
    >
      <VerzuimFormulier
        actie={formulierOpslaan.bind(null, {
          brin,
          soort: "po-verzuim",
          inschrijvingId: context.inschrijvingId,
          volgnummer,
        })}
        waarden={waarden}
        bestaand
        keuzes={KEUZES}
        annulerenHref={detail}
      />
    </FormulierPagina>
  );
}
