// The student list's table: one row per inschrijving, the name linking to the detail page.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Sector } from "@/generated/prisma/enums";
import { Cell, Row, Table } from "@/components/ui/table";
import { formatDate } from "@/components/ui/format";
import type { Taal } from "@/lib/bekostiging/codes";
import type { DeelnemerRij } from "@/lib/register/queries/deelnemers";
import { CodeLinks } from "./code-link";
import { formatNaam } from "./format";

export async function DeelnemersTabel({ brin, sector, rijen, caption }: { brin: string; sector: Sector; rijen: DeelnemerRij[]; caption: string }) {
  const t = await getTranslations("deelnemers");
  const taal: Taal = (await getLocale()) === "en" ? "en" : "nl";
  const headers = [t("col.naam"), t("col.pgn"), t("col.volgnummer"), t("col.inschrijving"), t("col.uitschrijving"), ...(sector === "MBO" ? [t("col.opleiding"), t("col.leerweg")] : [t("col.groep")]), t("col.signalen")];
  return (
    <div className="overflow-x-auto">
      <Table headers={headers} caption={caption}>
        {rijen.map((r) => (
          <Row key={r.id}>
            <Cell rowHeader>
              <Link href={`/instelling/${brin}/deelnemers/${r.id}`} className="utrecht-link">
                {formatNaam(r) ?? t("naamOnbekend", { volgnummer: r.volgnummer })}
              </Link>
            </Cell>
            <Cell className="font-mono whitespace-nowrap">{r.pgn}</Cell>
            <Cell className="font-mono">{r.volgnummer}</Cell>
            <Cell className="whitespace-nowrap">{formatDate(r.datumInschrijving)}</Cell>
            <Cell className="whitespace-nowrap">{formatDate(r.datumUitschrijving) || "—"}</Cell>
            {sector === "MBO" ? (
              <>
                <Cell>{r.opleidingscode ? <span title={r.opleidingNaam ?? undefined}>{r.opleidingscode} {r.opleidingNaam}</span> : "—"}</Cell>
                <Cell>{r.leerweg ?? "—"}</Cell>
              </>
            ) : (
              <Cell>{r.groep ?? "—"}</Cell>
            )}
            <Cell>
              <CodeLinks codes={r.signalen} taal={taal} />
            </Cell>
          </Row>
        ))}
      </Table>
    </div>
  );
}
