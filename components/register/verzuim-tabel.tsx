// A pupil's verzuimmeldingen at this school (po).
import { getTranslations } from "next-intl/server";
import { RecordActies } from "@/components/register/formulieren/record-acties";
import { Cell, Row, Table } from "@/components/ui/table";
import { formatDate } from "@/components/ui/format";
import type { DetailVerzuim } from "@/lib/register/queries/deelnemer-detail";

// The database enum cannot start with a digit; the register's code is 16U_4W.
const soortCode = (soort: string) => (soort === "U16_4W" ? "16U_4W" : soort);

/** `beheer`: the beheerder's change and remove actions per row, opened from this inschrijving's page. */
export async function VerzuimTabel({
  verzuim,
  beheer,
}: {
  verzuim: DetailVerzuim[];
  beheer?: { brin: string; inschrijvingId: number };
}) {
  const t = await getTranslations("deelnemer");
  const tf = await getTranslations("formulier");
  if (verzuim.length === 0) return <p className="utrecht-paragraph">{t("geenVerzuim")}</p>;
  return (
    <div className="overflow-x-auto">
      <Table
        caption={t("verzuimCaption")}
        headers={[
          t("verzuimvolgnummer"),
          t("soort"),
          t("datumBegin"),
          t("datumEinde"),
          t("behandelstatus"),
          t("toelichting"),
          ...(beheer ? [tf("acties")] : []),
        ]}
      >
        {verzuim.map((v) => (
          <Row key={v.verzuimvolgnummer}>
            <Cell rowHeader className="font-mono font-normal">
              {v.verzuimvolgnummer}
            </Cell>
            <Cell>{soortCode(v.soort)}</Cell>
            <Cell>{formatDate(v.datumBegin)}</Cell>
            <Cell>{formatDate(v.datumEinde) || "—"}</Cell>
            <Cell>{t(`behandelstatusWaarde.${v.behandelstatus}`)}</Cell>
            <Cell>{v.toelichting ?? "—"}</Cell>
            {beheer ? (
              <Cell>
                <RecordActies
                  brin={beheer.brin}
                  inschrijvingId={beheer.inschrijvingId}
                  soort="po-verzuim"
                  volgnummer={v.verzuimvolgnummer}
                  wijzigHref={`/instelling/${beheer.brin}/deelnemers/${beheer.inschrijvingId}/verzuim/${encodeURIComponent(v.verzuimvolgnummer)}/wijzigen`}
                />
              </Cell>
            ) : null}
          </Row>
        ))}
      </Table>
    </div>
  );
}
