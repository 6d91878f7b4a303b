// A pupil's verzuimmeldingen at this school (po).
import { getTranslations } from "next-intl/server";
import { Cell, Row, Table } from "@/components/ui/table";
import { formatDate } from "@/components/ui/format";
import type { DetailVerzuim } from "@/lib/register/queries/deelnemer-detail";

// The database enum cannot start with a digit; the register's code is 16U_4W.
const soortCode = (soort: string) => (soort === "U16_4W" ? "16U_4W" : soort);

export async function VerzuimTabel({ verzuim }: { verzuim: DetailVerzuim[] }) {
  const t = await getTranslations("deelnemer");
  if (verzuim.length === 0) return <p className="utrecht-paragraph">{t("geenVerzuim")}</p>;
  return (
    <div className="overflow-x-auto">
      <Table caption={t("verzuimCaption")} headers={[t("verzuimvolgnummer"), t("soort"), t("datumBegin"), t("datumEinde"), t("behandelstatus"), t("toelichting")]}>
        {verzuim.map((v) => (
          <Row key={v.verzuimvolgnummer}>
            <Cell rowHeader className="font-mono font-normal">{v.verzuimvolgnummer}</Cell>
            <Cell>{soortCode(v.soort)}</Cell>
            <Cell>{formatDate(v.datumBegin)}</Cell>
            <Cell>{formatDate(v.datumEinde) || "—"}</Cell>
            <Cell>{t(`behandelstatusWaarde.${v.behandelstatus}`)}</Cell>
            <Cell>{v.toelichting ?? "—"}</Cell>
          </Row>
        ))}
      </Table>
    </div>
  );
}
