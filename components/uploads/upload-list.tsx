// The school's uploads, newest first and paged: status, counts, date and who delivered them.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Cell, Row, Table } from "@/components/ui/table";
import type { Pagina, UploadListItem } from "@/lib/register/uploads/queries";
import { formatDateTime, formatGetal } from "@/components/ui/format";
import { Pager } from "./pager";
import { uploaderName } from "./uploader-name";

export async function UploadList({ brin, uploads }: { brin: string; uploads: Pagina<UploadListItem> }) {
  const t = await getTranslations("uploads");
  const locale = await getLocale();
  const number = (n: number) => formatGetal(n, locale);
  if (uploads.total === 0) return <p className="utrecht-paragraph">{t("list.empty")}</p>;
  return (
    <>
      <div className="overflow-x-auto">
        <Table
          caption={t("list.caption", { aantal: uploads.total })}
          headers={[t("list.bestand"), t("list.soort"), t("list.status"), t("list.rijen"), t("list.verwerkt"), t("list.afgekeurd"), t("list.signalen"), t("list.datum"), t("list.door")]}
        >
          {uploads.items.map((u) => (
            <Row key={u.id}>
              <Cell rowHeader>
                <Link href={`/instelling/${brin}/uploads/${u.id}`} className="utrecht-link break-all">
                  {u.bestandsnaam}
                </Link>
              </Cell>
              <Cell>{t.has(`soorten.${u.soort}`) ? t(`soorten.${u.soort}`) : u.soort}</Cell>
              <Cell>{t(`status.${u.status}`)}</Cell>
              <Cell className="text-right">{number(u.rijen)}</Cell>
              <Cell className="text-right">{number(u.verwerkt)}</Cell>
              <Cell className="text-right">{number(u.afgekeurd)}</Cell>
              <Cell className="text-right">{number(u.signalen)}</Cell>
              <Cell className="whitespace-nowrap">{formatDateTime(u.aangemaaktOp)}</Cell>
              <Cell>{uploaderName(u.uploader, (key, values) => t(`uploader.${key}`, values))}</Cell>
            </Row>
          ))}
        </Table>
      </div>
      <Pager label={t("list.pager")} pagina={uploads.pagina} paginas={uploads.paginas} href={(p) => `/instelling/${brin}/uploads?pagina=${p}`} />
    </>
  );
}
