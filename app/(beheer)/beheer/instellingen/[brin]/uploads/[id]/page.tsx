// `/beheer/instellingen/{brin}/uploads/{id}`: one upload of an institution with its error report,
// read-only for DUO staff; the same queries as the institution's own upload page.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/components/ui/format";
import { ErrorReport } from "@/components/uploads/error-report";
import { requireSection } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { foutenPagina, foutenPerCode, getUploadPagina, paginaUit } from "@/lib/register/uploads/queries";

type Props = {
  params: Promise<{ brin: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function BeheerUploadPage({ params, searchParams }: Props) {
  await requireSection("beheer");
  const { brin, id } = await params;
  const geldig = /^[0-9]{2}[A-Z]{2}$/.test(brin) && /^[0-9a-f-]{36}$/.test(id);
  const pagina = geldig ? await getUploadPagina(db, brin, id) : null;
  if (!pagina) notFound();
  const { upload, status } = pagina;
  const t = await getTranslations("instellingBeheer");
  const tu = await getTranslations("uploads");
  const search = await searchParams;
  const rawCode = typeof search.code === "string" ? search.code : "";
  const code = /^[A-Z]\d{2}$/.test(rawCode) ? rawCode : null;
  const done = status.status === "KLAAR" || status.status === "MISLUKT";
  const [perCode, regels] = done
    ? await Promise.all([
        foutenPerCode(db, brin, id),
        foutenPagina(db, brin, id, { pagina: paginaUit(search.pagina), code: code ?? undefined }),
      ])
    : [[], null];
  const base = `/beheer/instellingen/${brin}/uploads/${id}`;

  return (
    <>
      <p className="mb-4">
        <Link href={`/beheer/instellingen/${brin}`} className="utrecht-link">
          {t("terugNaarInstelling", { brin })}
        </Link>
      </p>
      <h1 className="utrecht-heading-1 break-all">{tu("detail.title", { bestandsnaam: upload.bestandsnaam })}</h1>
      <dl className="mb-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">{t("soort")}</dt>
        <dd>{tu.has(`soorten.${upload.soort}`) ? tu(`soorten.${upload.soort}`) : upload.soort}</dd>
        <dt className="font-semibold">{t("datum")}</dt>
        <dd>{formatDateTime(upload.aangemaaktOp)}</dd>
        <dt className="font-semibold">{t("status")}</dt>
        <dd>{t(`uploadStatus.${status.status}`)}</dd>
        <dt className="font-semibold">{t("verwerkt")}</dt>
        <dd>{status.verwerkt}</dd>
        <dt className="font-semibold">{t("afgekeurd")}</dt>
        <dd>{status.afgekeurd}</dd>
        <dt className="font-semibold">{t("signalen")}</dt>
        <dd>{status.signalen}</dd>
      </dl>
      {!done ? (
        <p className="utrecht-paragraph mt-8">{tu("report.wacht")}</p>
      ) : regels && perCode.length > 0 ? (
        <ErrorReport base={base} perCode={perCode} regels={regels} code={code} />
      ) : status.status === "KLAAR" ? (
        <p className="utrecht-paragraph mt-8">{tu("report.geen")}</p>
      ) : null}
    </>
  );
}
