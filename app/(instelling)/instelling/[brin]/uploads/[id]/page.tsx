// `/instelling/{brin}/uploads/{id}`: one upload — live progress, the summary, and its error report.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ErrorReport } from "@/components/uploads/error-report";
import { formatBytes, formatDateTime } from "@/components/ui/format";
import { UploadProgress } from "@/components/uploads/upload-progress";
import { uploaderName } from "@/components/uploads/uploader-name";
import { requireInstelling } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { foutenPagina, foutenPerCode, getUploadPagina, paginaUit } from "@/lib/register/uploads/queries";

type Props = {
  params: Promise<{ brin: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("uploads.detail");
  return { title: t("metaTitle") };
}

export default async function UploadPage({ params, searchParams }: Props) {
  const { brin, id } = await params;
  await requireInstelling(brin);
  const pagina = await getUploadPagina(db, brin, id);
  if (!pagina) notFound();
  const { upload, status } = pagina;
  const t = await getTranslations("uploads");
  const locale = await getLocale();
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
  const base = `/instelling/${brin}/uploads/${id}`;

  return (
    <>
      <p className="mb-4">
        <Link href={`/instelling/${brin}/uploads`} className="utrecht-link">
          {t("detail.back")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1 break-all">{t("detail.title", { bestandsnaam: upload.bestandsnaam })}</h1>
      <dl className="mb-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">{t("detail.soort")}</dt>
        <dd>{t.has(`soorten.${upload.soort}`) ? t(`soorten.${upload.soort}`) : upload.soort}</dd>
        <dt className="font-semibold">{t("detail.datum")}</dt>
        <dd>{formatDateTime(upload.aangemaaktOp)}</dd>
        <dt className="font-semibold">{t("detail.door")}</dt>
        <dd>{uploaderName(upload.uploader, (key, values) => t(`uploader.${key}`, values))}</dd>
        <dt className="font-semibold">{t("detail.grootte")}</dt>
        <dd>{formatBytes(upload.grootte, locale)}</dd>
      </dl>

      <UploadProgress brin={brin} initial={status} />

      {status.status === "KLAAR" && upload.verwerkt > 0 && upload.gewijzigd === 0 ? (
        <div className="utrecht-alert utrecht-alert--info mt-6" data-testid="niets-gewijzigd">
          <div className="flex flex-col gap-1">
            <p className="utrecht-paragraph font-semibold">{t("detail.nietsGewijzigd")}</p>
            {upload.eerder ? (
              <p className="utrecht-paragraph">
                {t("detail.eerder", { datum: formatDateTime(upload.eerder.aangemaaktOp) })}{" "}
                <Link href={`/instelling/${brin}/uploads/${upload.eerder.id}`} className="utrecht-link">
                  {t("detail.eerderLink")}
                </Link>
              </p>
            ) : null}
          </div>
        </div>
      ) : null}

      {!done ? (
        <p className="utrecht-paragraph mt-8">{t("report.wacht")}</p>
      ) : regels && perCode.length > 0 ? (
        <ErrorReport base={base} perCode={perCode} regels={regels} code={code} />
      ) : status.status === "KLAAR" ? (
        <p className="utrecht-paragraph mt-8">{t("report.geen")}</p>
      ) : null}
    </>
  );
}
