// `/beheer/instellingen/{brin}/deelnemers/{id}`: DUO reads one student as this institution knows them (id = an
// inschrijving of this brin, else 404); the page itself is components/register/paginas/deelnemer-detail.
// Read-only; the inzage is written to the audit log (as the person search).
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { DeelnemerDetailPagina } from "@/components/register/paginas/deelnemer-detail";
import { formatVolledigeNaam } from "@/components/register/format";
import { deelnemerDetail } from "@/lib/register/queries/deelnemer-detail";
import { parseId } from "@/lib/shared/keyset";
import { beheerScope } from "@/lib/register/scope";

type Props = {
  params: Promise<{ brin: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// The metadata and the page share one read per request.
const loadDetail = cache((brin: string, inschrijvingId: number) => deelnemerDetail(brin, inschrijvingId));

async function load({ params }: Props) {
  const { brin, id } = await params;
  const scope = await beheerScope(brin);
  const inschrijvingId = parseId(id);
  const detail = inschrijvingId === undefined ? null : await loadDetail(brin, inschrijvingId);
  if (!detail) notFound();
  return { scope, detail };
}

export async function generateMetadata(props: Props) {
  const { detail } = await load(props);
  const t = await getTranslations("deelnemer");
  // The title shows in browser history and tabs: the name, never the PGN.
  return { title: formatVolledigeNaam(detail.persoon) ?? t("zonderNaam") };
}

export default async function DeelnemerBeheerPage(props: Props) {
  const { scope, detail } = await load(props);
  return <DeelnemerDetailPagina scope={scope} detail={detail} search={await props.searchParams} />;
}
