// ETags of register records (api.md): a strong validator over the record's delivered fields — what a
// PUT sets, the person's fields included — not over derived signalen and bekostiging, which other
// schools' meldingen change. GET and PUT answers carry it; a PUT or DELETE with If-Match that no
// longer matches is refused with 412 before anything is processed.
import { createHash } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { db as defaultDb } from "@/lib/db";
import { fromDb } from "@/lib/shared/dates";
import type { Soort } from "@/lib/register/validate";

const etagOf = (value: unknown) => `"${createHash("sha256").update(JSON.stringify(value)).digest("base64url").slice(0, 27)}"`;
const d = (date: Date | null) => fromDb(date);

/** The record's current ETag, or null when it does not exist. */
export async function recordEtag(soort: Soort, sleutel: Record<string, string>, client: PrismaClient = defaultDb): Promise<string | null> {
  const brin = sleutel.brin ?? "";
  switch (soort) {
    case "mbo-inschrijvingen":
    case "po-inschrijvingen": {
      const r = await client.inschrijving.findUnique({
        where: { brin_inschrijvingsvolgnummer: { brin, inschrijvingsvolgnummer: sleutel.inschrijvingsvolgnummer ?? "" } },
        include: { persoon: true, perioden: { orderBy: { begindatum: "asc" } } },
      });
      if (!r) return null;
      const p = r.persoon;
      return etagOf([
        [p.pgn, d(p.geboortedatum), p.geslacht, p.achternaam, p.voorvoegsel, p.voornamen, p.postcode, p.woonland],
        [d(r.datumInschrijving), d(r.datumUitschrijvingGepland), d(r.datumUitschrijving), r.redenUitschrijving],
        r.perioden.map((q) => [d(q.begindatum), q.opleidingscode, q.leerweg, q.indicatieBekostigbaar, q.vestigingscode, q.groep]),
      ]);
    }
    case "mbo-bpv": {
      const b = await client.bpv.findFirst({ where: { bpvVolgnummer: sleutel.bpvVolgnummer ?? "", inschrijving: { brin, inschrijvingsvolgnummer: sleutel.inschrijvingsvolgnummer ?? "" } } });
      if (!b) return null;
      return etagOf([b.leerbedrijfId, b.opleidingscode, d(b.afsluitdatum), d(b.datumBegin), d(b.datumEindeGepland), d(b.datumEinde), b.omvangUren]);
    }
    case "mbo-resultaten": {
      const r = await client.resultaat.findUnique({ where: { brin_resultaatvolgnummer: { brin, resultaatvolgnummer: sleutel.resultaatvolgnummer ?? "" } }, include: { persoon: { select: { pgn: true } } } });
      if (!r) return null;
      return etagOf([r.persoon.pgn, r.inschrijvingsvolgnummer, r.opleidingscode, r.soort, d(r.datumBehaald), r.indicatieBekostigbaar]);
    }
    case "po-verzuim": {
      const v = await client.verzuimmelding.findUnique({ where: { brin_verzuimvolgnummer: { brin, verzuimvolgnummer: sleutel.verzuimvolgnummer ?? "" } }, include: { persoon: { select: { pgn: true } } } });
      if (!v) return null;
      return etagOf([v.persoon.pgn, v.soort, d(v.datumBegin), d(v.datumEinde), v.toelichting]);
    }
  }
}

/**
 * Whether an If-Match header fails against the current ETag (RFC 9110 §13.1.1): absent never fails;
 * `*` fails when there is no record; otherwise none of the listed ETags matches strongly (a weak
 * `W/` one never does).
 */
export function ifMatchFaalt(header: string | null, current: string | null): boolean {
  if (header === null) return false;
  const value = header.trim();
  if (value === "*") return current === null;
  if (current === null) return true;
  const tags = value.match(/(W\/)?"[^"]*"/g) ?? [];
  return !tags.some((tag) => !tag.startsWith("W/") && tag === current);
}
