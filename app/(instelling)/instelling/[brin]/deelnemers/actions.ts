"use server";
// The student list's search form: turns the posted fields into a list URL. A PGN typed in the
// search box is resolved here to this school's persoon id, so it never appears in a URL or log.
// The school's list and DUO's view of it (/beheer/instellingen/{brin}/deelnemers) search alike.
import { redirect } from "next/navigation";
import { filtersToParams, parseFilters } from "@/lib/register/queries/deelnemer-filters";
import { isVolgnummer, persoonVoorPgn } from "@/lib/register/queries/deelnemers";
import { normalizePgn } from "@/lib/shared/pgn";
import { bewaarZoektekst, lijstParams } from "@/lib/register/queries/zoekopdracht";
import { scopeVan } from "@/lib/register/scope";

async function zoek(soort: "instelling" | "beheer", brin: string, formData: FormData): Promise<never> {
  const scope = await scopeVan(soort, brin);
  const filters = parseFilters(formData);
  if (filters.q) {
    // A new search replaces an earlier PGN search; a volgnummer of nine digits stays a volgnummer.
    filters.persoon = undefined;
    const pgn = normalizePgn(filters.q);
    if (pgn && !(await isVolgnummer(brin, filters.q))) {
      filters.q = undefined;
      filters.persoon = (await persoonVoorPgn(brin, pgn)) ?? 0;
    }
  }
  // A name is kept on the server; the URL carries its opaque id (lib/register/queries/zoekopdracht.ts).
  const qs = (filters.q ? lijstParams(filters, await bewaarZoektekst(scope.gebruikerId, brin, filters.q)) : filtersToParams(filters)).toString();
  redirect(`${scope.basePath}/deelnemers${qs ? `?${qs}` : ""}`);
}

export async function zoekDeelnemers(brin: string, formData: FormData): Promise<void> {
  await zoek("instelling", brin, formData);
}

export async function zoekDeelnemersBeheer(brin: string, formData: FormData): Promise<void> {
  await zoek("beheer", brin, formData);
}
