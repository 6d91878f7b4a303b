// `/instelling/{brin}/uploads`: deliver a CSV file (administrators), and the school's uploads so far.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UploadForm } from "@/components/uploads/upload-form";
import { UploadList } from "@/components/uploads/upload-list";
import { mayChangeRegister } from "@/lib/auth/roles";
import { requireInstelling } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listUploads, paginaUit, soortenVoorSector } from "@/lib/register/uploads/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("uploads");
  return { title: t("title") };
}

export default async function UploadsPage({
  params,
  searchParams,
}: {
  params: Promise<{ brin: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { brin } = await params;
  const { user, instelling } = await requireInstelling(brin);
  const t = await getTranslations("uploads");
  const tl = await getTranslations("lijst");
  const uploads = await listUploads(db, brin, paginaUit((await searchParams).pagina));
  return (
    <>
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph mb-6 text-[var(--bron-muted)]">
        {t("subtitle", { naam: instelling.naam, brin })}
      </p>
      {mayChangeRegister(user.rol) ? (
        <section aria-labelledby="nieuw-bestand" className="mb-10">
          <h2 id="nieuw-bestand" className="utrecht-heading-2 mb-2">
            {t("form.heading")}
          </h2>
          <UploadForm brin={brin} soorten={soortenVoorSector(instelling.sector)} />
        </section>
      ) : (
        <div className="utrecht-alert utrecht-alert--info mb-6">
          <p className="utrecht-paragraph">{t("readOnly")}</p>
        </div>
      )}
      <section aria-labelledby="aangeleverd">
        <h2 id="aangeleverd" className="utrecht-heading-2 mb-2">
          {t("list.heading")}
        </h2>
        {uploads.total > 0 ? (
          <p className="mb-2">
            <a href={`/instelling/${brin}/uploads/export`} className="utrecht-link" download>
              {tl("export")}
            </a>
          </p>
        ) : null}
        <UploadList brin={brin} uploads={uploads} />
      </section>
    </>
  );
}
