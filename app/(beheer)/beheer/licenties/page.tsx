// `/beheer/licenties`: the RIO licences per institution, opleiding and leerweg; DUO staff withdraw
// one per a date, which recomputes the funding it affects in the background.
import { getTranslations } from "next-intl/server";
import { LicentieForm } from "@/components/beheer/licentie-form";
import { formatDate } from "@/components/ui/format";
import { Cell, Row, Table } from "@/components/ui/table";
import { requireSection } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { fromDb } from "@/lib/register/pipeline/dates";

export default async function LicentiesPage() {
  await requireSection("beheer");
  const t = await getTranslations("licenties");
  const licenties = await db.licentie.findMany({
    include: { instelling: { select: { naam: true } }, opleiding: { select: { naam: true } } },
    orderBy: [{ brin: "asc" }, { opleidingscode: "asc" }, { leerweg: "asc" }],
  });
  return (
    <>
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph mb-6 max-w-prose">{t("intro")}</p>
      <Table headers={[t("instelling"), t("opleiding"), t("leerweg"), t("bekostigd"), t("begindatum"), t("einddatum"), t("actie")]}>
        {licenties.map((l) => {
          const key = `${l.brin}-${l.opleidingscode}-${l.leerweg}`;
          return (
            <Row key={key} id={`licentie-${key}`}>
              <Cell>
                {l.brin} {l.instelling.naam}
              </Cell>
              <Cell>
                {l.opleidingscode} {l.opleiding.naam}
              </Cell>
              <Cell>{l.leerweg}</Cell>
              <Cell>{l.bekostigd ? t("ja") : t("nee")}</Cell>
              <Cell>{formatDate(l.begindatum)}</Cell>
              <Cell>{l.einddatum ? formatDate(l.einddatum) : "—"}</Cell>
              <Cell>
                <LicentieForm brin={l.brin} opleidingscode={l.opleidingscode} leerweg={l.leerweg} einddatum={fromDb(l.einddatum)} />
              </Cell>
            </Row>
          );
        })}
      </Table>
    </>
  );
}
