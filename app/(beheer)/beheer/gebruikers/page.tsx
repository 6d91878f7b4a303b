// `/beheer/gebruikers`: every portal user, searchable and filtered by role, institution and status,
// 25 to a page. DUO_BEHEERDER only; others get a 404.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Cell, Row, Table } from "@/components/ui/table";
import { SelectField, TextField } from "@/components/ui/fields";
import { zoekGebruikers } from "@/lib/beheer/gebruikers/gebruikers";
import { gebruikerFilterSchema, ROLLEN, type GebruikerFilter } from "@/lib/beheer/gebruikers/validation";
import { requireCapability } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { instellingKeuzes } from "@/lib/rio/queries";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  await requireCapability("manageUsers");
  const t = await getTranslations("toegang.gebruikers");
  return { title: t("title") };
}

const eerste = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function paginaHref(filter: GebruikerFilter, pagina: number): string {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.rol) params.set("rol", filter.rol);
  if (filter.brin) params.set("brin", filter.brin);
  if (filter.status) params.set("status", filter.status);
  params.set("pagina", String(pagina));
  return `/beheer/gebruikers?${params}`;
}

export default async function GebruikersPage({ searchParams }: Props) {
  await requireCapability("manageUsers");
  const t = await getTranslations("toegang.gebruikers");
  const tl = await getTranslations("lijst");
  const raw = await searchParams;
  const filter = gebruikerFilterSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, eerste(v)])));
  const [lijst, instellingen] = await Promise.all([zoekGebruikers(db, filter), instellingKeuzes(db)]);
  return (
    <>
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph mb-4 max-w-prose">{t("intro")}</p>
      <p className="mb-6">
        <Link
          href="/beheer/gebruikers/nieuw"
          className="utrecht-button utrecht-button--primary-action inline-block no-underline"
        >
          {t("nieuw")}
        </Link>
      </p>
      <form
        method="get"
        action="/beheer/gebruikers"
        aria-label={t("filterLabel")}
        className="mb-6 flex flex-wrap items-end gap-4"
      >
        <TextField id="gebruikers-q" name="q" type="search" label={t("zoek")} defaultValue={filter.q} />
        <SelectField
          id="gebruikers-rol"
          name="rol"
          label={t("rol")}
          empty={t("alleRollen")}
          defaultValue={filter.rol}
          options={ROLLEN.map((r) => ({ value: r, label: t(`rollen.${r}`) }))}
        />
        <SelectField
          id="gebruikers-brin"
          name="brin"
          label={t("instelling")}
          empty={t("alleInstellingen")}
          defaultValue={filter.brin}
          options={instellingen.map((i) => ({ value: i.brin, label: `${i.naam} (${i.brin})` }))}
        />
        <SelectField
          id="gebruikers-status"
          name="status"
          label={t("status")}
          empty={t("alleStatussen")}
          defaultValue={filter.status}
          options={[
            { value: "actief", label: t("actief") },
            { value: "inactief", label: t("inactief") },
          ]}
        />
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {t("filter")}
        </button>
      </form>
      <p className="utrecht-paragraph mb-2" role="status">
        {t("aantal", { aantal: lijst.totaal })}
      </p>
      {lijst.totaal > 0 ? (
        <p className="mb-2">
          <a
            href={paginaHref(filter, 1).replace("/beheer/gebruikers?", "/beheer/gebruikers/export?")}
            className="utrecht-link"
            download
          >
            {tl("export")}
          </a>
        </p>
      ) : null}
      {lijst.rijen.length ? (
        <Table caption={t("caption")} headers={[t("naam"), t("email"), t("rol"), t("instellingen"), t("status")]}>
          {lijst.rijen.map((g) => (
            <Row key={g.id}>
              <Cell rowHeader>
                <Link href={`/beheer/gebruikers/${g.id}`} className="utrecht-link">
                  {g.naam}
                </Link>
              </Cell>
              <Cell>{g.email}</Cell>
              <Cell>{t(`rollen.${g.rol}`)}</Cell>
              <Cell>{g.instellingen.join(", ") || "—"}</Cell>
              <Cell>{g.actief ? t("actief") : t("inactief")}</Cell>
            </Row>
          ))}
        </Table>
      ) : null}
      {lijst.paginas > 1 ? (
        <nav aria-label={t("paginas")} className="mt-4 flex items-center gap-4">
          {lijst.pagina > 1 ? (
            <Link href={paginaHref(filter, lijst.pagina - 1)} className="utrecht-link">
              {t("vorige")}
            </Link>
          ) : null}
          <span>{t("pagina", { pagina: lijst.pagina, paginas: lijst.paginas })}</span>
          {lijst.pagina < lijst.paginas ? (
            <Link href={paginaHref(filter, lijst.pagina + 1)} className="utrecht-link">
              {t("volgende")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
