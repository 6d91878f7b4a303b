// `/beheer/referentie/{soort}/{sleutel}`: edit one RIO record, with its change history.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReferentieForm } from "@/components/beheer/referentie/referentie-form";
import { formatDateTime } from "@/components/ui/format";
import { Cell, Row, Table } from "@/components/ui/table";
import { requireSection } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { formWaarden, referentieHistorie } from "@/lib/rio/queries";
import { entiteitVan, isReferentieSoort } from "@/lib/rio/referentie";

type Props = { params: Promise<{ soort: string; sleutel: string }> };

export default async function ReferentieWijzig({ params }: Props) {
  await requireSection("beheer");
  const { soort, sleutel: raw } = await params;
  if (!isReferentieSoort(soort)) notFound();
  const sleutel = decodeURIComponent(raw);
  const waarden = await formWaarden(db, soort, sleutel);
  if (!waarden) notFound();
  const t = await getTranslations("referentie");
  const historie = await referentieHistorie(db, entiteitVan(soort), sleutel);
  return (
    <>
      <p className="mb-2">
        <Link href={`/beheer/referentie/${soort}`} className="utrecht-link">
          {t("terugNaar", { soort: t(`soorten.${soort}`) })}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("wijzigTitel", { sleutel: sleutel.replaceAll("-", " ") })}</h1>
      <ReferentieForm soort={soort} waarden={waarden} modus="wijzig" />
      <h2 className="utrecht-heading-2 mt-8">{t("historie")}</h2>
      {historie.length === 0 ? (
        <p className="utrecht-paragraph">{t("geenHistorie")}</p>
      ) : (
        <Table headers={[t("wanneer"), t("wie"), t("actieKolom"), t("wat")]}>
          {historie.map((h) => (
            <Row key={h.id}>
              <Cell>{formatDateTime(h.tijdstip)}</Cell>
              <Cell>{h.actor}</Cell>
              <Cell>{h.actie}</Cell>
              <Cell>
                {h.voor ? `${JSON.stringify(h.voor)} → ` : ""}
                {JSON.stringify(h.na)}
              </Cell>
            </Row>
          ))}
        </Table>
      )}
    </>
  );
}
