// `/instelling/{brin}/deelnemers`: the institution's students (mbo deelnemers, po leerlingen),
// searched, filtered and paged by keyset, with their funding; the selection can be exported as CSV.
// The beheerder starts a new inschrijving here, and lands here after removing a student's last inschrijving.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DeelnemersLijst } from "@/components/register/paginas/deelnemers-lijst";
import { verwijderdUit } from "@/lib/register/forms/types";
import { instellingScope } from "@/lib/register/scope";
import { zoekDeelnemers } from "@/lib/register/queries/actions";

type Props = {
  params: Promise<{ brin: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const scope = await instellingScope((await params).brin);
  const t = await getTranslations("deelnemers");
  return { title: t("title", { sector: scope.sector }) };
}

export default async function DeelnemersPage({ params, searchParams }: Props) {
  const scope = await instellingScope((await params).brin);
  const t = await getTranslations("deelnemers");
  const tf = await getTranslations("formulier");
  const search = await searchParams;
  const verwijderd = verwijderdUit(search);
  return (
    <>
      <h1 className="utrecht-heading-1">{t("title", { sector: scope.sector })}</h1>
      <p className="utrecht-paragraph mb-6 text-[var(--bron-muted)]">
        {t("intro", { sector: scope.sector, naam: scope.naam })}
      </p>
      <DeelnemersLijst
        scope={scope}
        search={search}
        zoekAction={zoekDeelnemers.bind(null, scope.brin)}
        boven={
          <>
            {verwijderd ? (
              <div
                role="status"
                className="utrecht-alert utrecht-alert--ok mb-6 border-l-4 border-[#2f7d32] bg-[var(--bron-subtle)] p-4"
              >
                <p className="utrecht-paragraph">{tf("verwijderd", verwijderd)}</p>
              </div>
            ) : null}
            {scope.mayChange ? (
              <p className="mb-6">
                <Link
                  href={`${scope.basePath}/deelnemers/nieuw`}
                  className="utrecht-button utrecht-button--primary-action"
                >
                  {tf("toevoegen.inschrijving")}
                </Link>
              </p>
            ) : null}
          </>
        }
      />
    </>
  );
}
