// `/beheer/referentie`: the RIO reference data at a glance (counts per soort) and the latest imports.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/components/ui/format";
import { Cell, Row, Table } from "@/components/ui/table";
import { requireSection } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { recenteImports, tellingen } from "@/lib/rio/queries";
import { REFERENTIE_SOORTEN } from "@/lib/rio/referentie";

export async function generateMetadata() {
  const t = await getTranslations("referentie");
  return { title: t("title") };
}

export default async function ReferentiePage() {
  await requireSection("beheer");
  const t = await getTranslations("referentie");
  const [aantallen, imports] = await Promise.all([tellingen(db), recenteImports(db)]);
  return (
    <>
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph mb-6 max-w-prose">{t("intro")}</p>
      <Table caption={t("overzicht")} headers={[t("soort"), t("aantal")]}>
        {REFERENTIE_SOORTEN.map((s) => (
          <Row key={s}>
            <Cell rowHeader>
              <Link href={`/beheer/referentie/${s}`} className="utrecht-link">
                {t(`soorten.${s}`)}
              </Link>
            </Cell>
            <Cell>{aantallen[s]}</Cell>
          </Row>
        ))}
      </Table>
      <h2 className="utrecht-heading-2 mt-8">{t("import.title")}</h2>
      <p className="utrecht-paragraph mb-4 max-w-prose">
        <Link href="/beheer/referentie/import" className="utrecht-link">
          {t("import.starten")}
        </Link>
      </p>
      {imports.length > 0 ? (
        <Table
          caption={t("import.recent")}
          headers={[t("import.bestandsnaam"), t("import.soort"), t("import.status"), t("import.door"), t("import.op")]}
        >
          {imports.map((i) => (
            <Row key={i.id}>
              <Cell rowHeader>
                <Link href={`/beheer/referentie/import/${i.id}`} className="utrecht-link">
                  {i.bestandsnaam}
                </Link>
              </Cell>
              <Cell>{i.soort}</Cell>
              <Cell>{t(`import.statussen.${i.status}`)}</Cell>
              <Cell>{i.toegepastDoor ?? i.actor}</Cell>
              <Cell>{formatDateTime(i.toegepastOp ?? i.aangemaaktOp)}</Cell>
            </Row>
          ))}
        </Table>
      ) : null}
    </>
  );
}
