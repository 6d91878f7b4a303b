// `/beheer/audit`: the audit log, newest first — filtered by actor, institution, entity and period,
// 50 to a page (keyset on tijdstip and id), each change as field: old → new; the selection as CSV.
// Read by both DUO roles (DUO_MEDEWERKER reads everything); nobody can change or remove an entry.
import { DateField, SelectField, TextField } from "@/components/ui/fields";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/components/ui/format";
import { Cell, Row, Table } from "@/components/ui/table";
import { auditDiff, auditEntiteiten, auditPagina } from "@/lib/beheer/audit/query";
import { requireSection } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { instellingKeuzes } from "@/lib/rio/queries";
import { auditQuery, leesAuditFilter } from "./filter";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  await requireSection("beheer");
  const t = await getTranslations("toegang.audit");
  return { title: t("title") };
}

export default async function AuditPage({ searchParams }: Props) {
  await requireSection("beheer");
  const t = await getTranslations("toegang.audit");
  const filter = leesAuditFilter(await searchParams);
  const [{ rijen, volgende }, entiteiten, instellingen] = await Promise.all([
    auditPagina(db, filter),
    auditEntiteiten(db),
    instellingKeuzes(db),
  ]);
  const query = auditQuery(filter);
  return (
    <>
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph mb-4 max-w-prose">{t("intro")}</p>
      <form
        method="get"
        action="/beheer/audit"
        aria-label={t("filterLabel")}
        className="mb-4 flex flex-wrap items-end gap-4"
      >
        <TextField id="audit-actor" name="actor" label={t("actor")} defaultValue={filter.actor} />
        <SelectField
          id="audit-brin"
          name="brin"
          label={t("instelling")}
          empty={t("alleInstellingen")}
          defaultValue={filter.brin}
          options={instellingen.map((i) => ({ value: i.brin, label: `${i.naam} (${i.brin})` }))}
        />
        <SelectField
          id="audit-entiteit"
          name="entiteit"
          label={t("entiteit")}
          empty={t("alleEntiteiten")}
          defaultValue={filter.entiteit}
          options={entiteiten.map((e) => ({ value: e, label: e }))}
        />
        <DateField id="audit-van" name="van" label={t("van")} defaultValue={filter.van} />
        <DateField id="audit-tot" name="tot" label={t("tot")} defaultValue={filter.tot} />
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {t("filter")}
        </button>
      </form>
      <p className="mb-6">
        <a href={`/beheer/audit/export${query ? `?${query}` : ""}`} className="utrecht-link" download>
          {t("export")}
        </a>
      </p>
      {rijen.length === 0 ? (
        <p className="utrecht-paragraph rounded bg-[var(--bron-subtle)] p-4">{t("geen")}</p>
      ) : (
        <Table
          caption={t("caption")}
          headers={[t("tijdstip"), t("actor"), t("instelling"), t("entiteitSleutel"), t("actie"), t("wijziging")]}
        >
          {rijen.map((e) => {
            const diff = auditDiff(e.voor, e.na);
            return (
              <Row key={e.id}>
                <Cell>{formatDateTime(e.tijdstip)}</Cell>
                <Cell>
                  {e.actor}
                  <span className="block text-sm text-[var(--bron-muted)]">{e.actorType}</span>
                </Cell>
                <Cell>{e.brin ?? "—"}</Cell>
                <Cell>
                  {e.entiteit}
                  <span className="block break-all text-sm">{e.sleutel}</span>
                </Cell>
                <Cell>{e.actie}</Cell>
                <Cell>
                  {diff.length ? (
                    <ul className="list-none p-0">
                      {diff.map((d) => (
                        <li key={d.veld} className="break-words">
                          {d.veld ? <span className="font-semibold">{d.veld}: </span> : null}
                          {d.soort === "gewijzigd" ? (
                            <>
                              <del>{d.oud}</del> → <ins>{d.nieuw}</ins>
                            </>
                          ) : d.soort === "toegevoegd" ? (
                            <>
                              <span className="text-sm text-[var(--bron-muted)]">({t("toegevoegd")}) </span>
                              <ins>{d.nieuw}</ins>
                            </>
                          ) : (
                            <>
                              <span className="text-sm text-[var(--bron-muted)]">({t("verwijderd")}) </span>
                              <del>{d.oud}</del>
                            </>
                          )}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    "—"
                  )}
                  {e.reden ? <span className="block text-sm">{t("reden", { reden: e.reden })}</span> : null}
                </Cell>
              </Row>
            );
          })}
        </Table>
      )}
      <nav aria-label={t("paginas")} className="mt-4 flex gap-4">
        {filter.na ? (
          <Link href={`/beheer/audit${query ? `?${query}` : ""}`} className="utrecht-link">
            {t("nieuwste")}
          </Link>
        ) : null}
        {volgende ? (
          <Link href={`/beheer/audit?${auditQuery(filter, volgende)}`} className="utrecht-link">
            {t("ouder")}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
