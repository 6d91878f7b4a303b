// The history of a student's records at this school (audit log): when, what, by whom and through
// which bron, the changed fields old → new. Newest first; "older changes" continues by keyset.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/components/ui/format";
import { Lijst, type Kolom } from "@/components/ui/lijst";
import type { HistorieRegel } from "@/lib/register/queries/historie";

export async function RecordHistorie({
  regels,
  basePath,
  uploadsPath,
  volgende,
  eerste,
}: {
  regels: HistorieRegel[];
  basePath: string;
  uploadsPath: string;
  volgende: number | null;
  eerste: boolean;
}) {
  const t = await getTranslations("historie");
  const td = await getTranslations("deelnemer");
  const kolommen: Kolom<HistorieRegel>[] = [
    {
      key: "tijdstip",
      header: t("tijdstip"),
      rowHeader: true,
      className: "font-normal whitespace-nowrap",
      cell: (r) => formatDateTime(r.tijdstip),
    },
    {
      key: "record",
      header: t("record"),
      cell: (r) => (
        <>
          {t(`entiteit.${r.entiteit}`)} <span className="font-mono break-all">{r.sleutel}</span>
        </>
      ),
    },
    {
      key: "actie",
      header: td("actie"),
      cell: (r) => (r.actie === "VERWIJDEREN" ? td("verwijderen") : r.nieuw ? t("nieuw") : t("gewijzigd")),
    },
    {
      key: "bron",
      header: td("bron"),
      cell: (r) => (
        <>
          {r.bron ? (
            r.uploadId ? (
              <Link href={`${uploadsPath}/${r.uploadId}`} className="utrecht-link">
                {td(`meldingBron.${r.bron}`)}
              </Link>
            ) : (
              td(`meldingBron.${r.bron}`)
            )
          ) : (
            "—"
          )}
          <span className="block text-sm break-all text-[var(--bron-muted)]">{r.actor}</span>
        </>
      ),
    },
    {
      key: "wijzigingen",
      header: t("wijzigingen"),
      cell: (r) =>
        r.wijzigingen.length === 0 ? (
          "—"
        ) : (
          <ul className="flex flex-col gap-1 text-sm">
            {r.wijzigingen.map((w) => (
              <li key={w.veld}>
                <span className="font-semibold">{w.veld}</span>:{" "}
                {r.nieuw ? (
                  (w.na ?? "—")
                ) : (
                  <>
                    {w.voor ?? "—"} → {w.na ?? "—"}
                  </>
                )}
              </li>
            ))}
          </ul>
        ),
    },
  ];
  return (
    <>
      <Lijst caption={t("caption")} kolommen={kolommen} rijen={regels} rijSleutel={(r) => r.id} leeg={t("leeg")} />
      {volgende !== null || !eerste ? (
        <nav aria-label={t("paging")} className="mt-2">
          <ul className="flex flex-wrap gap-4">
            {!eerste ? (
              <li>
                <Link href={`${basePath}#historie`} className="utrecht-link">
                  {t("nieuwste")}
                </Link>
              </li>
            ) : null}
            {volgende !== null ? (
              <li>
                <Link href={`${basePath}?historie=${volgende}#historie`} className="utrecht-link">
                  {t("ouder")}
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </>
  );
}
