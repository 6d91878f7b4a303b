// `/beheer/instellingen/{brin}/deelnemers`: DUO reads a school's student list — the school's own
// list component, read-only; every page of it shown is written to the audit log.
import { getTranslations } from "next-intl/server";
import { DeelnemersLijst } from "@/components/register/paginas/deelnemers-lijst";
import { beheerScope } from "@/lib/register/scope";
import { zoekDeelnemersBeheer } from "@/lib/register/queries/actions";

type Props = {
  params: Promise<{ brin: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const scope = await beheerScope((await params).brin);
  const t = await getTranslations("deelnemers");
  return { title: `${t("title", { sector: scope.sector })} · ${scope.brin}` };
}

export default async function DeelnemersBeheerPage({ params, searchParams }: Props) {
  const scope = await beheerScope((await params).brin);
  const t = await getTranslations("deelnemers");
  return (
    <>
      <h1 className="utrecht-heading-1">
        {t("titleBeheer", { sector: scope.sector, naam: scope.naam, brin: scope.brin })}
      </h1>
      <p className="utrecht-paragraph mb-6 text-[var(--bron-muted)]">{t("introBeheer")}</p>
      <DeelnemersLijst
        scope={scope}
        search={await searchParams}
        zoekAction={zoekDeelnemersBeheer.bind(null, scope.brin)}
      />
    </>
  );
}
