// `/beheer`: the back-office home — institutions and teldata.
import { getTranslations } from "next-intl/server";
import { formatDate } from "@/components/ui/format";
import { Stat } from "@/components/ui/stat";
import { requireSection } from "@/lib/auth/session";
import { db } from "@/lib/db";

export default async function BeheerHome() {
  await requireSection("beheer");
  const t = await getTranslations("beheer");
  const [instellingen, inschrijvingen, teldata] = await Promise.all([
    db.instelling.findMany({ orderBy: { brin: "asc" } }),
    db.inschrijving.count(),
    db.teldatum.findMany({ orderBy: [{ datum: "asc" }, { sector: "asc" }] }),
  ]);
  return (
    <>
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph mb-6">{t("intro")}</p>
      <dl className="mb-8 grid grid-cols-2 gap-4">
        <Stat label={t("instellingen")} value={instellingen.length} />
        <Stat label={t("inschrijvingen")} value={inschrijvingen} />
      </dl>
      <h2 className="utrecht-heading-2 mb-2">{t("instellingen")}</h2>
      <table className="utrecht-table mb-8 w-full">
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t("brin")}</th>
            <th scope="col" className="utrecht-table__header-cell">{t("naam")}</th>
            <th scope="col" className="utrecht-table__header-cell">{t("sector")}</th>
            <th scope="col" className="utrecht-table__header-cell">{t("plaats")}</th>
            <th scope="col" className="utrecht-table__header-cell">{t("bekostigd")}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {instellingen.map((i) => (
            <tr key={i.brin} className="utrecht-table__row">
              <td className="utrecht-table__cell">{i.brin}</td>
              <td className="utrecht-table__cell">{i.naam}</td>
              <td className="utrecht-table__cell">{i.sector}</td>
              <td className="utrecht-table__cell">{i.plaats}</td>
              <td className="utrecht-table__cell">{i.bekostigd ? t("ja") : t("nee")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="utrecht-heading-2 mb-2">{t("teldata")}</h2>
      <table className="utrecht-table w-full">
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t("teldatum")}</th>
            <th scope="col" className="utrecht-table__header-cell">{t("sector")}</th>
            <th scope="col" className="utrecht-table__header-cell">{t("status")}</th>
            <th scope="col" className="utrecht-table__header-cell">{t("vastgesteldDoor")}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {teldata.map((d) => (
            <tr key={`${d.sector}-${d.datum.toISOString()}`} className="utrecht-table__row">
              <td className="utrecht-table__cell">{formatDate(d.datum)}</td>
              <td className="utrecht-table__cell">{d.sector}</td>
              <td className="utrecht-table__cell">{d.status}</td>
              <td className="utrecht-table__cell">{d.vastgesteldDoor ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
