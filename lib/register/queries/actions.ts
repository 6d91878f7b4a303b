"use server";
// The register lists' actions: the student list's search and marking berichten as read.
//
// The student list's search form turns the posted fields into a list URL. A PGN typed in the
// search box is resolved here to this school's persoon id, so it never appears in a URL or log.
// The school's list and DUO's view of it (/beheer/instellingen/{brin}/deelnemers) search alike.
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { mayChangeRegister } from "@/lib/auth/roles";
import { requireInstelling } from "@/lib/auth/session";
import { scopeVan } from "@/lib/register/scope";
import { parseId } from "@/lib/shared/keyset";
import { normalizePgn } from "@/lib/shared/pgn";
import { markeerGelezen } from "./berichten";
import { filtersToParams, parseFilters } from "./deelnemer-filters";
import { isVolgnummer, persoonVoorPgn } from "./deelnemers";
import { bewaarZoektekst, lijstParams } from "./zoekopdracht";

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
  const qs = (
    filters.q
      ? lijstParams(filters, await bewaarZoektekst(scope.gebruikerId, brin, filters.q))
      : filtersToParams(filters)
  ).toString();
  redirect(`${scope.basePath}/deelnemers${qs ? `?${qs}` : ""}`);
}

export async function zoekDeelnemers(brin: string, formData: FormData): Promise<void> {
  await zoek("instelling", brin, formData);
}

export async function zoekDeelnemersBeheer(brin: string, formData: FormData): Promise<void> {
  await zoek("beheer", brin, formData);
}

// Marking berichten as read. "Gelezen" is one flag per institution, shared by all its users, so
// it counts as a change: only roles that may change the register (INSTELLING_BEHEERDER) may.
async function authorise(brin: string): Promise<void> {
  const { user } = await requireInstelling(brin);
  // As for a page the role may not use: it does not exist for them.
  if (!mayChangeRegister(user.rol)) notFound();
}

export async function markeerBerichtGelezen(brin: string, formData: FormData): Promise<void> {
  await authorise(brin);
  const id = parseId(formData.get("id"));
  // The query touches only this brin's berichten, whatever id was posted.
  if (id !== undefined) await markeerGelezen(brin, [id]);
  revalidatePath(`/instelling/${brin}`, "layout");
}

export async function markeerAlleBerichtenGelezen(brin: string): Promise<void> {
  await authorise(brin);
  await markeerGelezen(brin, "alle");
  revalidatePath(`/instelling/${brin}`, "layout");
}
