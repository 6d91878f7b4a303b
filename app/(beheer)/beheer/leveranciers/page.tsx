// `/beheer/leveranciers`: the software suppliers and how many API clients each has; a new one.
// DUO_BEHEERDER only; others get a 404.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BeheerForm } from "@/components/beheer/toegang/beheer-form";
import { Cell, Row, Table } from "@/components/ui/table";
import { leveranciers } from "@/lib/beheer/clients/clients";
import { requireCapability } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { maakLeverancierAction } from "@/lib/beheer/clients/actions";

export async function generateMetadata() {
  await requireCapability("manageUsers");
  const t = await getTranslations("toegang.leveranciers");
  return { title: t("title") };
}

export default async function LeveranciersPage() {
  await requireCapability("manageUsers");
  const t = await getTranslations("toegang.leveranciers");
  const tl = await getTranslations("lijst");
  const lijst = await leveranciers(db);
  return (
    <>
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph mb-6 max-w-prose">{t("intro")}</p>
      <p className="mb-2">
        <a href="/beheer/leveranciers/export" className="utrecht-link" download>
          {tl("export")}
        </a>
      </p>
      <Table caption={t("caption")} headers={[t("naam"), t("actieveClients"), t("ingetrokkenClients")]}>
        {lijst.map((l) => (
          <Row key={l.id}>
            <Cell rowHeader>
              <Link href={`/beheer/leveranciers/${l.id}`} className="utrecht-link">
                {l.naam}
              </Link>
            </Cell>
            <Cell>{l.clients.filter((c) => !c.ingetrokkenOp).length}</Cell>
            <Cell>{l.clients.filter((c) => c.ingetrokkenOp).length}</Cell>
          </Row>
        ))}
      </Table>
      <section aria-labelledby="nieuwe-leverancier-kop" className="mt-8">
        <h2 id="nieuwe-leverancier-kop" className="utrecht-heading-2 mb-2">
          {t("nieuw")}
        </h2>
        <BeheerForm
          id="nieuwe-leverancier"
          action={maakLeverancierAction}
          velden={[{ soort: "tekst", name: "naam", label: t("naam"), required: true }]}
          knop={t("aanmaken")}
          leegNaSucces
        />
      </section>
    </>
  );
}
