// `/instelling/{brin}/deelnemers/{id}/bpv/{bpv}/wijzigen`: change a BPV of this mbo inschrijving (beheerder only).
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BpvFormulier } from "@/components/register/formulieren/bpv-formulier";
import { FormulierPagina } from "@/components/register/formulieren/formulier-pagina";
import { db } from "@/lib/db";
import { formulierOpslaan } from "@/lib/register/forms/actions";
import { bpvWaarden } from "@/lib/register/forms/context";
import { requireFormContext } from "@/lib/register/forms/toegang";
import { opleidingKeuzes } from "@/lib/register/queries/referentie";

type Props = { params: Promise<{ brin: string; id: string; bpv: string }> };

async function load({ params }: Props) {
  const { brin, id, bpv } = await params;
  const { context } = await requireFormContext(brin, id, "MBO");
  const waarden = await bpvWaarden(db, context, bpv);
  if (!waarden) notFound();
  return { brin, context, waarden, volgnummer: waarden.bpvVolgnummer! };
}

export async function generateMetadata(props: Props) {
  const { volgnummer } = await load(props);
  const t = await getTranslations("formulier");
  return { title: t("bpvWijzigen", { volgnummer }) };
}

export default async function BpvWijzigenPage(props: Props) {
  const { brin, context, waarden, volgnummer } = await load(props);
  const t = await getTranslations("formulier");
  const opleidingen = await opleidingKeuzes();
  const detail = `/instelling/${brin}/deelnemers/${context.inschrijvingId}`;
  return (
    <FormulierPagina
      terugHref={detail}
      terugLabel={t("terugNaarDeelnemer", { sector: "MBO" })}
      titel={t("bpvWijzigen", { volgnummer })}
    >
      <BpvFormulier
        actie={formulierOpslaan.bind(null, {
          brin,
          soort: "mbo-bpv",
          inschrijvingId: context.inschrijvingId,
          volgnummer,
        })}
        waarden={waarden}
        bestaand
        opleidingen={opleidingen.map((o) => ({ code: o.opleidingscode, naam: o.naam }))}
        annulerenHref={detail}
      />
    </FormulierPagina>
  );
}
