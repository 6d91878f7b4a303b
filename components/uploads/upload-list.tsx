// The school's uploads, newest first and paged: status, counts, date and who delivered them.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Lijst, type Kolom } from "@/components/ui/lijst";
import type { Pagina, UploadListItem } from "@/lib/register/uploads/queries";
import { formatDateTime, formatGetal } from "@/components/ui/format";
import { Pager } from "./pager";
import { uploaderName } from "./uploader-name";

export async function UploadList({ brin, uploads }: { brin: string; uploads: Pagina<UploadListItem> }) {
  const t = await getTranslations("uploads");
  const locale = await getLocale();
  const number = (n: number) => formatGetal(n, locale);
  if (uploads.total === 0) return <p className="utrecht-paragraph">{t("list.empty")}</p>;
  const kolommen: Kolom<UploadListItem>[] = [
    {
      key: "bestand",
      header: t("list.bestand"),
      rowHeader: true,
      cell: (u) => (
        <Link href={`/instelling/${brin}/uploads/${u.id}`} className="utrecht-link break-all">
          {u.bestandsnaam}
        </Link>
      ),
    },
    {
      key: "soort",
      header: t("list.soort"),
      cell: (u) => (t.has(`soorten.${u.soort}`) ? t(`soorten.${u.soort}`) : u.soort),
    },
    { key: "status", header: t("list.status"), cell: (u) => t(`status.${u.status}`) },
    { key: "rijen", header: t("list.rijen"), className: "text-right", cell: (u) => number(u.rijen) },
    { key: "verwerkt", header: t("list.verwerkt"), className: "text-right", cell: (u) => number(u.verwerkt) },
    { key: "afgekeurd", header: t("list.afgekeurd"), className: "text-right", cell: (u) => number(u.afgekeurd) },
    { key: "signalen", header: t("list.signalen"), className: "text-right", cell: (u) => number(u.signalen) },
    {
      key: "datum",
      header: t("list.datum"),
      className: "whitespace-nowrap",
      cell: (u) => formatDateTime(u.aangemaaktOp),
    },
    {
      key: "door",
      header: t("list.door"),
      cell: (u) => uploaderName(u.uploader, (key, values) => t(`uploader.${key}`, values)),
    },
  ];
  // Page numbers, not a keyset: uploads are few per school and their query is the upload service's.
  return (
    <>
      <Lijst
        caption={t("list.caption", { aantal: uploads.total })}
        kolommen={kolommen}
        rijen={uploads.items}
        rijSleutel={(u) => u.id}
        leeg={t("list.empty")}
      />
      <Pager
        label={t("list.pager")}
        pagina={uploads.pagina}
        paginas={uploads.paginas}
        href={(p) => `/instelling/${brin}/uploads?pagina=${p}`}
      />
    </>
  );
}
