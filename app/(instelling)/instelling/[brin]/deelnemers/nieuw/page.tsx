// `/instelling/{brin}/deelnemers/nieuw`: a new inschrijving with its person and perioden (beheerder only).
import { getTranslations } from "next-intl/server";
import { FormulierPagina } from "@/components/register/formulieren/formulier-pagina";
import { InschrijvingFormulier } from "@/components/register/formulieren/inschrijving-formulier";
import { db } from "@/lib/db";
import { formulierOpslaan } from "@/lib/register/forms/actions";
import { vestigingKeuzes } from "@/lib/register/forms/context";
import { KEUZES } from "@/lib/register/forms/keuzes";
import { requireRegisterBeheer } from "@/lib/register/forms/toegang";
import { opleidingKeuzes } from "@/lib/register/queries/referentie";

type Props = { params: Promise<{ brin: string }> };

export async function generateMetadata({ params }: Props) {
  await requireRegisterBeheer((await params).brin);
  const t = await getTranslations("formulier");
  return { title: t("nieuweInschrijving") };
}

export default async function NieuweInschrijvingPage({ params }: Props) {
  const { brin } = await params;
  const { instelling } = await requireRegisterBeheer(brin);
  const t = await getTranslations("formulier");
  const mbo = instelling.sector === "MBO";
  const [opleidingen, vestigingen] = await Promise.all([
    mbo ? opleidingKeuzes() : [],
    mbo ? [] : vestigingKeuzes(db, brin),
  ]);
  const lijst = `/instelling/${brin}/deelnemers`;
  return (
    <FormulierPagina
      terugHref={lijst}
      terugLabel={t("terugNaarLijst", { sector: instelling.sector })}
      titel={t("nieuweInschrijving")}
    >
      <InschrijvingFormulier
        actie={formulierOpslaan.bind(null, { brin, soort: mbo ? "mbo-inschrijvingen" : "po-inschrijvingen" })}
        sector={instelling.sector}
        waarden={mbo ? { woonland: "NL", "perioden.0.indicatieBekostigbaar": "J" } : { woonland: "NL" }}
        keuzes={KEUZES}
        opleidingen={opleidingen.map((o) => ({ code: o.opleidingscode, naam: o.naam }))}
        vestigingen={vestigingen}
        annulerenHref={lijst}
      />
    </FormulierPagina>
  );
}
