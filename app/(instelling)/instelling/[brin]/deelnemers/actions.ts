"use server";
// The student list's search form: turns the posted fields into a list URL. A PGN typed in the
// search box is resolved here to this school's persoon id, so it never appears in a URL or log; a
// name is kept on the server and the URL carries its opaque id (lib/register/queries/zoekopdracht.ts).
import { redirect } from "next/navigation";
import { requireInstelling } from "@/lib/auth/session";
import { filtersToParams, parseFilters } from "@/lib/register/queries/deelnemer-filters";
import { isVolgnummer, persoonVoorPgn } from "@/lib/register/queries/deelnemers";
import { normalizePgn } from "@/lib/register/queries/pgn";
import { bewaarZoektekst, lijstParams } from "@/lib/register/queries/zoekopdracht";

export async function zoekDeelnemers(brin: string, formData: FormData): Promise<void> {
  const { user } = await requireInstelling(brin);
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
  const qs = (filters.q ? lijstParams(filters, await bewaarZoektekst(user.id, brin, filters.q)) : filtersToParams(filters)).toString();
  redirect(`/instelling/${brin}/deelnemers${qs ? `?${qs}` : ""}`);
}
