// The version of a register record (the API's ETag, api.md): a strong validator over the record's
// delivered fields — what a PUT sets, the person's fields included — not over derived signalen and
// bekostiging, which other schools' meldingen change. One statement per soort for any number of
// records, so the pipeline reads the versions of a whole group commit in the transaction that wrote
// them (the answer carries the version that was committed, not one read afterwards), and a GET reads
// its record's through the same definition.
import { createHash } from "node:crypto";
import type { SqlReader } from "@/lib/db/sql";
import type { Soort } from "@/lib/register/validate";

export interface RecordSleutel {
  soort: Soort;
  /** The key fields as the API's paths name them: brin and the volgnummer(s). */
  sleutel: Record<string, string>;
}

const etagOf = (inhoud: string) => `"${createHash("sha256").update(inhoud).digest("base64url").slice(0, 27)}"`;

// Each statement takes the keys as parallel arrays and returns, per key found, its position and its
// delivered fields as one jsonb text. A LATERAL probe per key: an index lookup each, whatever the
// planner estimates for the unnest.
const INSCHRIJVING = `
  SELECT k.i::int AS i, jsonb_build_array(
    jsonb_build_array(p.pgn, p.geboortedatum::text, p.geslacht::text, p.achternaam, p.voorvoegsel, p.voornamen, p.postcode, p.woonland),
    jsonb_build_array(r."datumInschrijving"::text, r."datumUitschrijvingGepland"::text, r."datumUitschrijving"::text, r."redenUitschrijving"),
    coalesce((SELECT jsonb_agg(jsonb_build_array(q.begindatum::text, q.opleidingscode, q.leerweg::text, q."indicatieBekostigbaar", q.vestigingscode, q.groep) ORDER BY q.begindatum)
              FROM "Periode" q WHERE q."inschrijvingId" = r.id), '[]'::jsonb)
  )::text AS inhoud
  FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS k(brin, a, i)
  CROSS JOIN LATERAL (SELECT * FROM "Inschrijving" r WHERE r.brin = k.brin AND r.inschrijvingsvolgnummer = k.a) r
  JOIN "Persoon" p ON p.id = r."persoonId"`;

const BPV = `
  SELECT k.i::int AS i, jsonb_build_array(b."leerbedrijfId", b.opleidingscode, b.afsluitdatum::text, b."datumBegin"::text, b."datumEindeGepland"::text, b."datumEinde"::text, b."omvangUren")::text AS inhoud
  FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS k(brin, a, b, i)
  CROSS JOIN LATERAL (SELECT id FROM "Inschrijving" r WHERE r.brin = k.brin AND r.inschrijvingsvolgnummer = k.a) r
  CROSS JOIN LATERAL (SELECT * FROM "Bpv" b WHERE b."inschrijvingId" = r.id AND b."bpvVolgnummer" = k.b) b`;

const RESULTAAT = `
  SELECT k.i::int AS i, jsonb_build_array(p.pgn, r.inschrijvingsvolgnummer, r.opleidingscode, r.soort::text, r."datumBehaald"::text, r."indicatieBekostigbaar")::text AS inhoud
  FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS k(brin, a, i)
  CROSS JOIN LATERAL (SELECT * FROM "Resultaat" r WHERE r.brin = k.brin AND r.resultaatvolgnummer = k.a) r
  JOIN "Persoon" p ON p.id = r."persoonId"`;

const VERZUIM = `
  SELECT k.i::int AS i, jsonb_build_array(p.pgn, v.soort::text, v."datumBegin"::text, v."datumEinde"::text, v.toelichting)::text AS inhoud
  FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS k(brin, a, i)
  CROSS JOIN LATERAL (SELECT * FROM "Verzuimmelding" v WHERE v.brin = k.brin AND v.verzuimvolgnummer = k.a) v
  JOIN "Persoon" p ON p.id = v."persoonId"`;

/** Per soort: its statement and the parameter arrays of its keys. */
function statement(soort: Soort, keys: readonly Record<string, string>[]): [string, string[][]] {
  const col = (name: string) => keys.map((k) => k[name] ?? "");
  switch (soort) {
    case "mbo-inschrijvingen":
    case "po-inschrijvingen":
      return [INSCHRIJVING, [col("brin"), col("inschrijvingsvolgnummer")]];
    case "mbo-bpv":
      return [BPV, [col("brin"), col("inschrijvingsvolgnummer"), col("bpvVolgnummer")]];
    case "mbo-resultaten":
      return [RESULTAAT, [col("brin"), col("resultaatvolgnummer")]];
    case "po-verzuim":
      return [VERZUIM, [col("brin"), col("verzuimvolgnummer")]];
  }
}

/** The current version of each record, in the order asked; null where the record does not exist. */
export async function recordVersies(sql: SqlReader, records: readonly RecordSleutel[]): Promise<(string | null)[]> {
  const out: (string | null)[] = records.map(() => null);
  // mbo and po inschrijvingen live in one table: one statement for both.
  const tabel = (soort: Soort): Soort => (soort === "po-inschrijvingen" ? "mbo-inschrijvingen" : soort);
  const perTabel = new Map<Soort, number[]>();
  records.forEach((r, index) => perTabel.set(tabel(r.soort), [...(perTabel.get(tabel(r.soort)) ?? []), index]));
  for (const [soort, indices] of perTabel) {
    const [text, params] = statement(
      soort,
      indices.map((index) => records[index]!.sleutel),
    );
    for (const row of await sql.query<{ i: number; inhoud: string }>(text, params))
      out[indices[row.i - 1]!] = etagOf(row.inhoud);
  }
  return out;
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
