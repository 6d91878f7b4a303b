// `/instelling/{brin}/deelnemers/{id}/bpv/nieuw`: a new BPV of this mbo inschrijving (beheerder only).
import { getTranslations } from "next-intl/server";
import { BpvFormulier } from "@/components/register/formulieren/bpv-formulier";
import { FormulierPagina } from "@/components/register/formulieren/formulier-pagina";
import { formulierOpslaan } from "@/lib/register/forms/actions";
import { requireFormContext } from "@/lib/register/forms/toegang";
import { opleidingKeuzes } from "@/lib/register/queries/referentie";

type Props = { params: Promise<{ brin: string; id: string }> };

export async function generateMetadata({ params }: Props) {
  const { brin, id } = await params;
  const { context } = await requireFormContext(brin, id, "MBO");
  const t = await getTranslations("formulier");
  return { title: t("bpvToevoegen", { volgnummer: context.inschrijvingsvolgnummer }) };
}

export default async function NieuweBpvPage({ params }: Props) {
  const { brin, id } = await params;
  const { context } = await requireFormContext(brin, id, "MBO");
  const t = await getTranslations("formulier");
  const opleidingen = await opleidingKeuzes();
  const detail = `/instelling/${brin}/deelnemers/${context.inschrijvingId}`;
  return (
    <FormulierPagina
      terugHref={detail}
      terugLabel={t("terugNaarDeelnemer", { sector: "MBO" })}
      titel={t("bpvToevoegen", { volgnummer: context.inschrijvingsvolgnummer })}
    >
      <BpvFormulier
        actie={formulierOpslaan.bind(null, { brin, soort: "mbo-bpv", inschrijvingId: context.inschrijvingId })}
        waarden={{}}
        bestaand={false}
        opleidingen={opleidingen.map((o) => ({ code: o.opleidingscode, naam: o.naam }))}
        annulerenHref={detail}
      />
    </FormulierPagina>
  );
}
