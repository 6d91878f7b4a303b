// What suppliers delivered for a school: its addresses and endpoints, each with who delivered it
// and when (osr.md §3). Used on the telefoonboek page, the school's OSR page and in the back office.
import { getTranslations } from "next-intl/server";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { Cell, Row, Table } from "@/components/ui/table";
import type { Adresregel, GeleverdAdres, GeleverdEndpoint } from "@/lib/osr/leveringen";

/** One line: "Lindelaan 1, 3818AA Amersfoort". */
export function adresTekst(a: Adresregel): string {
  return `${a.straat} ${a.huisnummer}${a.toevoeging ? ` ${a.toevoeging}` : ""}, ${a.postcode} ${a.plaats}`;
}

export async function GeleverdeAdressen({
  adressen,
  headingLevel = 3,
}: {
  adressen: GeleverdAdres[];
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations("osr.telefoonboek");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  if (adressen.length === 0)
    return <p className="utrecht-paragraph rounded bg-[var(--bron-subtle)] p-4">{t("geenAdres")}</p>;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {adressen.map((a) => {
        const titel = a.vestigingscode
          ? t("vestiging", { code: a.vestigingscode, naam: a.vestigingNaam ?? a.vestigingscode })
          : t("schoolAlsGeheel");
        const id = `adres-${a.brin}-${a.vestigingscode ?? "school"}`;
        return (
          <section key={id} aria-labelledby={id} className="rounded border border-[var(--bron-border)] p-4">
            <Heading id={id} className={headingLevel === 2 ? "utrecht-heading-2 mb-2" : "utrecht-heading-3 mb-2"}>
              {titel}
            </Heading>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
              <dt className="font-semibold">{t("bezoekadres")}</dt>
              <dd>{a.bezoekadres ? adresTekst(a.bezoekadres) : "—"}</dd>
              {a.postadres ? (
                <>
                  <dt className="font-semibold">{t("postadres")}</dt>
                  <dd>{adresTekst(a.postadres)}</dd>
                </>
              ) : null}
              {a.website ? (
                <>
                  <dt className="font-semibold">{t("website")}</dt>
                  <dd>
                    {/* Delivered by a supplier: only http(s) addresses become links. */}
                    {/^https?:\/\//i.test(a.website) ? (
                      <a href={a.website} className="utrecht-link" rel="noopener noreferrer nofollow">
                        {a.website}
                      </a>
                    ) : (
                      a.website
                    )}
                  </dd>
                </>
              ) : null}
              {a.telefoonnummer ? (
                <>
                  <dt className="font-semibold">{t("telefoonnummer")}</dt>
                  <dd>{a.telefoonnummer}</dd>
                </>
              ) : null}
              {a.email ? (
                <>
                  <dt className="font-semibold">{t("email")}</dt>
                  <dd>{a.email}</dd>
                </>
              ) : null}
            </dl>
            <p className="mt-2 text-sm text-[var(--bron-muted)]">
              {t("geleverd", { leverancier: a.geleverdDoor, moment: formatDateTime(a.geleverdOp) })}
            </p>
          </section>
        );
      })}
    </div>
  );
}

export async function GeleverdeEndpoints({
  endpoints,
  caption,
  metSchool = false,
}: {
  endpoints: GeleverdEndpoint[];
  caption: string;
  metSchool?: boolean;
}) {
  const t = await getTranslations("osr.telefoonboek");
  const diensten = await getTranslations("osr.dienstNamen");
  if (endpoints.length === 0)
    return <p className="utrecht-paragraph rounded bg-[var(--bron-subtle)] p-4">{t("geenEndpoints")}</p>;
  return (
    <Table
      caption={caption}
      headers={[
        ...(metSchool ? [t("brin")] : []),
        t("dienst"),
        t("url"),
        t("attributen"),
        t("periode"),
        t("geleverdDoor"),
        t("geleverdOp"),
      ]}
    >
      {endpoints.map((e) => (
        <Row key={`${e.brin}-${e.dienst}-${e.geleverdDoor}`}>
          {metSchool ? <Cell>{e.brin}</Cell> : null}
          <Cell>{diensten(e.dienst)}</Cell>
          <Cell className="break-all">{e.url}</Cell>
          <Cell>{e.attributen.join(", ") || "—"}</Cell>
          <Cell>
            {e.einddatum
              ? t("vanTot", { van: formatDate(e.startdatum), tot: formatDate(e.einddatum) })
              : t("vanaf", { datum: formatDate(e.startdatum) })}
          </Cell>
          <Cell>{e.geleverdDoor}</Cell>
          <Cell>{formatDateTime(e.geleverdOp)}</Cell>
        </Row>
      ))}
    </Table>
  );
}
