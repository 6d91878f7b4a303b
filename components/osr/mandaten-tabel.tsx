// Mandates as a table: leverancier, dienst, period and status; the school's page adds an action
// column, the back office a school column.
import { getTranslations } from "next-intl/server";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { Cell, Row, Table } from "@/components/ui/table";
import type { MandaatRij } from "@/lib/osr/mandaten";

export async function MandatenTabel({
  mandaten,
  caption,
  metSchool = false,
  actie,
}: {
  mandaten: MandaatRij[];
  caption: string;
  metSchool?: boolean;
  actie?: (m: MandaatRij) => React.ReactNode;
}) {
  const t = await getTranslations("osr");
  const headers = [
    ...(metSchool ? [t("mandaten.school")] : []),
    t("mandaten.leverancier"),
    t("mandaten.dienst"),
    t("mandaten.van"),
    t("mandaten.tot"),
    t("mandaten.status"),
    t("mandaten.verleendOp"),
    ...(actie ? [t("mandaten.actie")] : []),
  ];
  return (
    <Table caption={caption} headers={headers}>
      {mandaten.map((m) => (
        <Row key={m.id} className="align-top">
          {metSchool ? <Cell>{`${m.instellingNaam} (${m.brin})`}</Cell> : null}
          <Cell>{m.leverancierNaam}</Cell>
          <Cell>{t(`dienstNamen.${m.dienst}`)}</Cell>
          <Cell>{formatDate(m.begindatum)}</Cell>
          <Cell>{m.einddatum ? formatDate(m.einddatum) : t("mandaten.geenEinde")}</Cell>
          <Cell>{t(`mandaten.statusNamen.${m.status}`)}</Cell>
          <Cell>{formatDateTime(m.aangemaaktOp)}</Cell>
          {actie ? <Cell>{actie(m)}</Cell> : null}
        </Row>
      ))}
    </Table>
  );
}
