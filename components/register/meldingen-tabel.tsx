// The terugkoppeling of a person's records here: every melding on their keys, newest first.
import { getTranslations } from "next-intl/server";
import { Cell, Row, Table } from "@/components/ui/table";
import type { Taal } from "@/lib/bekostiging/codes";
import type { DetailMelding } from "@/lib/register/queries/deelnemer-detail";
import { CodeLink } from "./code-link";
import { formatDateTime } from "@/components/ui/format";

export async function MeldingenTabel({
  meldingen,
  taal,
  limit,
}: {
  meldingen: DetailMelding[];
  taal: Taal;
  limit: number;
}) {
  const t = await getTranslations("deelnemer");
  if (meldingen.length === 0) return <p className="utrecht-paragraph">{t("geenMeldingen")}</p>;
  const status = (m: DetailMelding) =>
    m.status === "AFGEKEURD"
      ? t("afgekeurd")
      : m.status === "ONTVANGEN"
        ? t("ontvangen")
        : m.gewijzigd
          ? t("verwerkt")
          : t("verwerktOngewijzigd");
  return (
    <>
      <div className="overflow-x-auto">
        <Table
          caption={t("meldingenCaption")}
          headers={[t("ontvangenOp"), t("soort"), t("sleutel"), t("actie"), t("bron"), t("status"), t("codes")]}
        >
          {meldingen.map((m) => (
            <Row key={m.id}>
              <Cell rowHeader className="font-normal whitespace-nowrap">
                {formatDateTime(m.ontvangenOp)}
              </Cell>
              <Cell>{t(`meldingSoort.${m.soort}`)}</Cell>
              <Cell className="font-mono">{m.sleutel}</Cell>
              <Cell>{m.verwijdering ? t("verwijderen") : t("leveren")}</Cell>
              <Cell>{t(`meldingBron.${m.bron}`)}</Cell>
              <Cell className={m.status === "AFGEKEURD" ? "font-semibold text-[var(--bron-error)]" : undefined}>
                {status(m)}
              </Cell>
              <Cell>
                {m.codes.length === 0 ? (
                  "—"
                ) : (
                  <ul className="flex flex-col gap-1">
                    {m.codes.map((c, index) => (
                      <li key={`${c.code}-${index}`}>
                        <CodeLink code={c.code} taal={taal} />
                        {c.kolom ? <span className="font-mono text-sm"> ({c.kolom})</span> : null}
                        {c.melding ? <span className="text-sm"> {c.melding}</span> : null}
                      </li>
                    ))}
                  </ul>
                )}
              </Cell>
            </Row>
          ))}
        </Table>
      </div>
      {meldingen.length >= limit ? (
        <p className="utrecht-paragraph mt-2 text-sm">{t("meldingenLimiet", { limit })}</p>
      ) : null}
    </>
  );
}
