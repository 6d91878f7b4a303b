// The inbox as a table: newest first, unread rows marked (in words, not by colour alone), and a
// "markeer als gelezen" button per unread bericht for those who may change the register.
import { getLocale, getTranslations } from "next-intl/server";
import type { Sector } from "@/generated/prisma/enums";
import { Cell, Row, Table } from "@/components/ui/table";
import type { Taal } from "@/lib/bekostiging/codes";
import type { BerichtRij } from "@/lib/register/queries/berichten";
import { BerichtTekst } from "./bericht-tekst";
import { formatDateTime } from "@/components/ui/format";

export async function BerichtenLijst({
  deelnemersPath,
  sector,
  berichten,
  links,
  markeer,
}: {
  /** Where the student pages are (the school's or DUO's view). */
  deelnemersPath: string;
  sector: Sector;
  berichten: BerichtRij[];
  links: Map<number, number>;
  /** The bound server action; absent for read-only roles. */
  markeer?: (formData: FormData) => Promise<void>;
}) {
  const t = await getTranslations("berichten");
  const taal: Taal = (await getLocale()) === "en" ? "en" : "nl";
  const headers = [
    t("col.ontvangen"),
    t("col.soort"),
    t("col.bericht"),
    t("col.status"),
    ...(markeer ? [t("col.actie")] : []),
  ];
  return (
    <div className="overflow-x-auto">
      <Table headers={headers} caption={t("caption")}>
        {berichten.map((b) => {
          const id = links.get(b.id);
          return (
            <Row key={b.id} className={b.gelezen ? "" : "bg-[#fff4d6] font-semibold"}>
              <Cell rowHeader className="font-normal whitespace-nowrap">
                {formatDateTime(b.aangemaaktOp)}
              </Cell>
              <Cell>{t(`soort.${b.soort}`)}</Cell>
              <Cell className="font-normal">
                <BerichtTekst
                  bericht={b}
                  sector={sector}
                  taal={taal}
                  inschrijvingHref={id !== undefined ? `${deelnemersPath}/${id}` : undefined}
                />
              </Cell>
              <Cell>{b.gelezen ? t("gelezen") : t("ongelezen")}</Cell>
              {markeer ? (
                <Cell>
                  {b.gelezen ? null : (
                    <form action={markeer}>
                      <input type="hidden" name="id" value={b.id} />
                      <button type="submit" className="utrecht-button utrecht-button--secondary-action text-sm">
                        {t("markeer")}
                        <span className="sr-only"> {t("markeerVan", { moment: formatDateTime(b.aangemaaktOp) })}</span>
                      </button>
                    </form>
                  )}
                </Cell>
              ) : null}
            </Row>
          );
        })}
      </Table>
    </div>
  );
}
