// `/instelling/{brin}/berichten`: the institution's inbox (components/register/paginas/berichten);
// the school's beheerder marks berichten read.
import { getTranslations } from "next-intl/server";
import { BerichtenPagina } from "@/components/register/paginas/berichten";
import { instellingScope } from "@/lib/register/scope";
import { markeerAlleBerichtenGelezen, markeerBerichtGelezen } from "@/lib/register/queries/actions";

type Props = {
  params: Promise<{ brin: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  await instellingScope((await params).brin);
  const t = await getTranslations("berichten");
  return { title: t("title") };
}

export default async function BerichtenPage({ params, searchParams }: Props) {
  const scope = await instellingScope((await params).brin);
  return (
    <BerichtenPagina
      scope={scope}
      search={await searchParams}
      markeerAlle={scope.mayChange ? markeerAlleBerichtenGelezen.bind(null, scope.brin) : undefined}
      markeer={scope.mayChange ? markeerBerichtGelezen.bind(null, scope.brin) : undefined}
    />
  );
}
