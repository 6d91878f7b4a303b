// `/beheer/osr`: the back office's view of the OSR — every mandate of every school (DUO staff see
// all), and the latest addresses and endpoints suppliers delivered; one school at a time on request.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { adresTekst, GeleverdeEndpoints } from "@/components/osr/leveringen";
import { MandatenTabel } from "@/components/osr/mandaten-tabel";
import { formatDateTime } from "@/components/ui/format";
import { Cell, Row, Table } from "@/components/ui/table";
import { requireSection } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { instellingKeuzes } from "@/lib/rio/queries";
import { alleLeveringen } from "@/lib/osr/leveringen";
import { SelectField } from "@/components/ui/fields";
import { alleMandaten } from "@/lib/osr/mandaten";
import { todayIso } from "@/lib/shared/dates";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  await requireSection("beheer");
  const t = await getTranslations("osr.backoffice");
  return { title: t("title") };
}

export default async function BackofficeOsr({ searchParams }: Props) {
  await requireSection("beheer");
  const t = await getTranslations("osr.backoffice");
  const tb = await getTranslations("osr.telefoonboek");
  const tl = await getTranslations("lijst");
  const raw = (await searchParams).brin;
  const scholen = await instellingKeuzes(db);
  const gekozen = scholen.find((s) => s.brin === (Array.isArray(raw) ? raw[0] : raw));
  const filter = gekozen ? { brin: gekozen.brin } : {};
  const [mandaten, leveringen] = await Promise.all([alleMandaten(db, todayIso(), filter), alleLeveringen(db, filter)]);
  return (
    <>
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph mb-4 max-w-prose">{t("intro")}</p>
      <form
        method="get"
        action="/beheer/osr"
        aria-label={t("filterLabel")}
        className="mb-6 flex flex-wrap items-end gap-4"
      >
        <SelectField
          id="osr-school"
          name="brin"
          label={t("filterSchool")}
          empty={t("alleScholen")}
          defaultValue={gekozen?.brin}
          options={scholen.map((s) => ({ value: s.brin, label: `${s.naam} (${s.brin})` }))}
        />
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {t("filter")}
        </button>
      </form>

      <h2 className="utrecht-heading-2 mb-2">{t("mandaten")}</h2>
      {mandaten.length > 0 ? (
        <p className="mb-2">
          <a
            href={gekozen ? `/beheer/osr/export?brin=${gekozen.brin}` : "/beheer/osr/export"}
            className="utrecht-link"
            download
          >
            {tl("export")}
          </a>
        </p>
      ) : null}
      <div className="mb-8">
        {mandaten.length === 0 ? (
          <p className="utrecht-paragraph rounded bg-[var(--bron-subtle)] p-4">{t("geenMandaten")}</p>
        ) : (
          <MandatenTabel mandaten={mandaten} caption={t("mandatenCaption")} metSchool />
        )}
      </div>

      <h2 className="utrecht-heading-2 mb-2">{t("adressen")}</h2>
      <div className="mb-8">
        {leveringen.adressen.length === 0 ? (
          <p className="utrecht-paragraph rounded bg-[var(--bron-subtle)] p-4">{t("geen")}</p>
        ) : (
          <Table
            caption={t("adressenCaption")}
            headers={[t("school"), t("vestiging"), tb("bezoekadres"), t("geleverdDoor"), t("geleverdOp")]}
          >
            {leveringen.adressen.map((a) => (
              <Row key={`${a.brin}-${a.vestigingscode ?? ""}`}>
                <Cell>
                  <Link href={`/osr/telefoonboek/${a.brin}`} className="utrecht-link">
                    {a.brin}
                  </Link>
                </Cell>
                <Cell>{a.vestigingscode ?? tb("schoolAlsGeheel")}</Cell>
                <Cell>{a.bezoekadres ? adresTekst(a.bezoekadres) : "—"}</Cell>
                <Cell>{a.geleverdDoor}</Cell>
                <Cell>{formatDateTime(a.geleverdOp)}</Cell>
              </Row>
            ))}
          </Table>
        )}
      </div>

      <h2 className="utrecht-heading-2 mb-2">{t("endpoints")}</h2>
      <GeleverdeEndpoints endpoints={leveringen.endpoints} caption={t("endpointsCaption")} metSchool />
    </>
  );
}
