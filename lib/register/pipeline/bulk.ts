// Set-based SQL for the pipeline's hot tables: one `INSERT … SELECT FROM unnest(…)` or
// `UPDATE … FROM unnest(…)` with one array parameter per column, however many rows, and deletes by
// id. Prisma's per-row calls cost more in the node process than the database spent on the rows;
// here the client sends a handful of arrays and PostgreSQL does the rest. Columns are listed per
// table, so a typo fails at compile time and every written row names every column.
import type { Prisma } from "@/generated/prisma/client";

export type Tx = Prisma.TransactionClient;

type ColumnType = "text" | "int4" | "bool" | "numeric" | "date" | "timestamp" | "jsonb" | "text[]" | { enum: string };

const TABLES = {
  Persoon: { pgn: "text", geboortedatum: "date", geslacht: { enum: "Geslacht" }, achternaam: "text", voorvoegsel: "text", voornamen: "text", postcode: "text", woonland: "text" },
  Inschrijving: {
    brin: "text", inschrijvingsvolgnummer: "text", sector: { enum: "Sector" }, persoonId: "int4", datumInschrijving: "date",
    datumUitschrijvingGepland: "date", datumUitschrijving: "date", redenUitschrijving: "text", gewijzigdOp: "timestamp", inhoudHash: "text",
  },
  Periode: { inschrijvingId: "int4", begindatum: "date", opleidingscode: "text", leerweg: { enum: "Leerweg" }, indicatieBekostigbaar: "bool", vestigingscode: "text", groep: "int4" },
  Bpv: {
    inschrijvingId: "int4", bpvVolgnummer: "text", leerbedrijfId: "text", opleidingscode: "text", afsluitdatum: "date", datumBegin: "date",
    datumEindeGepland: "date", datumEinde: "date", omvangUren: "int4",
  },
  Resultaat: {
    brin: "text", resultaatvolgnummer: "text", persoonId: "int4", inschrijvingsvolgnummer: "text", opleidingscode: "text",
    soort: { enum: "ResultaatSoort" }, datumBehaald: "date", indicatieBekostigbaar: "bool",
  },
  Verzuimmelding: {
    brin: "text", verzuimvolgnummer: "text", persoonId: "int4", soort: { enum: "VerzuimSoort" }, datumBegin: "date", datumEinde: "date", toelichting: "text",
  },
  Bekostigingsbeoordeling: {
    brin: "text", soort: "text", volgnummer: "text", persoonId: "int4", peildatum: "date", status: "text", codes: "text[]",
    gewicht: "numeric", parameters: "jsonb", definitief: "bool", berekendOp: "timestamp",
  },
  Signaal: { brin: "text", soort: { enum: "MeldingSoort" }, sleutel: "text", persoonId: "int4", code: "text", parameters: "jsonb", sindsOp: "timestamp" },
  Melding: {
    brin: "text", bron: { enum: "MeldingBron" }, uploadId: "text", soort: { enum: "MeldingSoort" }, sleutel: "text", verwijdering: "bool",
    status: { enum: "MeldingStatus" }, gewijzigd: "bool", codes: "jsonb", ontvangenOp: "timestamp", verwerktOp: "timestamp", actor: "text",
  },
  UploadFout: { uploadId: "text", rij: "int4", kolom: "text", code: "text", melding: "text" },
  AuditEvent: { tijdstip: "timestamp", actorType: "text", actor: "text", brin: "text", entiteit: "text", sleutel: "text", actie: "text", voor: "jsonb", na: "jsonb", reden: "text" },
  Bericht: { brin: "text", soort: { enum: "BerichtSoort" }, gegevens: "jsonb", gelezen: "bool", aangemaaktOp: "timestamp" },
} as const satisfies Record<string, Record<string, ColumnType>>;

type Table = keyof typeof TABLES;
type Columns<T extends Table> = keyof (typeof TABLES)[T];
export type BulkRow<T extends Table> = { [K in Columns<T>]: unknown };

function toParam(type: ColumnType, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (type === "date") return value instanceof Date ? value.toISOString().slice(0, 10) : value;
  if (type === "timestamp") return value instanceof Date ? value.toISOString() : value;
  if (type === "jsonb") return JSON.stringify(value);
  // Arrays of text cannot be nested in one array parameter; they travel joined by U+001F.
  if (type === "text[]") return (value as string[]).join("\u001f");
  if (type === "numeric") return String(value);
  return value;
}

