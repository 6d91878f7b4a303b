// `/beheer/teldata`: the count dates, who fixed what when; DUO_BEHEERDER fixes them (vaststellen).
import { getTranslations } from "next-intl/server";
import { TeldatumForm } from "@/components/beheer/teldatum-form";
import { VaststellenForm } from "@/components/beheer/vaststellen-form";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { Cell, Row, Table } from "@/components/ui/table";
import { mayFixTeldatum } from "@/lib/auth/roles";
import { requireSection } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { sqlOf } from "@/lib/db/sql";
import { tellingenPerInstelling } from "@/lib/register/funding/telling";
import { alleTeldata, sectorPerInstelling } from "@/lib/rio/queries";

/** Per voorlopige teldatum: how many assessments of how many institutions a vaststelling makes definitive. */
async function vaststellingOmvang(data: Date[]) {
  const [groups, sector] = await Promise.all([
    tellingenPerInstelling(
      sqlOf(db),
      data.map((d) => d.toISOString().slice(0, 10)),
    ),
    sectorPerInstelling(db),
  ]);
  return (s: string, datum: string) => {
    const hits = groups.filter((g) => g.peildatum === datum && sector.get(g.brin) === s);
    return {
      beoordelingen: hits.reduce((sum, g) => sum + g.aantal, 0),
      instellingen: new Set(hits.map((g) => g.brin)).size,
    };
  };
}

// The tab's title; the product name is added by the root layout's template.
export async function generateMetadata() {
  const t = await getTranslations("teldata");
  return { title: t("title") };
}

export default async function TeldataPage() {
  const user = await requireSection("beheer");
  const t = await getTranslations("teldata");
  const teldata = await alleTeldata(db);
  const mayFix = mayFixTeldatum(user.rol);
  const omvang = mayFix
    ? await vaststellingOmvang(teldata.filter((d) => d.status === "VOORLOPIG").map((d) => d.datum))
    : () => ({ beoordelingen: 0, instellingen: 0 });
  return (
    <>
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph mb-6">{t("intro")}</p>
      {mayFix ? <TeldatumForm /> : null}
      <Table
        headers={[
          t("teldatum"),
          t("sector"),
          t("status"),
          t("vastgesteldDoor"),
          t("vastgesteldOp"),
          ...(mayFix ? [t("actie")] : []),
        ]}
      >
        {teldata.map((d) => {
          const datum = d.datum.toISOString().slice(0, 10);
          return (
            <Row key={`${d.sector}-${datum}`}>
              <Cell>{formatDate(datum)}</Cell>
              <Cell>{d.sector}</Cell>
              <Cell>{d.status === "VASTGESTELD" ? t("vastgesteld") : t("voorlopig")}</Cell>
              <Cell>{d.vastgesteldDoor ?? "—"}</Cell>
              <Cell>{d.vastgesteldOp ? formatDateTime(d.vastgesteldOp) : "—"}</Cell>
              {mayFix ? (
                <Cell>
                  {d.status === "VOORLOPIG" ? (
                    <VaststellenForm
                      sector={d.sector}
                      datum={datum}
                      label={formatDate(datum)}
                      omvang={`${t("omvang", omvang(d.sector, datum))}${d.sector === "MBO" && datum.endsWith("-10-01") ? ` ${t("omvangDiplomas", { jaar: datum.slice(0, 4) })}` : ""}`}
                    />
                  ) : (
                    "—"
                  )}
                </Cell>
              ) : null}
            </Row>
          );
        })}
      </Table>
    </>
  );
}
