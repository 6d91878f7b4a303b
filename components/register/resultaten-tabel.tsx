// A person's resultaten (diplomas, certificaten) at this institution.
import { getTranslations } from "next-intl/server";
import { RecordActies } from "@/components/register/formulieren/record-acties";
import { Cell, Row, Table } from "@/components/ui/table";
import { formatDate } from "@/components/ui/format";
import type { DetailResultaat } from "@/lib/register/queries/deelnemer-detail";

/** `beheer`: the beheerder's change and remove actions per row, opened from this inschrijving's page. */
export async function ResultatenTabel({
  resultaten,
  beheer,
}: {
  resultaten: DetailResultaat[];
  beheer?: { brin: string; inschrijvingId: number };
}) {
  const t = await getTranslations("deelnemer");
  const tf = await getTranslations("formulier");
  if (resultaten.length === 0) return <p className="utrecht-paragraph">{t("geenResultaten")}</p>;
  return (
    <div className="overflow-x-auto">
      <Table
        caption={t("resultatenCaption")}
        headers={[
          t("resultaatvolgnummer"),
          t("soort"),
          t("opleiding"),
          t("datumBehaald"),
          t("inschrijving"),
          t("indicatieBekostigbaar"),
          ...(beheer ? [tf("acties")] : []),
        ]}
      >
        {resultaten.map((r) => (
          <Row key={r.resultaatvolgnummer}>
            <Cell rowHeader className="font-mono font-normal">
              {r.resultaatvolgnummer}
            </Cell>
            <Cell>{t(`resultaatSoort.${r.soort}`)}</Cell>
            <Cell>
              {r.opleidingscode} {r.opleidingNaam}
            </Cell>
            <Cell>{formatDate(r.datumBehaald)}</Cell>
            <Cell className="font-mono">{r.inschrijvingsvolgnummer}</Cell>
            <Cell>{r.indicatieBekostigbaar ? t("ja") : t("nee")}</Cell>
            {beheer ? (
              <Cell>
                <RecordActies
                  brin={beheer.brin}
                  inschrijvingId={beheer.inschrijvingId}
                  soort="mbo-resultaten"
                  volgnummer={r.resultaatvolgnummer}
                  wijzigHref={`/instelling/${beheer.brin}/deelnemers/${beheer.inschrijvingId}/resultaten/${encodeURIComponent(r.resultaatvolgnummer)}/wijzigen`}
                />
              </Cell>
            ) : null}
          </Row>
        ))}
      </Table>
    </div>
  );
}
