// `/beheer/teldata`: the count dates, who fixed what when; DUO_BEHEERDER fixes them (vaststellen).
import { getTranslations } from "next-intl/server";
import { TeldatumForm } from "@/components/beheer/teldatum-form";
import { VaststellenForm } from "@/components/beheer/vaststellen-form";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { Cell, Row, Table } from "@/components/ui/table";
import { requireSection } from "@/lib/auth/session";
import { db } from "@/lib/db";

export default async function TeldataPage() {
  const user = await requireSection("beheer");
  const t = await getTranslations("teldata");
  const teldata = await db.teldatum.findMany({ orderBy: [{ datum: "asc" }, { sector: "asc" }] });
  const mayFix = user.rol === "DUO_BEHEERDER";
  return (
    <>
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph mb-6">{t("intro")}</p>
      {mayFix ? <TeldatumForm /> : null}
      <Table headers={[t("teldatum"), t("sector"), t("status"), t("vastgesteldDoor"), t("vastgesteldOp"), ...(mayFix ? [t("actie")] : [])]}>
        {teldata.map((d) => {
          const datum = d.datum.toISOString().slice(0, 10);
          return (
            <Row key={`${d.sector}-${datum}`}>
              <Cell>{formatDate(datum)}</Cell>
              <Cell>{d.sector}</Cell>
              <Cell>{d.status === "VASTGESTELD" ? t("vastgesteld") : t("voorlopig")}</Cell>
              <Cell>{d.vastgesteldDoor ?? "—"}</Cell>
              <Cell>{d.vastgesteldOp ? formatDateTime(d.vastgesteldOp) : "—"}</Cell>
              {mayFix ? <Cell>{d.status === "VOORLOPIG" ? <VaststellenForm sector={d.sector} datum={datum} label={formatDate(datum)} /> : "—"}</Cell> : null}
            </Row>
          );
        })}
      </Table>
    </>
  );
}
