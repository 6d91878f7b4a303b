// A person's resultaten (diplomas, certificaten) at this institution.
import { getTranslations } from "next-intl/server";
import { Cell, Row, Table } from "@/components/ui/table";
import { formatDate } from "@/components/ui/format";
import type { DetailResultaat } from "@/lib/register/queries/deelnemer-detail";

export async function ResultatenTabel({ resultaten }: { resultaten: DetailResultaat[] }) {
  const t = await getTranslations("deelnemer");
  if (resultaten.length === 0) return <p className="utrecht-paragraph">{t("geenResultaten")}</p>;
  return (
    <div className="overflow-x-auto">
      <Table caption={t("resultatenCaption")} headers={[t("resultaatvolgnummer"), t("soort"), t("opleiding"), t("datumBehaald"), t("inschrijving"), t("indicatieBekostigbaar")]}>
        {resultaten.map((r) => (
          <Row key={r.resultaatvolgnummer}>
            <Cell rowHeader className="font-mono font-normal">{r.resultaatvolgnummer}</Cell>
            <Cell>{t(`resultaatSoort.${r.soort}`)}</Cell>
            <Cell>
              {r.opleidingscode} {r.opleidingNaam}
            </Cell>
            <Cell>{formatDate(r.datumBehaald)}</Cell>
            <Cell className="font-mono">{r.inschrijvingsvolgnummer}</Cell>
            <Cell>{r.indicatieBekostigbaar ? t("ja") : t("nee")}</Cell>
          </Row>
        ))}
      </Table>
    </div>
  );
}
