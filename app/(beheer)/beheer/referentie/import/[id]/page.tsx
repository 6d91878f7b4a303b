// `/beheer/referentie/import/{id}`: the preview of an import (new, changed field by field, unchanged,
// rows with errors) with the confirmation; after applying, the result and its recompute's progress.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ToepassenForm } from "@/components/beheer/referentie/toepassen-form";
import { formatDateTime } from "@/components/ui/format";
import { Cell, Row, Table } from "@/components/ui/table";
import { requireSection } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { referentieImport } from "@/lib/rio/queries";
import type { StoredPlan } from "@/lib/rio/import";
import type { Waarde } from "@/lib/rio/referentie";

type Props = { params: Promise<{ id: string }> };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function ImportPreview({ params }: Props) {
  await requireSection("beheer");
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const gevonden = await referentieImport(db, id);
  if (!gevonden) notFound();
  const { imp, herberekening } = gevonden;
  const t = await getTranslations("referentie");
  const { plan } = imp.plan as unknown as StoredPlan;
  const toon = (v: Waarde) =>
    v === null || v === "" ? "—" : v === true ? t("ja") : v === false ? t("nee") : String(v);
  const bereik = plan.herberekening
    ? [
        plan.herberekening.brin && `brin ${plan.herberekening.brin}`,
        plan.herberekening.opleidingscode && `opleiding ${plan.herberekening.opleidingscode}`,
        plan.herberekening.sector && `sector ${plan.herberekening.sector}`,
      ]
        .filter(Boolean)
        .join(", ") || t("import.alles")
    : null;
  const toegepast = imp.status === "TOEGEPAST";
  return (
    <>
      <p className="mb-2">
        <Link href="/beheer/referentie/import" className="utrecht-link">
          {t("import.nogEen")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">
        {toegepast
          ? t("import.resultaatTitel", { bestand: imp.bestandsnaam })
          : t("import.previewTitel", { bestand: imp.bestandsnaam })}
      </h1>
      <p className="mb-4">
        {t("import.meta", {
          soort: t(`soorten.${imp.soort}`),
          actor: imp.actor,
          tijdstip: formatDateTime(imp.aangemaaktOp),
        })}
      </p>
      {toegepast ? (
        <div role="status" className="mb-6 rounded border border-[#2f7d32] bg-white p-4">
          <p className="font-semibold">
            {t("import.toegepast", {
              actor: imp.toegepastDoor ?? "",
              tijdstip: formatDateTime(imp.toegepastOp ?? imp.aangemaaktOp),
            })}
          </p>
          {herberekening ? (
            <p>
              <Link href={`/beheer/herberekeningen#h-${herberekening.id}`} className="utrecht-link">
                {t("import.naarHerberekening", { aanleiding: herberekening.aanleiding })}
              </Link>
            </p>
          ) : (
            <p>{t("import.geenHerberekening")}</p>
          )}
        </div>
      ) : null}
      <ul className="mb-6 list-disc pl-6" aria-label={t("import.samenvatting")}>
        <li>{t("import.telNieuw", { aantal: plan.nieuw.length })}</li>
        <li>{t("import.telGewijzigd", { aantal: plan.gewijzigd.length })}</li>
        <li>{t("import.telOngewijzigd", { aantal: plan.ongewijzigd })}</li>
        <li>{t("import.telFouten", { aantal: plan.fouten.length })}</li>
      </ul>
      {plan.fouten.length > 0 ? (
        <section aria-labelledby="fouten" className="mb-6">
          <h2 id="fouten" className="utrecht-heading-2">
            {t("import.fouten")}
          </h2>
          <p className="mb-2">{t("import.foutenUitleg")}</p>
          <Table headers={[t("import.rij"), t("import.melding")]}>
            {plan.fouten.map((f, i) => (
              <Row key={i}>
                <Cell>{f.rij}</Cell>
                <Cell>{f.melding.replace(/^rij \d+: /, "")}</Cell>
              </Row>
            ))}
          </Table>
        </section>
      ) : null}
      {plan.gewijzigd.length > 0 ? (
        <section aria-labelledby="gewijzigd" className="mb-6">
          <h2 id="gewijzigd" className="utrecht-heading-2">
            {t("import.gewijzigd")}
          </h2>
          <Table headers={[t("import.rij"), t("import.sleutel"), t("import.veld"), t("import.voor"), t("import.na")]}>
            {plan.gewijzigd.flatMap((g) =>
              (g.wijzigingen ?? []).map((w, i) => (
                <Row key={`${g.rij}-${w.veld}`}>
                  <Cell>{i === 0 ? g.rij : ""}</Cell>
                  <Cell>{g.sleutel}</Cell>
                  <Cell>{t(`veld.${w.veld}`)}</Cell>
                  <Cell>{toon(w.voor)}</Cell>
                  <Cell>{toon(w.na)}</Cell>
                </Row>
              )),
            )}
          </Table>
        </section>
      ) : null}
      {plan.nieuw.length > 0 ? (
        <section aria-labelledby="nieuw" className="mb-6">
          <h2 id="nieuw" className="utrecht-heading-2">
            {t("import.nieuw")}
          </h2>
          <Table headers={[t("import.rij"), t("import.sleutel"), t("import.gegevens")]}>
            {plan.nieuw.map((n) => (
              <Row key={n.rij}>
                <Cell>{n.rij}</Cell>
                <Cell>{n.sleutel}</Cell>
                <Cell>
                  {Object.entries(n.na)
                    .map(([k, v]) => `${t(`veld.${k}`)}: ${toon(v)}`)
                    .join("; ")}
                </Cell>
              </Row>
            ))}
          </Table>
        </section>
      ) : null}
      {!toegepast ? (
        plan.fouten.length > 0 ? (
          <p role="alert" className="font-semibold text-[var(--bron-error)]">
            {t("import.nietToepasbaar")}
          </p>
        ) : plan.nieuw.length + plan.gewijzigd.length === 0 ? (
          <p className="font-semibold">{t("import.nietsTeDoen")}</p>
        ) : (
          <ToepassenForm
            id={imp.id}
            gevolgen={bereik ? t("import.gevolgenHerberekening", { bereik }) : t("import.gevolgenGeen")}
          />
        )
      ) : null}
    </>
  );
}
