// `/osr/telefoonboek`: search schools by naam, brin or plaats (partial, any case). A plain GET
// form, so a search is a link that can be shared and the back button works.
import { TextField } from "@/components/ui/fields";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Cell, Row, Table } from "@/components/ui/table";
import { requireSection } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { zoekScholen } from "@/lib/osr/telefoonboek";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getTranslations("osr.telefoonboek");
  return { title: t("title") };
}

export default async function Telefoonboek({ searchParams }: Props) {
  await requireSection("osr");
  const t = await getTranslations("osr.telefoonboek");
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  const { treffers, meer } = await zoekScholen(db, q);
  return (
    <>
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph mb-4 max-w-prose">{t("intro")}</p>
      <form
        method="get"
        action="/osr/telefoonboek"
        role="search"
        aria-label={t("zoekLabel")}
        className="mb-6 flex flex-wrap items-end gap-4"
      >
        <TextField
          id="telefoonboek-q"
          name="q"
          type="search"
          label={t("zoek")}
          defaultValue={q}
          inputClassName="w-80 max-w-full"
        />
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("zoeken")}
        </button>
      </form>
      <p role="status" className="mb-2 font-semibold">
        {q ? t("treffers", { aantal: treffers.length, q }) : t("alleScholen")}
      </p>
      {treffers.length > 0 ? (
        <Table caption={t("resultaten")} headers={[t("naam"), t("brin"), t("plaats"), t("sector")]}>
          {treffers.map((s) => (
            <Row key={s.brin}>
              <Cell rowHeader>
                <Link href={`/osr/telefoonboek/${s.brin}`} className="utrecht-link">
                  {s.naam}
                </Link>
              </Cell>
              <Cell>{s.brin}</Cell>
              <Cell>{s.plaats}</Cell>
              <Cell>{s.sector === "PO" ? t("po") : t("mbo")}</Cell>
            </Row>
          ))}
        </Table>
      ) : null}
      {meer ? <p className="utrecht-paragraph mt-2">{t("meer")}</p> : null}
    </>
  );
}
