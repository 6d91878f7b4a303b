// `/beheer/instellingen/{brin}/berichten`: DUO reads a school's inbox, read-only (nothing marked read).
import { getTranslations } from "next-intl/server";
import { BerichtenPagina } from "@/components/register/paginas/berichten";
import { beheerScope } from "@/lib/register/scope";

type Props = {
  params: Promise<{ brin: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const scope = await beheerScope((await params).brin);
  const t = await getTranslations("berichten");
  return { title: `${t("title")} · ${scope.brin}` };
}

export default async function BerichtenBeheerPage({ params, searchParams }: Props) {
  return <BerichtenPagina scope={await beheerScope((await params).brin)} search={await searchParams} />;
}