const arrayType = (type: ColumnType) =>
  typeof type === "object" || type === "text[]" || type === "jsonb" || type === "numeric" ? "text[]" : type === "timestamp" ? "timestamp(3)[]" : `${type}[]`;

function selectExpr(type: ColumnType, column: string): string {
  if (typeof type === "object") return `${column}::"${type.enum}"`;
  if (type === "text[]") return `coalesce(string_to_array(${column}, chr(31)), '{}')`;
  if (type === "jsonb") return `${column}::jsonb`;
  if (type === "numeric") return `${column}::numeric`;
  return column;
}

function columnsOf<T extends Table>(table: T, only?: readonly Columns<T>[]): [string, ColumnType][] {
  const all = Object.entries(TABLES[table]) as [string, ColumnType][];
  return only ? all.filter(([name]) => (only as readonly string[]).includes(name)) : all;
}

function insertStatement<T extends Table>(table: T, rows: readonly BulkRow<T>[], returning: readonly string[]): { sql: string; params: unknown[] } {
  const columns = columnsOf(table);
  const params = columns.map(([name, type]) => rows.map((row) => toParam(type, (row as Record<string, unknown>)[name])));
  const names = columns.map(([name]) => `"${name}"`).join(", ");
  const unnest = columns.map(([, type], i) => `$${i + 1}::${arrayType(type)}`).join(", ");
  const aliases = columns.map((_, i) => `c${i}`).join(", ");
  const select = columns.map(([, type], i) => selectExpr(type, `u.c${i}`)).join(", ");
  // WITH ORDINALITY + ORDER BY: rows go in, and come back from RETURNING, in the caller's order.
  const sql =
    `INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${unnest}) WITH ORDINALITY AS u(${aliases}, n) ORDER BY u.n` +
    (returning.length ? ` RETURNING ${returning.map((r) => `"${r}"`).join(", ")}` : "");
  return { sql, params };
}

export async function insertRows<T extends Table>(tx: Tx, table: T, rows: readonly BulkRow<T>[]): Promise<void> {
  if (!rows.length) return;
  const { sql, params } = insertStatement(table, rows, []);
  await tx.$executeRawUnsafe(sql, ...params);
}

/** Inserts and returns the new ids, in the order of `rows`. */
export async function insertRowsReturningIds<T extends Table>(tx: Tx, table: T, rows: readonly BulkRow<T>[]): Promise<number[]> {
  if (!rows.length) return [];
  const { sql, params } = insertStatement(table, rows, ["id"]);
  const out = await tx.$queryRawUnsafe<{ id: number }[]>(sql, ...params);
  return out.map((r) => Number(r.id));
}

/** Sets `columns` of the rows with these ids, each to its own value, in one statement. */
export async function updateRows<T extends Table, C extends Columns<T>>(
  tx: Tx,
  table: T,
  columns: readonly C[],
  rows: readonly ({ id: number } & { [K in C]: unknown })[],
): Promise<void> {
  if (!rows.length) return;
  const cols = columnsOf(table, columns);
  const params: unknown[] = [rows.map((r) => r.id), ...cols.map(([name, type]) => rows.map((row) => toParam(type, (row as Record<string, unknown>)[name])))];
  const unnest = ["$1::int4[]", ...cols.map(([, type], i) => `$${i + 2}::${arrayType(type)}`)].join(", ");
  const aliases = ["id", ...cols.map((_, i) => `c${i}`)].join(", ");
  const set = cols.map(([name, type], i) => `"${name}" = ${selectExpr(type, `u.c${i}`)}`).join(", ");
  await tx.$executeRawUnsafe(`UPDATE "${table}" t SET ${set} FROM unnest(${unnest}) AS u(${aliases}) WHERE t."id" = u.id`, ...params);
}

export async function deleteByIds(tx: Tx, table: Table, ids: readonly number[]): Promise<void> {
  if (!ids.length) return;
  await tx.$executeRawUnsafe(`DELETE FROM "${table}" WHERE "id" = ANY($1::int4[])`, [...ids]);
}

/** A raw read; parameters only, never interpolated values. */
export function select<T>(tx: Tx, sql: string, ...params: unknown[]): Promise<T[]> {
  return tx.$queryRawUnsafe<T[]>(sql, ...params);
}
