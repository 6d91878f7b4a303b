// `/instelling/[brin]/meldingen`: the school's terugkoppeling (components/register/paginas/meldingen-lijst).
import { getTranslations } from "next-intl/server";
import { MeldingenLijst } from "@/components/register/paginas/meldingen-lijst";
import { instellingScope } from "@/lib/register/scope";

type Props = {
  params: Promise<{ brin: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const scope = await instellingScope((await params).brin);
  const t = await getTranslations("meldingen");
  return { title: `${t("title")} · ${scope.brin}` };
}

export default async function MeldingenPage({ params, searchParams }: Props) {
  const scope = await instellingScope((await params).brin);
  const t = await getTranslations("meldingen");
  return (
    <>
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph mb-6 text-[var(--bron-muted)]">{t("intro", { naam: scope.naam })}</p>
      <MeldingenLijst scope={scope} search={await searchParams} />
    </>
  );
}
