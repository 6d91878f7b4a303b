// `/beheer/instellingen/[brin]/resultaten`: DUO's view of a school's resultaten list (MBO only; another sector's school: 404).
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ResultatenLijst } from "@/components/register/paginas/verzuim-resultaten-lijst";
import { beheerScope } from "@/lib/register/scope";

type Props = {
  params: Promise<{ brin: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function scopeOf(params: Props["params"]) {
  const scope = await beheerScope((await params).brin);
  if (scope.sector !== "MBO") notFound();
  return scope;
}

export async function generateMetadata({ params }: Props) {
  const scope = await scopeOf(params);
  const t = await getTranslations("lijsten.resultaten");
  return { title: `${t("title")} · ${scope.brin}` };
}

export default async function Page({ params, searchParams }: Props) {
  const scope = await scopeOf(params);
  const t = await getTranslations("lijsten.resultaten");
  return (
    <>
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph mb-6 text-[var(--bron-muted)]">{t("intro", { naam: scope.naam })}</p>
      <ResultatenLijst scope={scope} search={await searchParams} />
    </>
  );
}
