// `/instelling/{brin}`: the institution's home — its figures at a glance.
import { getTranslations } from "next-intl/server";
import { Stat } from "@/components/ui/stat";
import { requireInstelling } from "@/lib/auth/session";
import { mayChangeRegister } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { kerncijfers } from "@/lib/register/queries/home";

export async function generateMetadata({ params }: { params: Promise<{ brin: string }> }) {
  const { instelling } = await requireInstelling((await params).brin);
  const t = await getTranslations("instelling");
  return { title: t("title", { naam: instelling.naam }) };
}

export default async function InstellingHome({ params }: { params: Promise<{ brin: string }> }) {
  const { brin } = await params;
  const { user, instelling } = await requireInstelling(brin);
  const t = await getTranslations("instelling");
  const {
    inschrijvingen,
    ongelezenBerichten: berichten,
    meldingenVandaag: meldingen,
    licenties,
    vestigingen,
  } = await kerncijfers(db, brin);
  return (
    <>
      <h1 className="utrecht-heading-1">{t("title", { naam: instelling.naam })}</h1>
      <p className="utrecht-paragraph mb-6 text-[var(--bron-muted)]">
        {t("subtitle", { sector: instelling.sector, brin })}
      </p>
      {!mayChangeRegister(user.rol) ? (
        <div className="utrecht-alert utrecht-alert--info mb-6">
          <p className="utrecht-paragraph">{t("readOnly")}</p>
        </div>
      ) : null}
      <dl className="grid grid-cols-2 gap-4 lg:grid-cols-3">
        <Stat label={t("inschrijvingen")} value={inschrijvingen} />
        <Stat label={t("berichten")} value={berichten} />
        <Stat label={t("meldingenVandaag")} value={meldingen} />
        {instelling.sector === "MBO" ? <Stat label={t("licenties")} value={licenties} /> : null}
        <Stat label={t("vestigingen")} value={vestigingen} />
      </dl>
    </>
  );
}
