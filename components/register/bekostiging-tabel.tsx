// The funding assessments of a person's records here, per teldatum (or diploma year), newest first.
import { getLocale, getTranslations } from "next-intl/server";
import { Cell, Row, Table } from "@/components/ui/table";
import { formatDate } from "@/components/ui/format";
import type { Taal } from "@/lib/bekostiging/codes";
import type { DetailBeoordeling } from "@/lib/register/queries/deelnemer-detail";
import { CodeLinks } from "./code-link";
import { formatGewicht } from "@/components/ui/format";

export async function BekostigingTabel({ beoordelingen, taal }: { beoordelingen: DetailBeoordeling[]; taal: Taal }) {
  const t = await getTranslations("deelnemer");
  const locale = await getLocale();
  if (beoordelingen.length === 0) return <p className="utrecht-paragraph">{t("geenBekostiging")}</p>;
  return (
    <div className="overflow-x-auto">
      <Table
        caption={t("bekostigingCaption")}
        headers={[t("peildatum"), t("record"), t("vd"), t("status"), t("codes"), t("gewicht")]}
      >
        {beoordelingen.map((b) => (
          <Row key={`${b.soort}-${b.volgnummer}-${b.peildatum}`}>
            <Cell rowHeader className="font-normal whitespace-nowrap">
              {b.soort === "RESULTAAT" ? t("kalenderjaar", { jaar: b.peildatum.slice(0, 4) }) : formatDate(b.peildatum)}
            </Cell>
            <Cell>
              {t(b.soort === "RESULTAAT" ? "recordResultaat" : "recordInschrijving", { volgnummer: b.volgnummer })}
            </Cell>
            <Cell>
              <abbr title={b.definitief ? t("definitief") : t("voorlopig")}>{b.definitief ? "D" : "V"}</abbr>
            </Cell>
            <Cell>{b.status === "J" ? t("bekostigd") : t("nietBekostigd")}</Cell>
            <Cell>
              <CodeLinks codes={b.codes} taal={taal} />
              {b.parameters.brin ? <span className="text-sm"> {t("teltBij", { brin: b.parameters.brin })}</span> : null}
            </Cell>
            <Cell className="text-right tabular-nums">{formatGewicht(b.gewicht, locale)}</Cell>
          </Row>
        ))}
      </Table>
    </div>
  );
}
