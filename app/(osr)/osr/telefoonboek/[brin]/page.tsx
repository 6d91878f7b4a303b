// `/osr/telefoonboek/{brin}`: one school in the telefoonboek — delivered addresses (who delivered
// them, when), the RIO vestigingen, contact persons per context and delivered endpoints. Who
// stands for a restricted context is left out on the server for viewers outside the school and DUO.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { ContactenPerContext } from "@/components/osr/contacten-per-context";
import { GeleverdeAdressen, GeleverdeEndpoints } from "@/components/osr/leveringen";
import { Cell, Row, Table } from "@/components/ui/table";
import { requireSection } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { leveringenVanSchool } from "@/lib/osr/leveringen";
import { schoolpagina } from "@/lib/osr/telefoonboek";

type Props = { params: Promise<{ brin: string }> };

// Once per request, for the metadata and the page.
const laad = cache(async (brin: string) => {
  const user = await requireSection("osr");
  const pagina = await schoolpagina(db, brin, { rol: user.rol, brins: user.instellingen.map((i) => i.brin) });
  if (!pagina) notFound();
  return pagina;
});

export async function generateMetadata({ params }: Props) {
  const pagina = await laad((await params).brin);
  return { title: pagina.instelling.naam };
}

export default async function SchoolInTelefoonboek({ params }: Props) {
  const { brin } = await params;
  const pagina = await laad(brin);
  const { adressen, endpoints } = await leveringenVanSchool(db, brin);
  const t = await getTranslations("osr.telefoonboek");
  const { instelling } = pagina;
  return (
    <>
      <p className="mb-2">
        <Link href="/osr/telefoonboek" className="utrecht-link">
          {t("terug")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{instelling.naam}</h1>
      <p className="utrecht-paragraph mb-6 text-[var(--bron-muted)]">
        {t("kop", {
          brin: instelling.brin,
          plaats: instelling.plaats,
          sector: instelling.sector === "PO" ? t("po") : t("mbo"),
        })}
      </p>

      <h2 className="utrecht-heading-2 mb-2">{t("contactpersonen")}</h2>
      {!pagina.magBeperktZien ? (
        <p className="utrecht-paragraph mb-2 max-w-prose text-sm text-[var(--bron-muted)]">{t("beperktUitleg")}</p>
      ) : null}
      <div className="mb-8">
        <ContactenPerContext contacten={pagina.contacten} caption={t("contactenCaption", { naam: instelling.naam })} />
      </div>

      <h2 className="utrecht-heading-2 mb-2">{t("adressen")}</h2>
      <div className="mb-8">
        <GeleverdeAdressen adressen={adressen} />
      </div>

      {pagina.vestigingen.length > 0 ? (
        <div className="mb-8">
          <Table caption={t("vestigingenRio")} headers={[t("vestigingscode"), t("naam"), t("bezoekadres")]}>
            {pagina.vestigingen.map((v) => (
              <Row key={v.vestigingscode}>
                <Cell>{v.vestigingscode}</Cell>
                <Cell>{v.naam}</Cell>
                <Cell>{`${v.straat} ${v.huisnummer}, ${v.postcode} ${v.plaats}`}</Cell>
              </Row>
            ))}
          </Table>
        </div>
      ) : null}

      <h2 className="utrecht-heading-2 mb-2">{t("endpoints")}</h2>
      <GeleverdeEndpoints endpoints={endpoints} caption={t("endpointsCaption", { naam: instelling.naam })} />
    </>
  );
}
