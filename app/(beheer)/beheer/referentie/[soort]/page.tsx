// `/beheer/referentie/{soort}`: one soort of RIO reference data, searchable and paged, with a link
// to add a record and to edit each one.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TextField } from "@/components/ui/fields";
import { Cell, Row, Table } from "@/components/ui/table";
import { requireSection } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { lijst, PAGE_SIZE, urlSleutel } from "@/lib/rio/queries";
import { isReferentieSoort } from "@/lib/rio/referentie";

type Props = {
  params: Promise<{ soort: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ params }: Props) {
  const { soort } = await params;
  const t = await getTranslations("referentie");
  return { title: isReferentieSoort(soort) ? t(`soorten.${soort}`) : t("title") };
}

export default async function ReferentieLijst({ params, searchParams }: Props) {
  await requireSection("beheer");
  const { soort } = await params;
  if (!isReferentieSoort(soort)) notFound();
  const t = await getTranslations("referentie");
  const tl = await getTranslations("lijst");
  const query = await searchParams;
  const q = (first(query.q) ?? "").trim().slice(0, 100);
  const pagina = Math.max(1, Math.min(100_000, Number.parseInt(first(query.pagina) ?? "1", 10) || 1));
  const bewaard = first(query.bewaard);
  const { kolommen, rijen, totaal } = await lijst(db, soort, q, pagina);
  const paginas = Math.max(1, Math.ceil(totaal / PAGE_SIZE));
  const href = (p: number) =>
    `/beheer/referentie/${soort}?${new URLSearchParams({ ...(q ? { q } : {}), pagina: String(p) })}`;
  return (
    <>
      <p className="mb-2">
        <Link href="/beheer/referentie" className="utrecht-link">
          {t("terug")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t(`soorten.${soort}`)}</h1>
      {bewaard ? (
        <p role="status" className="mb-4 font-semibold text-[#2f7d32]">
          {t("bewaard", { sleutel: bewaard })}
        </p>
      ) : null}
      <div className="mb-6 flex flex-wrap items-end gap-6">
        <form
          method="get"
          action={`/beheer/referentie/${soort}`}
          role="search"
          aria-label={t("zoekLabel")}
          className="flex flex-wrap items-end gap-4"
        >
          <TextField
            id="referentie-q"
            name="q"
            type="search"
            label={t("zoek")}
            defaultValue={q}
            inputClassName="w-72 max-w-full"
          />
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t("zoeken")}
          </button>
        </form>
        <Link
          href={`/beheer/referentie/${soort}/nieuw`}
          className="utrecht-button-link utrecht-button-link--html-a utrecht-link"
        >
          {t("toevoegen")}
        </Link>
        {totaal > 0 ? (
          <a
            href={`/beheer/referentie/${soort}/export${q ? `?${new URLSearchParams({ q })}` : ""}`}
            className="utrecht-link"
            download
          >
            {tl("export")}
          </a>
        ) : null}
      </div>
      <p role="status" className="mb-2">
        {t("aantalTreffers", { totaal, pagina, paginas })}
      </p>
      <Table caption={t(`soorten.${soort}`)} headers={[...kolommen.map((k) => t(`veld.${k}`)), t("actie")]}>
        {rijen.map((r) => (
          <Row key={r.sleutel}>
            {r.cellen.map((c, i) => (
              <Cell key={i} rowHeader={i === 0}>
                {c}
              </Cell>
            ))}
            <Cell>
              <Link
                href={`/beheer/referentie/${soort}/${urlSleutel(r.sleutel)}`}
                className="utrecht-link"
                aria-label={t("wijzigLabel", { sleutel: r.sleutel })}
              >
                {t("wijzig")}
              </Link>
            </Cell>
          </Row>
        ))}
      </Table>
      {paginas > 1 ? (
        <nav aria-label={t("paginas")} className="mt-4 flex gap-4">
          {pagina > 1 ? (
            <Link href={href(pagina - 1)} className="utrecht-link">
              {t("vorige")}
            </Link>
          ) : null}
          {pagina < paginas ? (
            <Link href={href(pagina + 1)} className="utrecht-link">
              {t("volgende")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
