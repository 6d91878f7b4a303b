// `/beheer`: the back-office home — institutions and teldata.
import { getTranslations } from "next-intl/server";
import { formatDate } from "@/components/ui/format";
import { Stat } from "@/components/ui/stat";
import { Cell, Row, Table } from "@/components/ui/table";
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
      <Table headers={[t("brin"), t("naam"), t("sector"), t("plaats"), t("bekostigd")]} className="mb-8">
        {instellingen.map((i) => (
          <Row key={i.brin}>
            <Cell>{i.brin}</Cell>
            <Cell>{i.naam}</Cell>
            <Cell>{i.sector}</Cell>
            <Cell>{i.plaats}</Cell>
            <Cell>{i.bekostigd ? t("ja") : t("nee")}</Cell>
          </Row>
        ))}
      </Table>
      <h2 className="utrecht-heading-2 mb-2">{t("teldata")}</h2>
      <Table headers={[t("teldatum"), t("sector"), t("status"), t("vastgesteldDoor")]}>
        {teldata.map((d) => (
          <Row key={`${d.sector}-${d.datum.toISOString()}`}>
            <Cell>{formatDate(d.datum)}</Cell>
            <Cell>{d.sector}</Cell>
            <Cell>{d.status}</Cell>
            <Cell>{d.vastgesteldDoor ?? "—"}</Cell>
          </Row>
        ))}
      </Table>
    </>
  );
}
